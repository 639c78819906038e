/**
 * Hostile and broken input on every page that reads its address, and a missing search bundle:
 * each gives a clear message, injects nothing, and leaves the rest of the page working.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const payload = `"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
const enc = encodeURIComponent(payload);

/** Nothing ran, the title is the page's own, and the header and main content are there. */
async function expectIntact(page: Page, title: string) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.title()).toBe(title);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

async function titleOf(page: Page, path: string): Promise<string> {
  await page.goto(path);
  return page.title();
}

test('the wizard drops hostile and unknown values with a notice and asks again', async ({ page }) => {
  const title = await titleOf(page, '/wizard/');
  await page.goto(`/wizard/?route=${enc}&status=${enc}&since=${enc}&evil=${enc}`);
  await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
  const notices = page.locator('#wizard-root .notices');
  await expect(notices).toBeVisible();
  await expect(notices.getByRole('listitem')).toHaveCount(3); // route, status and since; the unknown key is ignored quietly
  await expect(page.getByRole('radio').first()).toBeVisible();
  await expectIntact(page, title);
});

test('a rejected value is quoted as typed, without the direction controls that would reverse the sentence', async ({ page }) => {
  // "$&" and "{label}" are replacement syntax; U+202E (right-to-left override) would draw the rest
  // of the notice backwards.
  await page.goto(`/wizard/?route=${encodeURIComponent('$&{label}\u202ex')}&status=refused-long`);
  await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
  const notice = page.locator('#wizard-root .notices').getByRole('listitem');
  await expect(notice).toHaveCount(1);
  await expect(notice).toHaveText('“$&{label}x” is not one of the answers for how you applied, so it was left out.');
});

test('the wizard survives a malformed query string', async ({ page }) => {
  const title = await titleOf(page, '/wizard/');
  await page.goto('/wizard/?%E0%A4%A=1&route=%&&&==&status=refused-long%00');
  await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
  await expectIntact(page, title);
});

test('the search page shows a hostile query as text and an unknown filter with a notice', async ({ page }) => {
  const title = await titleOf(page, '/search/');
  await page.goto(`/search/?q=${enc}&kind=${enc}&topic=nonsense`);
  await expect(page.locator('[data-search-notice]')).toHaveText(
    'This link had a kind and topic filter we do not know, so it was left out.',
  );
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(payload);
  await expectIntact(page, title);
});

test('the planner ignores a bad date in its link and says so', async ({ page }) => {
  const title = await titleOf(page, '/next-steps/');
  await page.goto(`/next-steps/?since=${enc}`);
  await expect(page.getByRole('alert')).toContainText('not a valid date');
  await expectIntact(page, title);
});

test('the planner keeps the good dates of a reload address and says so of the bad ones', async ({ page }) => {
  // The fragment a reload writes (sent, refusal, issued beside since): an impossible date and a
  // hostile value are ignored with the notice, an empty value means "not given", good dates load.
  const title = await titleOf(page, '/next-steps/');
  // Away first: a change of fragment alone would not load the page again.
  await page.goto('about:blank');
  await page.goto(`/next-steps/#since=2026-03-10&sent=2026-02-30&refusal=${enc}&issued=`);
  await expect(page.getByRole('alert')).toContainText('not a valid date');
  await expect(page.getByLabel('Interview or drop-off date')).toHaveValue('2026-03-10');
  await expect(page.getByLabel('Refusal date on your slip or letter, if not the interview day')).toHaveValue('');
  await expect(page.getByLabel('Date CEAC changed to Issued, if it has')).toHaveValue('');
  await expectIntact(page, title);
});

test('pages that take no parameters ignore hostile ones', async ({ page }) => {
  for (const path of ['/', '/guides/form-221g/', '/status/refused-221g/', '/glossary/', '/timelines/', '/decode/']) {
    const title = await titleOf(page, path);
    await page.goto(`${path}?q=${enc}&status=${enc}#${enc}`);
    await expectIntact(page, title);
  }
});

test.describe('when the search index cannot be loaded', () => {
  // The blocked requests are logged by the browser; the page must say so in words too.
  test.use({ expectedConsoleErrors: [/Failed to load resource|net::ERR_FAILED|pagefind/i] });

  test('the header search says search could not load, and the form still goes to /search/', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto('/guides/form-221g/');
    const box = page.getByRole('search').getByRole('searchbox');
    await box.fill('221g');
    await expect(page.locator('.site-search').getByRole('status')).toContainText('Search could not load');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=221g/);
  });

  test('the search page says search could not load', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto('/search/?q=221g');
    await expect(page.getByRole('main').getByText('Search could not load')).toBeVisible();
  });
});

test.describe('when the wizard data cannot be loaded', () => {
  test.use({ expectedConsoleErrors: [/Failed to load resource|net::ERR_FAILED/] });

  test('the plain question links stay and still lead through the questions', async ({ page }) => {
    await page.route('**/wizard/props.json', (route) => route.abort());
    await page.goto('/wizard/');
    await expectPlainWizard(page);
    const first = page.locator('#wizard-start').getByRole('link').first();
    await expect(first).toBeVisible();
    await first.click();
    await expect(page).toHaveURL(/\/wizard\/steps\//);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

/** The page as it is when the island could not start: the notice, the plain links, no island. */
async function expectPlainWizard(page: Page) {
  await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'failed');
  await expect(page.getByText('The interactive wizard could not load; the questions below work without it.')).toBeVisible();
  await expect(page.locator('#wizard-start').getByRole('link').first()).toBeVisible();
  await expect(page.locator('#wizard-root')).toBeEmpty();
}

test.describe('when the wizard data has the wrong shape', () => {
  // An old or broken /wizard/props.json: the page must not mount an island that breaks.
  const bodies: [string, string][] = [
    ['an empty object', '{}'],
    ['null', 'null'],
    ['a list', '[]'],
    ['a string', '"table"'],
    ['not JSON', '<!doctype html><p>Not found'],
    ['an old shape', JSON.stringify({ questions: [], outcomes: {}, words: {} })],
  ];
  test('the good file mounts the island and shows no notice', async ({ page }) => {
    await page.goto('/wizard/');
    await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('#wizard-failed')).toBeHidden();
    await expect(page.locator('#wizard-start')).toHaveCount(0);
  });

  for (const [name, body] of bodies) {
    test(`a file that is ${name} leaves the plain links and a notice`, async ({ page }) => {
      await page.route('**/wizard/props.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
      await page.goto('/wizard/');
      await expectPlainWizard(page);
    });
  }
});

test.describe('when the wizard data answers with a server error', () => {
  test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 500/] });

  test('a 500 leaves the plain links and a notice', async ({ page }) => {
    await page.route('**/wizard/props.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
    await page.goto('/wizard/');
    await expectPlainWizard(page);
  });
});
