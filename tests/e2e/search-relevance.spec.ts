/**
 * The relevance table (search-relevance.table.ts), run against the built index through the
 * search page: Pagefind's JS API in the browser plus our query layer (aliases, spelling,
 * variants). A row fails when its page drops out of the top 3. Each row also logs where
 * Pagefind alone (same ranking, no query layer) puts the page, to show what the layer adds.
 *
 * All rows run in one test, each in a new tab of the same browser context: no new browser context
 * and fixtures per row (that cost about 3.5 seconds a row), but still a fresh page per query, as a
 * reader's first search from a link (?q=). Each failing row is reported on its own (soft
 * assertions, the query in the message), and the ranks are attached as a table.
 */
import { test, expect } from './fixtures';
import { relevanceTable } from './search-relevance.table';

/** Must match RANKING_PAGE_LENGTH in src/islands/search/pagefind-client.ts. */
const RANKING = { pageLength: 0.2 };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test(`each of the ${relevanceTable.length} queries in the relevance table finds its page in the top 3`, async ({ context }) => {
  test.setTimeout(20_000 + relevanceTable.length * 3_000);
  const errors: string[] = [];
  const ranks: string[] = [];
  for (const row of relevanceTable) {
    // A fresh page per row: Pagefind's ranking depends on the index chunks a page has already
    // loaded, so a row must not inherit the previous row's chunks (a reader's first search).
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${row.query}: console.error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`${row.query}: uncaught: ${err.message}`));
    await page.goto(`/search/?q=${encodeURIComponent(row.query)}`);
    // The status names the query once its results are in the list (both are written together).
    // Under load the first Pagefind load can time out; the page retries it quietly and the
    // results replace the message, so this waits longer than the default.
    await expect(page.locator('[data-search-status]')).toHaveText(
      new RegExp(`^(\\d+ results? for|No results for) “${escape(row.query.trim())}”`),
      { timeout: 20_000 },
    );
    const top = await page
      .locator('[data-search-list] a.search-result-title')
      .evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
    const raw = await page.evaluate(
      async ({ query, ranking, bundle }) => {
        const pagefind = await import(bundle);
        await pagefind.options({ noWorker: true, ranking });
        const search = await pagefind.search(query);
        const data = await Promise.all(search.results.slice(0, 10).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
        return data.map((d) => d.url);
      },
      { query: row.query, ranking: RANKING, bundle: '/pagefind/pagefind.js' },
    );
    await page.close();
    const rank = top.indexOf(row.expect) + 1;
    const rawRank = raw.indexOf(row.expect) + 1;
    ranks.push(`${row.query} | ${row.expect} | rank ${rank || '>3'} | Pagefind alone ${rawRank || '>10'}`);
    expect.soft(top, `top 3 for "${row.query}" (${row.from})`).toContain(row.expect);
  }
  console.log(ranks.map((line) => `relevance | ${line}`).join('\n'));
  await test
    .info()
    .attach('relevance ranks', { body: `query | page | rank | Pagefind alone\n${ranks.join('\n')}`, contentType: 'text/plain' });
  expect(errors, 'the browser console should stay empty').toEqual([]);
});
