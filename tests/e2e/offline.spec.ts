import { test, expect } from './fixtures';

test.describe('offline reading', () => {
  // The other specs block service workers (playwright.config.ts); these are about it.
  test.use({ serviceWorkers: 'allow' });
  // Going offline makes the browser log failed requests for anything not cached; pages we
  // precache must still open, which is what these tests check.
  test.use({ expectedConsoleErrors: [/net::ERR_INTERNET_DISCONNECTED|Failed to load resource/] });

  test('after the first visit, guides, statuses, the wizard and the decoder open without a connection', async ({ page, context }) => {
    await page.goto('/guides/refused-on-ceac/');
    // Wait until the service worker has installed, precached and taken control.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
      }
    });
    await context.setOffline(true);
    for (const [path, heading] of [
      ['/guides/form-221g/', /221\(g\)/],
      ['/status/refused-221g/', /Refused/],
      ['/glossary/', /Glossary/],
      ['/decode/', /Decode your CEAC status text/],
      ['/wizard/', /Check what your CEAC status means/],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
    }
    // A wizard link with answers opens from the cached page too (the query string is ignored for the lookup).
    await page.goto('/wizard/?route=interview');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await context.setOffline(false);
  });

  test('a new deploy replaces the cache of the previous one', async ({ page }) => {
    // A page without scripts, so no worker is registered yet: leave a cache as an older deploy would.
    await page.goto('/robots.txt');
    await page.evaluate(async () => {
      const old = await caches.open('ceac-previousdeploy');
      await old.put('/old-page/', new Response('old'));
    });
    await page.goto('/');
    const names = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      for (let i = 0; i < 30 && (await caches.keys()).includes('ceac-previousdeploy'); i++) await new Promise((r) => setTimeout(r, 100));
      return caches.keys();
    });
    expect(names).not.toContain('ceac-previousdeploy');
    expect(names.filter((n) => n.startsWith('ceac-'))).toHaveLength(1);
  });
});

test.describe('online, under the service worker', () => {
  // The other specs block service workers for speed (playwright.config.ts); this keeps the check
  // they made on the way: pages the worker serves load with an empty console (the fixture fails
  // the test otherwise) and no request to another origin.
  test.use({ serviceWorkers: 'allow' });

  test('pages served by the service worker load cleanly, with their scripts working', async ({ page, context, baseURL }) => {
    const siteOrigin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    context.on('request', (req) => {
      if (new URL(req.url()).origin !== siteOrigin) foreign.push(req.url());
    });
    await page.goto('/guides/form-221g/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
      }
    });
    for (const path of ['/', '/status/refused-221g/', '/decode/', '/wizard/']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), `${path} is served under the worker`).toBe(true);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
    }
    // The wizard's island hydrates from the worker's cache.
    await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
    expect(foreign, 'requests to other origins').toEqual([]);
  });
});
