import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { builtPages, readDist } from './dist.ts';
import { staticModuleGraph } from './js-graph.ts';

/** docs/design.md §9: at most one small search loader on article pages. */
const LOADER_BUDGET = 1536;

const guidePages = builtPages().filter((p) => /^\/guides\/[^/]+\/$/.test(p.path));

test('all guides were built', () => {
  assert.ok(guidePages.length >= 2, `found ${guidePages.length} guide pages`);
});

for (const page of guidePages) {
  test(`${page.path} lists an official source and a reviewed date`, () => {
    const sources = page.root.querySelectorAll('.sources li');
    assert.ok(sources.length >= 1, 'no sources listed');
    assert.ok(page.root.querySelector('.sources .kind-official'), 'no official source');
    const reviewed = page.root.querySelector('time[datetime]')?.getAttribute('datetime') ?? '';
    assert.match(reviewed, /^\d{4}-\d{2}-\d{2}$/);
  });

  test(`${page.path} ships no JavaScript but the search loader, at most 1.5 KB gzip`, () => {
    const scripts = page.root.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    assert.equal(scripts.length, 1, `expected only the search loader, found ${scripts.length} <script> elements`);
    const loader = scripts[0]!;
    const src = loader.getAttribute('src') ?? '';
    assert.equal(loader.getAttribute('type'), 'module');
    assert.equal(loader.text.trim(), '', 'the loader must be an external file (no inline script)');
    assert.match(src, /^\/_astro\/SearchControl\.astro_astro_type_script_[\w.-]+\.js$/, `unexpected script ${src}`);
    const { files, perFile } = staticModuleGraph([src], page.path);
    const bytes = Object.values(perFile).reduce((a, b) => a + b, 0);
    assert.ok(bytes <= LOADER_BUDGET, `search loader is ${bytes} bytes gzip (${files.join(', ')}), budget ${LOADER_BUDGET}`);
    assert.equal(page.root.querySelectorAll('link[rel="modulepreload"]').length, 0, 'a modulepreload link fetches code before search is used');
    assert.ok(!page.html.includes('<astro-island'), 'guide page contains a hydrated island');
  });

  test(`${page.path} HTML + CSS is at most 14 KB gzip`, () => {
    const css = page.root
      .querySelectorAll('link[rel="stylesheet"]')
      .map((l) => readDist(l.getAttribute('href') ?? ''));
    const bytes = gzipSync(Buffer.from(page.html)).length + css.reduce((n, c) => n + gzipSync(c).length, 0);
    assert.ok(bytes <= 14 * 1024, `${page.path}: HTML + CSS is ${bytes} bytes gzip, budget 14336`);
  });
}
