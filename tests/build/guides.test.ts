import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { builtPages, readDist } from './dist.ts';
import { jsBudgetFor } from './js-budgets.ts';

/** docs/design.md §9: at most one small search loader on article pages (the article budget, 1.5 KB). */
const LOADER_BUDGET = jsBudgetFor('/guides/').gzip;

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

  test(`${page.path} ships no JavaScript but the inline search loader, at most 1.5 KB gzip`, () => {
    const scripts = page.root.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    assert.equal(scripts.length, 1, `expected only the search loader, found ${scripts.length} <script> elements`);
    const loader = scripts[0]!;
    assert.equal(loader.getAttribute('type'), 'module');
    // Inline, so nothing is fetched before the first paint (docs/adr/017-inline-search-loader.md).
    assert.equal(loader.getAttribute('src'), undefined, 'the loader is an external file again: it is fetched before the first paint');
    const code = loader.text;
    assert.ok(
      !/\bimport\s*[{*\w]/.test(code.replace(/import\(/g, '')),
      'the loader has a static import: it would fetch a file before any interaction',
    );
    const bytes = gzipSync(Buffer.from(code)).length;
    assert.ok(bytes <= LOADER_BUDGET, `search loader is ${bytes} bytes gzip, budget ${LOADER_BUDGET}`);
    // The one file it names, imported on first focus, is the header search panel, and it exists.
    const imported = [...code.matchAll(/[`'"](\/[^`'"\s]*\.js)[`'"]/g)].map((m) => m[1]!).filter((f) => f !== '/sw.js');
    assert.ok(/\bimport\(/.test(code), 'the loader never imports the panel');
    assert.equal(imported.length, 1, `the loader names ${imported.join(', ') || 'no script file'}`);
    assert.match(imported[0]!, /^\/_astro\/header-search\.[\w-]+\.js$/);
    assert.ok(readDist(imported[0]!).includes('mountHeaderSearch'), `${imported[0]} is not the header search panel`);
    assert.equal(
      page.root.querySelectorAll('link[rel="modulepreload"]').length,
      0,
      'a modulepreload link fetches code before search is used',
    );
    assert.ok(!page.html.includes('<astro-island'), 'guide page contains a hydrated island');
  });
}
