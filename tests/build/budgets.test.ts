/**
 * The budgets of docs/design.md §9, checked as byte counts on the built site. A failure names the
 * page, the budget and the measured value.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages, type BuiltPage } from './dist.ts';
import { initialScripts } from './js-graph.ts';

const KB = 1024;
const pages = builtPages();

/**
 * JavaScript budgets (gzip bytes before any interaction), by page pattern. First match wins. Bytes
 * are measured as they travel: each file gzipped on its own and summed, as a static host sends them
 * (docs/adr/005-wizard-javascript-budget.md); the wizard, decoder and planner pages get 24 KB.
 */
const jsBudgets: Array<{ name: string; match: (p: BuiltPage) => boolean; gzip: number; islands: boolean }> = [
  { name: 'article page (guide, status, glossary, embassy or consulate)', match: (p) => /^\/(guides|status|glossary|posts)\//.test(p.path), gzip: 1.5 * KB, islands: false },
  { name: 'wizard', match: (p) => p.path.startsWith('/wizard/'), gzip: 24 * KB, islands: true },
  { name: 'decoder', match: (p) => p.path.startsWith('/decode/'), gzip: 24 * KB, islands: true },
  { name: 'planner', match: (p) => p.path.startsWith('/next-steps/'), gzip: 24 * KB, islands: true },
  { name: 'any other page', match: () => true, gzip: 20 * KB, islands: true },
];

for (const page of pages) {
  const budget = jsBudgets.find((b) => b.match(page))!;
  test(`${page.path} stays within the ${budget.name} JavaScript budget`, () => {
    const js = initialScripts(page);
    const sizes = Object.entries(js.perFile).map(([f, n]) => `${f} ${n}`).join(', ');
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
