/**
 * What the service worker stores for offline reading, decided from the list of built files.
 * Pure: the build integration passes the file list; unit tests pass made-up lists.
 */
import { sitePathOf } from '../site/dist-paths';

/** Sections an applicant may need to reopen on a flaky connection. */
const offlineFiles = [/^\/wizard\/props\.json$/];
const offlinePages = [
  /^\/$/,
  /^\/guides\/([^/]+\/)?$/,
  /^\/status\/([^/]+\/)?$/,
  /^\/glossary\/$/,
  /^\/wizard\/$/,
  /^\/decode\/$/,
  /^\/next-steps\/$/,
  /^\/about\/$/,
  /^\/404\.html$/,
];

/**
 * Site paths to precache: the pages above (as their directory URL) and every hashed asset in
 * /_astro/ that they need. Fallback wizard pages, timelines filter pages and Pagefind's index
 * are left out: they are many, and each is fetched when used.
 */
export function precacheList(files: readonly string[]): string[] {
  const pages = files
    .filter((f) => f.endsWith('.html'))
    .map(sitePathOf)
    .filter((p) => offlinePages.some((re) => re.test(p)));
  const assets = files.filter((f) => f.startsWith('_astro/') && /\.(css|js)$/.test(f)).map((f) => `/${f}`);
  const extras = files.map((f) => `/${f}`).filter((f) => f === '/favicon.svg' || offlineFiles.some((re) => re.test(f)));
  return [...pages.sort(), ...assets.sort(), ...extras];
}

/** A short version for the cache name: changes whenever any precached file's content changes. */
export function cacheVersion(contentHashes: ReadonlyArray<readonly [string, string]>): string {
  let h = 2166136261;
  for (const [path, hash] of [...contentHashes].sort(([a], [b]) => a.localeCompare(b))) {
    for (const ch of `${path}:${hash};`) {
      h ^= ch.charCodeAt(0);
      h = Math.imul(h, 16777619) >>> 0;
    }
  }
  return h.toString(36);
}
