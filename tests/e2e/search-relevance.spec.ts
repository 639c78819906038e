/**
 * The relevance table (search-relevance.table.ts), run against the built index through the
 * search page: Pagefind's JS API in the browser plus our query layer (aliases, spelling,
 * variants). A row fails when its page drops out of the top 3. Each row also logs where
 * Pagefind alone (same ranking, no query layer) puts the page, to show what the layer adds.
 */
import { test, expect } from './fixtures';
import { relevanceTable } from './search-relevance.table';

/** Must match RANKING_PAGE_LENGTH in src/components/search/pagefind-client.ts. */
const RANKING = { pageLength: 0.2 };

for (const row of relevanceTable) {
  test(`"${row.query}" finds ${row.expect} in the top 3`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(row.query)}`);
    await expect(page.getByRole('status')).toContainText(/results? for/);
    const top = await page.locator('[data-search-list] a.search-result-title').evaluateAll((links) =>
      links.slice(0, 3).map((a) => a.getAttribute('href')),
    );

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
    const rank = top.indexOf(row.expect) + 1;
    const rawRank = raw.indexOf(row.expect) + 1;
    console.log(`relevance | ${row.query} | ${row.expect} | rank ${rank || '>3'} | Pagefind alone ${rawRank || '>10'}`);
    test.info().annotations.push({ type: 'relevance', description: `rank ${rank || '>3'}, Pagefind alone ${rawRank || '>10'}` });

    expect(top, `top 3 for "${row.query}"`).toContain(row.expect);
  });
}
