#!/usr/bin/env node
/**
 * Prints the nginx `map` that gives each section of the built site its Content-Security-Policy, read
 * from dist/_headers (docs/deploy/nginx.md):
 *   node scripts/nginx-csp-map.mjs [dist/_headers] > /etc/nginx/conf.d/ceac-csp-map.conf
 */
import { readFileSync } from 'node:fs';
import { nginxCspMap, parseHeadersFile } from '../src/lib/security/headers.ts';

process.stdout.write(nginxCspMap(parseHeadersFile(readFileSync(process.argv[2] ?? 'dist/_headers', 'utf8'))));
