import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the built site served by `astro preview`.
 * Chromium: the system one by default (browsers cannot be downloaded on our machines);
 * set CHROMIUM_PATH to use another, or CHROMIUM_PATH="" to use Playwright's own browser.
 */
const isCI = Boolean(process.env['CI']);
const port = Number(process.env['PORT'] ?? 4321);
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './tests/e2e',
  forbidOnly: isCI,
  // A test that passes only on a second try is a race to fix, not a pass: none are retried.
  retries: 0,
  failOnFlakyTests: true,
  workers: 2,
  // Spread the tests of one file (every-page has one test per page) over both workers.
  fullyParallel: true,
  timeout: 30_000,
  expect: { timeout: 6_000 },
  reporter: [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // Every page registers the offline service worker after load, which then fetches and caches
    // 65 files (docs/adr/003-offline.md): in a fresh context per test, that was work repeated in
    // every test, competing for the CPU with the test itself. Its requests and console are not
    // seen by page.on('request'/'console') anyway. offline.spec.ts allows it and tests it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumPath ? { executablePath: chromiumPath } : {},
      },
    },
  ],
  webServer: {
    // The site must already be built (npm test builds it once before this runs).
    // A static server that applies dist/_headers (CSP and security headers) like a real host.
    command: `node scripts/serve-dist.mjs --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
