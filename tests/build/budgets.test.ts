/**
 * The budgets of docs/design.md §9, checked as byte counts on the built site. A failure names the
 * page, the budget and the measured value. The JavaScript budgets and their measure (each file
 * gzipped on its own, as a host sends it) live in js-budgets.ts and js-graph.ts, shared with
 * `npm run bench`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from './dist.ts';
import { initialScripts } from './js-graph.ts';
import { jsBudgetFor } from './js-budgets.ts';

const pages = builtPages();

for (const page of pages) {
  const budget = jsBudgetFor(page.path);
  test(`${page.path} stays within the ${budget.name} JavaScript budget`, () => {
    const js = initialScripts(page);
    const sizes = Object.entries(js.perFile)
      .map(([f, n]) => `${f} ${n}`)
      .join(', ');
    assert.ok(
      js.perFileGzipBytes <= budget.gzip,
      `${page.path}: ${js.perFileGzipBytes} bytes of JavaScript (each file gzipped on its own) before interaction; budget for ${budget.name} is ${budget.gzip}. Files: ${sizes}`,
    );
    if (!budget.islands) assert.equal(js.islands, 0, `${page.path}: ${budget.name} must not hydrate a framework island`);
  });
}

test('no page loads a script, style, image or font from another origin', () => {
  const foreign: string[] = [];
  for (const page of pages) {
    for (const el of page.root.querySelectorAll('script[src], link[href], img[src], source[src], iframe[src], video[src], audio[src]')) {
      const rel = el.getAttribute('rel') ?? '';
      if (el.tagName === 'LINK' && /canonical|alternate|sitemap/.test(rel)) continue;
      const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
      if (/^(https?:)?\/\//.test(url)) foreign.push(`${page.path}: <${el.tagName.toLowerCase()}> ${url}`);
    }
  }
  assert.deepEqual(foreign, []);
});

test("no browser chunk carries Vite's preload helper (src/integrations/browser-chunks.ts)", () => {
  // Vite's helper adds <link rel="modulepreload"> and stylesheet links before each lazy import; the
  // plugin replaces it with "call the import", which the minifier then folds into its callers.
  const files = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.js'));
  assert.ok(files.length > 5, `only ${files.length} scripts in dist/_astro`);
  const withHelper = files.filter((f) => /modulepreload|relList/.test(readFileSync(join(distDir, '_astro', f), 'utf8')));
  assert.deepEqual(withHelper, [], "Vite's preload helper is back: the plugin no longer applies");
});
