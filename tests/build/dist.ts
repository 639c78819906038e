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

let cache: BuiltPage[] | undefined;

/** Every HTML page of the built site (excluding Pagefind's own files). */
export function builtPages(): BuiltPage[] {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` first.');
  cache ??= walk(distDir)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      return { path: pathForFile(file), file, html, root: parse(html) };
    });
  return cache;
}

export function pageAt(path: string): BuiltPage | undefined {
  return builtPages().find((p) => p.path === path);
}

export function readDist(sitePath: string): Buffer {
  return readFileSync(join(distDir, sitePath.replace(/^\//, '')));
}

/** Every HTML page's site path and file, without reading or parsing it (for checks that read files themselves). */
export function builtPageFiles(): Array<{ path: string; file: string }> {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` first.');
  return walk(distDir)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
    .map((file) => ({ path: pathForFile(file), file }));
}
