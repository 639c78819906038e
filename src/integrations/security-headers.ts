/**
 * Writes dist/_headers (the format Netlify and Cloudflare Pages read) after the build:
 * security headers for every path, and for each page the same Content-Security-Policy that
 * Astro put in its <meta> tag, plus frame-ancestors (which only works as a header).
 * tests/e2e serve the site through scripts/serve-dist.mjs, which applies this file, so every
 * browser test runs under the real policy.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspFromHtml, headersFileFor } from '../lib/security/headers';
import { listDistFiles } from './dist-files';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'ceac:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages: { path: string; csp: string }[] = [];
        for (const rel of (await listDistFiles(root)).filter((f) => f.endsWith('.html'))) {
          const csp = cspFromHtml(await readFile(join(root, rel), 'utf8'));
          if (!csp) throw new Error(`${rel} has no Content-Security-Policy <meta> tag; every page needs one.`);
          const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -10)}` : `/${rel}`;
          pages.push({ path, csp });
        }
        await writeFile(join(root, '_headers'), headersFileFor(pages));
        logger.info(`wrote _headers for ${pages.length} pages`);
      },
    },
  };
}
