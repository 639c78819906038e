import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Inline scripts that run (structured data is not code). */
const inlineScripts = 'script:not([src]):not([type="application/ld+json"])';

/**
 * The JavaScript a page loads before any interaction, counted the way tests/build/budgets.test.ts
 * counts the build (docs/design.md §9): each file gzipped on its own, as a host sends it, then
 * summed; the inline scripts (the search loader, docs/adr/017-inline-search-loader.md) count as one
 * more file. On the way it checks that every script comes from this origin and that the only inline
 * script is the search loader, which names no other origin and fetches nothing on load. The caller
 * checks the total against its page's budget.
 */
export async function scriptsOnLoad(page: Page, baseURL: string, label: string, open: () => Promise<unknown>) {
  const scripts: { url: string; body: Buffer }[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push({ url: r.url(), body: await r.body() });
  });
  await open();
  await page.waitForLoadState('networkidle');
  const inline = (await page.locator(inlineScripts).allTextContents()).join('');
  const total = scripts.reduce((n, s) => n + gzipSync(s.body).length, 0) + (inline ? gzipSync(inline).length : 0);
  console.log(
    `${label} JavaScript: ${scripts.map((s) => `${new URL(s.url).pathname} ${gzipSync(s.body).length}`).join(', ')}; total ${total} bytes, each file gzipped`,
  );
  expect(await page.locator(inlineScripts).count()).toBe(1);
  expect(inline).toContain('data-search-control');
  expect(scripts.every((s) => s.url.startsWith(baseURL))).toBe(true);
  return { scripts, total };
}
