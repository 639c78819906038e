#!/usr/bin/env node
/**
 * A small static server for the built site that behaves like a static host: it applies
 * dist/_headers (security headers and per-page CSP), redirects /path to /path/, and serves
 * 404.html with status 404, and gzips text like a host would (so Lighthouse in `npm run bench`
 * sees realistic transfer sizes). Browser tests run against it so they see the real headers.
 *   node scripts/serve-dist.mjs [--port 4321] [--host 127.0.0.1] [--dir dist]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseHeadersFile } from '../src/lib/security/headers.ts';
import { contentTypeOf, isCompressible, responseHeaders } from '../src/lib/site/static-response.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
  },
});
const root = normalize(values.dir);

let rules = [];
try {
  rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
} catch (err) {
  if (err.code !== 'ENOENT') throw err;
  console.warn('serve-dist: no _headers file; serving without security headers');
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  const file = normalize(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  let target;
  let status = 200;
  if (pathname.endsWith('/') && (await isFile(join(file, 'index.html')))) target = join(file, 'index.html');
  else if (!pathname.endsWith('/') && (await isFile(file))) target = file;
  else if (!pathname.endsWith('/') && (await isFile(join(file, 'index.html')))) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  } else {
    target = join(root, '404.html');
    status = 404;
  }
  try {
    let body = await readFile(target);
    const type = contentTypeOf(target);
    const gzip = isCompressible(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip) body = gzipSync(body);
    // Like a host: the _headers rules of the address asked for, also when it answers with 404.html;
    // no-cache unless a rule says otherwise (hashed /_astro/ files are immutable there).
    const headers = responseHeaders(rules, pathname, type, gzip);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root}/ at http://${values.host}:${values.port}/`);
});
