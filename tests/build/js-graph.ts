/**
 * The JavaScript a built page loads before any interaction: its <script src> and inline
 * scripts, the component and renderer modules of its islands, and everything those import
 * statically. Dynamic import() is lazy (loaded on use) and is not followed.
 *
 * The one home of this measure: the build checks (tests/build/budgets.test.ts, guides.test.ts) and
 * `npm run bench` (scripts/bench.mjs, which may point it at another built site with --dist) both call
 * it, so the budget test and the bench table cannot count bytes differently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir, type BuiltPage } from './dist.ts';

const staticImport = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

function read(sitePath: string, dir: string): string | undefined {
  const file = join(dir, sitePath.replace(/^\//, ''));
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/**
 * The modules the entries (site paths) load, with everything they import statically, each once,
 * in the order reached: the one import walker of the build checks. `from` names the page for errors;
 * `dir` is the built site (dist/ unless the bench is given another).
 */
export function staticModuleGraph(
  entries: readonly string[],
  from: string,
  dir: string = distDir,
): { files: string[]; perFile: Record<string, number>; code: string } {
  const queue = [...entries];
  const seen = new Set<string>();
  let code = '';
  const perFile: Record<string, number> = {};
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const text = read(path, dir);
    if (text === undefined) throw new Error(`${from} loads ${path}, which is not in ${dir}`);
    code += text;
    perFile[path] = gzipSync(Buffer.from(text)).length;
    for (const m of text.matchAll(staticImport)) {
      const spec = m[1]!;
      if (spec.startsWith('.') || spec.startsWith('/')) queue.push(spec.startsWith('/') ? spec : posix.join(posix.dirname(path), spec));
    }
  }
  return { files: [...seen], perFile, code };
}

export interface PageScripts {
  /** Site paths of the module files loaded. */
  files: string[];
  inlineBytes: number;
  rawBytes: number;
  /** All of it gzipped as one stream (the older measure). */
  gzipBytes: number;
  /** Each file gzipped on its own and summed, as a host sends them (inline scripts count as one file). */
  perFileGzipBytes: number;
  /** Each file's own gzip size, by site path. */
  perFile: Record<string, number>;
  islands: number;
}

/** What `page` loads before any interaction, each file gzipped on its own as a host sends it. */
export function initialScripts(page: Pick<BuiltPage, 'path' | 'root'>, dir: string = distDir): PageScripts {
  const queue: string[] = [];
  let inlineRaw = '';
  for (const s of page.root.querySelectorAll('script')) {
    const type = s.getAttribute('type');
    if (type === 'application/ld+json' || type === 'application/json') continue;
    const src = s.getAttribute('src');
    if (src) queue.push(new URL(src, `http://site${page.path}`).pathname);
    else inlineRaw += s.textContent;
  }
  const islands = page.root.querySelectorAll('astro-island');
  for (const island of islands) {
    for (const attr of ['component-url', 'renderer-url']) {
      const url = island.getAttribute(attr);
      if (url) queue.push(new URL(url, `http://site${page.path}`).pathname);
    }
  }
  const { files, perFile, code: body } = staticModuleGraph(queue, page.path, dir);
  const all = Buffer.from(inlineRaw + body);
  const inlineGzip = inlineRaw.length === 0 ? 0 : gzipSync(Buffer.from(inlineRaw)).length;
  return {
    perFile,
    perFileGzipBytes: inlineGzip + Object.values(perFile).reduce((a, b) => a + b, 0),
    files,
    inlineBytes: Buffer.byteLength(inlineRaw),
    rawBytes: all.length,
    gzipBytes: all.length === 0 ? 0 : gzipSync(all).length,
    islands: islands.length,
  };
}
