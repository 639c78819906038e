import { readFileSync } from 'node:fs';
import { test, expect, axeViolations } from './fixtures';
import { axeElsewhere, axeSample, darkSample } from './axe-pages';

// One test per page in the built sitemap, like Starlight's a11y suite. Hand-written pages
// (guides, statuses, tools) are all tested. Pages generated in bulk from one template and a data
// set (the reported-case pages, timelines filter pages and embassy pages) are sampled: eight per
// template, evenly spread, because they share markup, plus those in the axe sample. Every listed page gets the cheap checks
// (status, one h1, empty console, no CSP violation, nothing sent elsewhere, nothing stored);
// axe runs on the pages named in tests/e2e/axe-pages.ts (it says why each is there, and which
// spec runs axe on the others). Every page, generated or not, still gets the HTML, link and budget
// checks in tests/build/ (fast, no browser).
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
  if (!template || path in axeSample) return true;
  const siblings = allPaths.filter((p) => template.match.test(p));
  const step = Math.max(1, Math.floor(siblings.length / perTemplate));
  const index = siblings.indexOf(path);
  return index % step === 0 && index / step < perTemplate;
});

test('the sitemap lists the site', () => {
  expect(paths.length).toBeGreaterThan(5);
});

test('every page named in the axe sample is in the sitemap', () => {
  const named = [...Object.keys(axeSample), ...Object.keys(axeElsewhere), ...darkSample];
  expect(named.filter((path) => !allPaths.includes(path))).toEqual([]);
});

test('every template family has a page checked by axe here or in another spec', () => {
  const checked = [...Object.keys(axeSample), ...Object.keys(axeElsewhere)];
  // A family is the first path segment, or a bulk template.
  const family = (path: string) => bulkTemplates.find((t) => t.match.test(path))?.name ?? (path.split('/')[1] || 'home');
  const families = new Set(allPaths.map(family));
  const covered = new Set(checked.map(family));
  expect([...families].filter((f) => !covered.has(f))).toEqual([]);
});

for (const path of paths) {
  const withAxe = path in axeSample;
  const name = withAxe
    ? `${path} loads with no console errors, no axe violations and nothing sent elsewhere`
    : `${path} loads with no console errors and nothing sent elsewhere`;
  test(name, async ({ page, context, baseURL }) => {
    const siteOrigin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== siteOrigin) foreign.push(req.url());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    if (withAxe) expect(await axeViolations(page)).toEqual([]);
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
    await expect(
      page
        .getByRole('main')
        .getByRole('link', { name: /guides/i })
        .first(),
    ).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

for (const path of darkSample) {
  test(`${path} in dark mode has no axe violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    expect(await axeViolations(page), path).toEqual([]);
  });
}
