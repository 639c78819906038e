import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages, pageAt, readDist, type BuiltPage } from './dist.ts';

const pages = builtPages();
const scenarioPages = pages.filter((p) => p.path.startsWith('/timelines/') && !/^\/timelines\/(cases|contribute)\//.test(p.path));
const casePages = pages.filter((p) => p.path.startsWith('/timelines/cases/'));
// Executable scripts only: JSON-LD data blocks (breadcrumbs) are not code.
const scriptsOf = (p: BuiltPage) =>
  new Set(
    p.root
      .querySelectorAll('script')
      .filter((s) => s.getAttribute('type') !== 'application/ld+json')
      .map((s) => s.getAttribute('src') ?? `inline:${s.text.length}`),
  );

test('the timelines have an overview, scenario pages and one page per case', () => {
  assert.ok(pageAt('/timelines/'), '/timelines/ is missing');
  assert.ok(pageAt('/timelines/contribute/'), '/timelines/contribute/ is missing');
  assert.ok(scenarioPages.length > 20, `only ${scenarioPages.length} scenario pages`);
  assert.equal(casePages.length, 76);
});

for (const page of scenarioPages) {
  test(`${page.path}: every count is the number of cases listed with it, and charts need no script`, () => {
    const heading = page.root.querySelectorAll('h2').find((h) => /cases? behind these numbers$/.test(h.text));
    assert.ok(heading, 'no case list heading');
    const n = Number(/\d+/.exec(heading.text)![0]);
    const rows = page.root.querySelectorAll('table.outcomes tbody tr');
    assert.equal(rows.length, 4);
    let total = 0;
    for (const row of rows) {
      const [count, which] = row.querySelectorAll('td');
      const links = which!.querySelectorAll('a').length;
      assert.equal(Number(count!.text), links, `${row.querySelector('th')?.text}: ${count!.text} vs ${links} linked cases`);
      total += links;
    }
    assert.equal(total, n);
    assert.equal(page.root.querySelectorAll('.case-list > li').length, n);
    const chart = page.root.querySelector('figure.chart svg[role="img"] path.curve');
    const noDates = page.root.querySelector('figure.chart figcaption')?.text.includes('None of these reports gives both');
    assert.ok(chart || noDates, 'neither a chart nor a reason for its absence');
    // Charts are server-rendered SVG: no script beyond the site-wide loader. The one exception is
    // /timelines/ itself, whose small script maps query-string filters to their page.
    const extra = [...scriptsOf(page)].filter((script) => !scriptsOf(pageAt('/about/')!).has(script));
    assert.ok(extra.length <= (page.path === '/timelines/' ? 1 : 0), `extra scripts: ${extra.join(', ')}`);
    if (page.path === '/timelines/') assert.ok(extra.every((s) => readDist(s).length < 8_000), 'the query-filter script grew beyond 8 KB');
  });
}

test('filter combinations are noindex and left out of the sitemap; single filters are listed', () => {
  const sitemap = readDist('/sitemap-0.xml').toString();
  for (const page of scenarioPages) {
    const depth = page.path.split('/').filter(Boolean).length - 1;
    const noindex = page.root.querySelector('meta[name="robots"]')?.getAttribute('content') === 'noindex';
    assert.equal(noindex, depth >= 2, `${page.path} noindex should be ${depth >= 2}`);
    assert.equal(sitemap.includes(`${page.path}</loc>`), depth < 2, `${page.path} in the sitemap should be ${depth < 2}`);
  }
  assert.ok(sitemap.includes('/timelines/cases/c05/</loc>'));
});

test('case pages ship no script beyond the site-wide ones', () => {
  const base = scriptsOf(pageAt('/about/')!);
  for (const page of casePages) for (const s of scriptsOf(page)) assert.ok(base.has(s), `${page.path}: extra script ${s}`);
});
