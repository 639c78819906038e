/**
 * Trusted Types (docs/adr/018-trusted-types.md): every page is served with
 * `require-trusted-types-for 'script'` and `trusted-types ceac`, in the header (scripts/serve-dist.mjs
 * applies dist/_headers) and in the page's <meta> policy. Each test below uses one kind of page the
 * way a person does (types a search, walks the wizard to dates, pastes into the decoder, …) and
 * fails on any `securitypolicyviolation` or console error. At the end it checks that the policy was
 * really enforced: an HTML string assigned to innerHTML must throw.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The violations a page reports, with the sink and a sample of what was refused. */
async function recordViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('__reportTrustedTypes', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportTrustedTypes: (t: string) => void }).__reportTrustedTypes;
      report(`${e.effectiveDirective}: ${e.blockedURI} ${e.sample} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return seen;
}

/** Both policies the page gets (header and <meta>) carry the two Trusted Types directives. */
async function expectTrustedTypesPolicy(page: Page, path: string) {
  const response = await page.goto(path);
  const header = response?.headers()['content-security-policy'] ?? '';
  const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  for (const policy of [header, meta]) {
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).toMatch(/(^|;\s*)trusted-types ceac(;|$)/);
  }
}

/**
 * Run last, after the page's own violations were checked: the browser refuses an HTML string and
 * a policy the directive does not name. These are the only violations expected.
 */
async function expectEnforced(page: Page, seen: string[]) {
  expect(seen, 'Trusted Types violations while using the page').toEqual([]);
  const probe = await page.evaluate(() => {
    const results: string[] = [];
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      results.push('innerHTML accepted a string');
    } catch (e) {
      results.push((e as Error).name);
    }
    try {
      (window as unknown as { trustedTypes: { createPolicy(n: string, r: object): unknown } }).trustedTypes.createPolicy('probe', {});
      results.push('a policy the directive does not name was created');
    } catch (e) {
      results.push((e as Error).name);
    }
    return results;
  });
  expect(probe).toEqual(['TypeError', 'TypeError']);
  // Each refusal is reported twice: once by the header policy and once by the <meta> one, both enforced.
  await expect.poll(() => seen.length, seen.join('\n')).toBe(4);
  expect(seen.map((v) => v.replace(/ \(.*\)$/, '')).sort()).toEqual([
    'require-trusted-types-for: trusted-types-sink Element innerHTML|<b>x</b>',
    'require-trusted-types-for: trusted-types-sink Element innerHTML|<b>x</b>',
    'trusted-types: trusted-types-policy probe',
    'trusted-types: trusted-types-policy probe',
  ]);
}

// The probe's two refusals also reach the console (one pattern: Playwright reads a two-item list
// of options as a value and its settings); nothing else may.
test.use({
  expectedConsoleErrors: [
    /^(console\.error: (This document requires 'TrustedHTML' assignment|Creating a TrustedTypePolicy named 'probe' violates)|CSP violation: (require-trusted-types-for blocked trusted-types-sink|trusted-types blocked trusted-types-policy))/,
  ],
});

const GUIDE = '/guides/refused-on-ceac/';

test.describe('Trusted Types on every kind of page', () => {
  test.describe('with the service worker allowed', () => {
    // Playwright's default here blocks register() by replacing it; this test needs the real sink.
    test.use({ serviceWorkers: 'allow' });

    test('home: the service worker registers from the one policy’s script address', async ({ page }) => {
      const seen = await recordViolations(page);
      await expectTrustedTypesPolicy(page, '/');
      const scriptURL = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
      expect(new URL(scriptURL ?? '').pathname).toBe('/sw.js');
      await expectEnforced(page, seen);
    });
  });

  test('the <meta> policy alone enforces them, for hosts that cannot send headers', async ({ page }) => {
    const seen = await recordViolations(page);
    await page.route(GUIDE, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    });
    const response = await page.goto(GUIDE);
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    await page.getByRole('searchbox', { name: /Search the guides/ }).fill('221 g');
    await expect(page.locator('#site-search-panel mark').first()).toBeVisible();
    expect(seen).toEqual([]);
    const refused = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'accepted';
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(refused).toBe('TypeError');
    await expect.poll(() => seen.length, seen.join('\n')).toBe(1);
  });

  test('a guide: the header search panel shows results with marks', async ({ page }) => {
    const seen = await recordViolations(page);
    await expectTrustedTypesPolicy(page, GUIDE);
    await page.getByRole('searchbox', { name: /Search the guides/ }).fill('221 g');
    await expect(page.locator('#site-search-panel mark').first()).toBeVisible();
    await expectEnforced(page, seen);
  });

  test('/search/: a typed query shows results with marked excerpts', async ({ page }) => {
    const seen = await recordViolations(page);
    await expectTrustedTypesPolicy(page, '/search/');
    await page.getByRole('searchbox', { name: 'Search for' }).fill('administrative processing');
    const results = page.locator('[data-search-list] > li');
    await expect(results.first().locator('.search-result-excerpt mark').first()).toBeVisible();
    await expectEnforced(page, seen);
  });

  test('/wizard/: walked from the first question to a verdict, then its dates', async ({ page }) => {
    const seen = await recordViolations(page);
    await page.clock.setFixedTime(new Date('2026-12-03T12:00:00'));
    await expectTrustedTypesPolicy(page, '/wizard/');
    await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
    for (const label of [
      /^Refused, with a long text/,
      /^I had an interview/,
      /or they said “221\(g\)”/,
      /^A 221\(g\) form or letter/,
      /^Send or bring more documents/,
    ]) {
      await page.getByText(label).first().click();
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    const verdict = page.locator('.verdict');
    await expect(verdict.getByRole('heading', { name: 'By when' })).toBeVisible();
    await page.getByLabel(/Add your interview or drop-off date/).fill('2026-01-15');
    await page.getByRole('button', { name: 'Show my dates' }).click();
    await expect(page.locator('#dates-list time').first()).toBeVisible();
    await expect(verdict).toContainText('Send the requested documents by 14 January 2027 at the latest');
    await expectEnforced(page, seen);
  });

  test('/decode/: a pasted status text is decoded with highlights', async ({ page }) => {
    const seen = await recordViolations(page);
    await expectTrustedTypesPolicy(page, '/decode/');
    await expect(page.locator('#decoder-root')).toHaveAttribute('data-ready', 'true');
    await page
      .getByRole('textbox', { name: /status text/i })
      .fill('Refused\nCase Created: 04-Jan-2021\nCase Last Updated: 15-Mar-2021\n<img src=x onerror="window.__pwned=1">');
    await expect(page.locator('[data-variant]')).toHaveCount(1);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expectEnforced(page, seen);
  });

  test('/next-steps/: dates from an interview date, and a letter', async ({ page }) => {
    const seen = await recordViolations(page);
    await page.clock.setFixedTime(new Date('2026-11-26T10:00:00'));
    await expectTrustedTypesPolicy(page, '/next-steps/');
    await expect(page.locator('#planner-root')).toHaveAttribute('data-ready', 'true');
    await page.getByLabel('Interview or drop-off date').fill('2026-03-10');
    await expect(page.locator('tr[data-entry="inquiry"]')).toContainText('6 September 2026');
    await page.getByLabel('Full name as in your passport').fill('Asha Rao');
    await expect(page.locator('#letters-root')).toHaveAttribute('data-ready', 'true');
    await expectEnforced(page, seen);
  });

  test('/timelines/ and the contribute page', async ({ page }) => {
    const seen = await recordViolations(page);
    await expectTrustedTypesPolicy(page, '/timelines/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectTrustedTypesPolicy(page, '/timelines/contribute/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectEnforced(page, seen);
  });
});
