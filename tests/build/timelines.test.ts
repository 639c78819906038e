import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { builtPages, pageAt, readDist, type BuiltPage } from './dist.ts';

const pages = builtPages();
/** The pages built on the measured data sets (data/). */
const measuredPaths = ['/timelines/', '/timelines/security-checks/', '/timelines/dv/', '/timelines/visa-office/'];
const scenarioPages = pages.filter(
  (p) => p.path.startsWith('/timelines/') && !/^\/timelines\/(cases|contribute)\//.test(p.path) && !measuredPaths.includes(p.path),
);
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
  for (const path of [...measuredPaths, '/timelines/reported/']) assert.ok(pageAt(path), `${path} is missing`);
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
    const caption = page.root.querySelector('figure.chart figcaption')?.text ?? '';
    const why = caption.includes('None of these reports gives both') || caption.includes('So no curve is drawn.');
    assert.ok(chart || why, 'neither a chart nor a reason for its absence');
    // Charts are server-rendered SVG: no script beyond the site-wide loader.
    const extra = [...scriptsOf(page)].filter((script) => !scriptsOf(pageAt('/about/')!).has(script));
    assert.equal(extra.length, 0, `extra scripts: ${extra.join(', ')}`);
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

test('the measured pages: charts are SVG with a text summary; only /timelines/ has a script (its query-filter mapper, under 8 KB)', () => {
  const base = scriptsOf(pageAt('/about/')!);
  for (const path of measuredPaths) {
    const page = pageAt(path)!;
    const charts = page.root.querySelectorAll('figure.bars');
    assert.ok(charts.length >= 1, `${path}: no chart`);
    for (const c of charts) {
      assert.ok(c.querySelector('svg[role="img"] title')?.text, `${path}: a chart without a name`);
      assert.match(c.querySelector('figcaption')?.text ?? '', /\d+%/, `${path}: a chart without its numbers in words`);
    }
    const extra = [...scriptsOf(page)].filter((s) => !base.has(s));
    assert.ok(extra.length <= (path === '/timelines/' ? 1 : 0), `${path}: extra scripts ${extra.join(', ')}`);
    assert.ok(
      extra.every((s) => readDist(s).length < 8_000),
      'the query-filter script grew beyond 8 KB',
    );
  }
});

/** HTML + CSS (gzip) a page needs to render. */
function renderBytes(page: BuiltPage): number {
  const css = page.root.querySelectorAll('link[rel="stylesheet"]').map((l) => readDist(l.getAttribute('href') ?? ''));
  return gzipSync(Buffer.from(page.html)).length + css.reduce((n, c) => n + gzipSync(c).length, 0);
}

test('timelines pages fit their HTML budget (HTML + CSS, gzip)', () => {
  // The measured pages: one round trip, like a guide (14 KB). Reported-case pages list their cases: 20 KB.
  for (const path of measuredPaths) {
    const bytes = renderBytes(pageAt(path)!);
    assert.ok(bytes <= 14 * 1024, `${path}: ${bytes} bytes, budget ${14 * 1024}`);
  }
  for (const page of scenarioPages) {
    const bytes = renderBytes(page);
    assert.ok(bytes <= 20 * 1024, `${page.path}: ${bytes} bytes, budget ${20 * 1024}`);
  }
});

test('no page shows a median, a percentile or a curve resting on fewer than 10 outcomes', () => {
  for (const page of scenarioPages) {
    const caption = page.root.querySelector('figure.chart figcaption')?.text ?? '';
    const outcomes = Number(/(\d+) had an outcome/.exec(caption)?.[1] ?? 0);
    const quantiles = page.root.querySelectorAll('.quantiles dd').map((d) => d.text.trim());
    const curve = page.root.querySelector('figure.chart path.curve');
    if (outcomes < 10) {
      assert.equal(curve, null, `${page.path}: a curve from ${outcomes} outcomes`);
      for (const q of quantiles)
        assert.match(
          q,
          /^Too few reports to say: (no case has|only \d+ cases? ha(s|ve)) an outcome on a known day, and we need at least 10\.$/,
          `${page.path}: "${q}"`,
        );
      assert.doesNotMatch(
        page.root.querySelector('.lead-sentence')?.text ?? '',
        /Half had an outcome by day/,
        `${page.path}: a median in the lead sentence`,
      );
    }
  }
  // The wizard's reported-case lines: a typical wait only where the linked page has one.
  for (const t of pageAt('/wizard/')!.root.querySelectorAll('template')) {
    const text = t.innerHTML;
    const half = /Half had an outcome by day (\d+)/.exec(text);
    if (!half) continue;
    const href = /href="(\/timelines\/[^"]+)"/.exec(text)![1]!;
    const linked = pageAt(href)!.root.querySelector('.quantiles dd')!.text;
    assert.equal(linked.trim(), `${half[1]} days`, `${href}: the wizard quotes a median the page does not show`);
  }
  // Every "too few" sentence on the site uses the same words.
  for (const page of pages.filter((p) => /^\/(timelines|wizard)\//.test(p.path))) {
    for (const m of page.html.matchAll(/[^.>]*(too few|not enough) (dated )?reports[^.<]*/gi)) {
      assert.match(
        m[0],
        /Too few reports to say: (no case has|only \d+ cases? ha(s|ve)) an outcome on a known day, and we need at least 10|too few for/i,
        `${page.path}: "${m[0].trim()}"`,
      );
    }
  }
});
