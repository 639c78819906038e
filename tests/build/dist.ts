/** Reads the built site in dist/ for build checks. Run after `astro build`. */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { sitePathOf } from '../../src/lib/site/dist-paths.ts';

export const distDir = join(import.meta.dirname, '..', '..', 'dist');

export interface BuiltPage {
  /** Site path, e.g. "/guides/refused-on-ceac/". */
  path: string;
  file: string;
  html: string;
  root: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function pathForFile(file: string): string {
  return sitePathOf(relative(distDir, file).split(sep).join('/'));
}

/** Reads a page; its DOM is parsed on first use (most checks need only a few pages' DOM). */
function loadPage(file: string): BuiltPage {
  const html = readFileSync(file, 'utf8');
  let root: HTMLElement | undefined;
  return {
    path: pathForFile(file),
    file,
    html,
    get root() {
      return (root ??= parse(html));
    },
  };
}

let cache: BuiltPage[] | undefined;
const byPath = new Map<string, BuiltPage>();

/**
 * Every HTML page of the built site (excluding Pagefind's own files), read once per process and
 * parsed once per page: `npm test` runs every build check in one process (--test-isolation=none),
 * so the checks share these objects instead of each file parsing all pages again.
 */
export function builtPages(): BuiltPage[] {
  cache ??= builtPageFiles().map(({ path, file }) => byPath.get(path) ?? loadPage(file));
  for (const page of cache) byPath.set(page.path, page);
  return cache;
}

/** One page by site path, read (and parsed) on its own when the whole site has not been read yet. */
export function pageAt(path: string): BuiltPage | undefined {
  const known = byPath.get(path);
  if (known) return known;
  if (cache) return undefined;
  const file = builtPageFiles().find((p) => p.path === path)?.file;
  if (!file) return undefined;
  const page = loadPage(file);
  byPath.set(path, page);
  return page;
}

export function readDist(sitePath: string): Buffer {
  return readFileSync(join(distDir, sitePath.replace(/^\//, '')));
}

let files: Array<{ path: string; file: string }> | undefined;
/** Every HTML page's site path and file, without reading or parsing it (for checks that read files themselves). */
export function builtPageFiles(): Array<{ path: string; file: string }> {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` first.');
  return (files ??= walk(distDir)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
    .map((file) => ({ path: pathForFile(file), file })));
}
