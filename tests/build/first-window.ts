/**
 * The bytes of a page's first response as scripts/serve-dist.mjs sends it (the server the browser
 * tests and `npm run bench` use), counted from the built files: the gzipped body, the status line and
 * every header. Shared by tests/build/first-window.test.ts and the bench, which picks the largest
 * guide with it.
 *
 * Why it matters (docs/design.md §9, docs/adr/020-first-window.md): a server's first round trip
 * carries ten TCP segments, 14,600 bytes, response headers included; Lighthouse's slow-4G simulation
 * charges one more round trip (150 ms) for a document above that.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHeadersFile } from '../../src/lib/security/headers.ts';
import { distFileOf } from '../../src/lib/site/dist-paths.ts';
import { contentTypeOf, isCompressible, responseHeaders } from '../../src/lib/site/static-response.ts';

/** Ten TCP segments of 1,460 bytes: what a server sends before the first acknowledgement comes back. */
export const FIRST_WINDOW = 14_600;

/**
 * What Node's HTTP server adds after the headers serve-dist sets (responseHeaders()), on a
 * keep-alive HTTP/1.1 request from a browser:
 * - `Date: Thu, 03 Dec 2026 09:59:24 GMT`: the IMF-fixdate form, always 29 characters;
 * - `Connection: keep-alive` and `Keep-Alive: timeout=5` (Node's default keep-alive timeout);
 * - `Transfer-Encoding: chunked`: serve-dist sets no Content-Length, so Node frames the body as one
 *   chunk (its size in hex and CRLF before it, CRLF after it) and a last chunk `0` CRLF CRLF. A host
 *   that sends `Content-Length: 13741` instead sends about 20 bytes less.
 */
const NODE_HEADERS: Readonly<Record<string, string>> = {
  Date: 'Thu, 01 Jan 2026 00:00:00 GMT',
  Connection: 'keep-alive',
  'Keep-Alive': 'timeout=5',
  'Transfer-Encoding': 'chunked',
};

const STATUS_LINE = { 200: 'HTTP/1.1 200 OK', 404: 'HTTP/1.1 404 Not Found' } as const;

export interface FirstResponse {
  /** Site path, e.g. "/guides/form-221g/". */
  path: string;
  /** Status line and headers, each line with its CRLF, and the blank line that ends them. */
  headerBytes: number;
  /** The body as serve-dist sends it: gzip (Node's default level, 6) with the chunked framing. */
  bodyBytes: number;
  total: number;
  /** The bytes of each header line, by name (status line as "status"), largest first. */
  lines: Array<[string, number]>;
}

const crlf = 2;

/** The first response for a built page (a 200), or for /404.html served as a 404 when `status` is 404. */
export function firstResponse(distDir: string, path: string, status: 200 | 404 = 200): FirstResponse {
  const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
  const file = distFileOf(path);
  const type = contentTypeOf(file);
  const gzip = isCompressible(type);
  const raw = readFileSync(join(distDir, status === 404 ? '404.html' : file));
  const body = gzip ? gzipSync(raw) : raw;
  const headers = { ...responseHeaders(rules, path, type, gzip), ...NODE_HEADERS };
  const lines: Array<[string, number]> = [
    ['status', Buffer.byteLength(STATUS_LINE[status]) + crlf],
    ...Object.entries(headers).map(([name, value]): [string, number] => [name, Buffer.byteLength(`${name}: ${value}`) + crlf]),
  ];
  const headerBytes = lines.reduce((n, [, b]) => n + b, 0) + crlf;
  const framing = body.length.toString(16).length + crlf + crlf + '0'.length + crlf + crlf;
  const bodyBytes = body.length + framing;
  return { path, headerBytes, bodyBytes, total: headerBytes + bodyBytes, lines: lines.sort((a, b) => b[1] - a[1]) };
}
