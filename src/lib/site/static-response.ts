/**
 * What the static test server (scripts/serve-dist.mjs) puts in a response besides the body: the
 * content types it knows, and the headers it sets for a path. Pure, so the server and the build
 * check that counts a page's first response (tests/build/first-window.ts) use the same list.
 */
import { headersForPath, type parseHeadersFile } from '../security/headers.ts';

/** Content types by file extension, as a static host sends them. */
export const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The content type of a file name, or the generic binary type. */
export function contentTypeOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return (dot >= 0 && contentTypes[file.slice(dot)]) || 'application/octet-stream';
}

/** Whether a host compresses a response of this type (text, JSON, JavaScript, XML, SVG). */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg)/.test(contentType);
}

/**
 * The headers the server sets for one response, in the order it sends them: a default
 * Cache-Control (like a host: revalidate unless _headers says otherwise), every _headers rule that
 * matches `headerPath`, the content type and, when the body is gzipped, Content-Encoding and Vary.
 * Node adds Date, Connection, Keep-Alive and the body's framing after these.
 */
export function responseHeaders(
  rules: ReturnType<typeof parseHeadersFile>,
  headerPath: string,
  contentType: string,
  gzip: boolean,
): Record<string, string> {
  return {
    'Cache-Control': 'no-cache',
    ...headersForPath(rules, headerPath),
    'Content-Type': contentType,
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
  };
}
