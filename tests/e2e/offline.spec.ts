import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const distDir = join(import.meta.dirname, '..', '..', 'dist');
/** The next deploy's worker in the failed-install test, written beside dist/sw.js and removed after. */
const nextWorker = 'sw-next-deploy-test.js';
test.afterAll(() => rmSync(join(distDir, nextWorker), { force: true }));

/** Waits until the service worker has installed, precached and taken control of the page. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
}

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

  test('a page whose server answers with an error (5xx) opens from the cache', async ({ page, context }) => {
    await page.goto('/guides/refused-on-ceac/');
    await controlled(page);
    // context.route also sees the service worker's own requests (page.route does not).
    await context.route('**/guides/form-221g/', (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));
    const response = await page.goto('/guides/form-221g/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/221\(g\)/);
  });

  test('a page whose server is slow opens from the cache after 3 seconds', async ({ page, context }) => {
    await page.goto('/guides/refused-on-ceac/');
    await controlled(page);
    // The network answer is held until the test has seen the cached page, then let through.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/status/refused-221g/', async (route) => {
      await held;
      await route.continue().catch(() => {}); // the page may be gone by then
    });
    const started = Date.now();
    const response = await page.goto('/status/refused-221g/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Refused/);
    // It waited for the network first (a deploy shows at once when the network answers in time).
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
    release();
  });

  test.describe('with a second worker script, the test’s own', () => {
    // The test registers another script for the same scope, which the site's Trusted Types policy
    // refuses (only '/sw.js' may be a script address: docs/adr/018-trusted-types.md), so the page's
    // CSP is not applied here. tests/e2e/trusted-types.spec.ts checks the policy.
    test.use({ bypassCSP: true });

    test('an install that fails part-way keeps the previous cache and worker in use', async ({ page, context }) => {
      await page.goto('/guides/refused-on-ceac/');
      await controlled(page);
      const before = (await page.evaluate(() => caches.keys())).filter((n) => n.startsWith('ceac-'));
      expect(before).toHaveLength(1);
      // A next deploy (another cache name, served as another script for the same scope: the
      // browser's own update check of /sw.js cannot be routed) whose precache meets one file that fails.
      const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
      writeFileSync(join(distDir, nextWorker), sw.replace(/const CACHE = '[^']+'/, "const CACHE = 'ceac-nextdeploy'"));
      await context.route('**/glossary/', (route) => route.fulfill({ status: 500, body: 'oops' }));
      const state = await page.evaluate(async (script) => {
        const registration = await navigator.serviceWorker.ready;
        const found = new Promise<ServiceWorker>((resolve) =>
          registration.addEventListener('updatefound', () => resolve(registration.installing!), { once: true }),
        );
        await navigator.serviceWorker.register(`/${script}`, { scope: '/' });
        const worker = await found;
        if (worker.state === 'redundant') return worker.state;
        return new Promise<string>((resolve) =>
          worker.addEventListener('statechange', () => ['redundant', 'activated'].includes(worker.state) && resolve(worker.state)),
        );
      }, nextWorker);
      expect(state).toBe('redundant');
      const after = await page.evaluate(async () => {
        const names = (await caches.keys()).filter((n) => n.startsWith('ceac-'));
        return { names, pages: (await (await caches.open(names[0]!)).keys()).length };
      });
      expect(after.names).toEqual(before);
      expect(after.pages).toBeGreaterThan(10);
      await context.unroute('**/glossary/');
      await context.setOffline(true);
      await page.goto('/glossary/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Glossary/);
      await context.setOffline(false);
    });
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
