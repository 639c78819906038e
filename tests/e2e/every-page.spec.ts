import { readFileSync } from 'node:fs';
import { test, expect, axeViolations } from './fixtures';

// One test per page in the built sitemap, like Starlight's a11y suite. Hand-written pages
// (guides, statuses, tools) are all tested. Pages generated in bulk from one template and a data
// set (the reported-case pages and timelines filter pages) are sampled: eight per template,
// evenly spread, because they share markup and each axe run costs seconds on our 2-core
// machines. Every page, generated or not, still gets the HTML, link and budget checks in
// tests/build/ (fast, no browser).
const sitemapXml = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
const allPaths = [...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const bulkTemplates: Array<{ name: string; match: RegExp }> = [
  { name: 'reported case page', match: /^\/timelines\/cases\/[^/]+\/$/ },
  { name: 'timelines filter page', match: /^\/timelines\/(?!cases\/|contribute\/)[^/]+\/$/ },
  { name: 'embassy or consulate page', match: /^\/posts\/[^/]+\/$/ },
];
const perTemplate = 8;
const paths = allPaths.filter((path) => {
  const template = bulkTemplates.find((t) => t.match.test(path));
  if (!template) return true;
  const siblings = allPaths.filter((p) => template.match.test(p));
  const step = Math.max(1, Math.floor(siblings.length / perTemplate));
  const index = siblings.indexOf(path);
  return index % step === 0 && index / step < perTemplate;
});

test('the sitemap lists the site', () => {
  expect(paths.length).toBeGreaterThan(5);
});

for (const path of paths) {
  test(`${path} loads with no console errors, no axe violations and nothing sent elsewhere`, async ({ page, context, baseURL }) => {
    const siteOrigin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== siteOrigin) foreign.push(req.url());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
    const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
    expect(stored, 'web storage written without the user asking').toBe(0);
  });
}

test.describe('a missing page', () => {
  // The browser logs the 404 status of the document itself; nothing else may be logged.
  test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  test('shows a helpful, accessible 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /guides/i }).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  });
});

test('dark mode pages have no contrast violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of paths.slice(0, 3).concat(paths.filter((p) => p.startsWith('/guides/')).slice(0, 1))) {
    await page.goto(path);
    expect(await axeViolations(page), path).toEqual([]);
  }
});
