import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import { scriptsOnLoad } from './scripts-on-load';

/** Official wordings straight from the statuses collection, so the test uses the one copy of them. */
const text = (id: string, i = 0): string =>
  (parse(readFileSync(new URL(`../../src/content/statuses/${id}.yaml`, import.meta.url), 'utf8')) as { texts: { text: string }[] }).texts[
    i
  ]!.text;

const longPaste = `Refused\nCase Created: 04-Jan-2021\nCase Last Updated: 15-Mar-2021\n${text('refused-221g')}\nFor more information, please visit U.S. Consulate General Mumbai.`;
const hostile = `<img src=x onerror="document.title='pwned';window.__pwned=1"><script>document.title='pwned';window.__pwned=1</script><svg onload="window.__pwned=1">`;

async function openDecoder(page: Page) {
  await page.goto('/decode/');
  // The page script sets data-ready once the decoder is hydrated.
  await expect(page.locator('#decoder-root')).toHaveAttribute('data-ready', 'true');
  return page.getByRole('textbox', { name: /status text/i });
}

test('pasting the long Refused text shows the administrative-processing verdict with highlights', async ({ page }) => {
  const box = await openDecoder(page);
  await box.fill(longPaste);
  const result = page.locator('[data-variant]');
  await expect(result).toHaveAttribute('data-variant', 'refused-221g');
  await expect(page.getByRole('status')).toHaveText('Refused (long text: administrative processing)');
  await expect(result).toContainText('your case is still open');
  expect(await result.locator('mark').count()).toBeGreaterThan(0);
  await expect(result.getByRole('link', { name: /About the status/ })).toHaveAttribute('href', '/status/refused-221g/');
  await expect(page.locator('[data-variant]')).toHaveCount(1);
});

test('the word Refused with a date is recognised and says it cannot tell a 221(g) from a final refusal', async ({ page }) => {
  const box = await openDecoder(page);
  await box.fill('Refused 12-Mar-2026');
  const result = page.locator('[data-variant]');
  await expect(result).toHaveAttribute('data-reason', 'label-ambiguous');
  await expect(result).toContainText('does not tell a 221(g) refusal');
  await expect(result).toContainText('from a final refusal such as 214(b)');
  await expect(result).not.toContainText('does not match any CEAC status text');
});

test('a heading translated by the browser is read as the status word, with a note to paste the English text', async ({ page }) => {
  const box = await openDecoder(page);
  await box.fill('Procesamiento administrativo\n03-Feb-2026');
  const result = page.locator('[data-variant]');
  await expect(result).toHaveAttribute('data-variant', 'administrative-processing');
  await expect(result.locator('[data-translated="es"]')).toContainText('translated by the browser');
});

test('the Case Last Updated date is read and said as days since today', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T12:00:00'));
  const box = await openDecoder(page);
  await box.fill(longPaste);
  const dates = page.locator('[data-dates]');
  await expect(dates).toHaveAttribute('data-today', '2026-12-02');
  await expect(dates).toContainText('Case Last Updated: 15 March 2021, 2088 days ago (about 6 years).');
  await expect(dates).toContainText('Case Created: 4 January 2021');
  await expect(dates).toContainText('a new date on its own is not a decision');
  await expect(dates.getByRole('link', { name: /Case Last Updated date/ })).toHaveAttribute(
    'href',
    '/guides/status-changes-case-last-updated/',
  );
});

test('the short text is read for a dropbox once the reader says there was no interview', async ({ page }) => {
  const box = await openDecoder(page);
  await box.fill(text('refused-letter'));
  const reading = page.locator('[data-variant="refused-letter"] [data-reading]');
  await expect(reading).toContainText('If you used dropbox');
  await page.getByRole('radio', { name: /dropbox/ }).check();
  await expect(reading).toContainText('after a dropbox you had no interview');
  await expect(reading).not.toContainText('letter decides');
  await page.getByRole('radio', { name: /Yes, I had an interview/ }).check();
  await expect(reading).toContainText('that letter decides');
});

test('a paste made before the script has arrived is kept and decoded', async ({ page }) => {
  // Hold the page's own script back, as a slow connection would, until the paste is in.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/decode\.astro_[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/decode/', { waitUntil: 'commit' });
  const box = page.getByRole('textbox', { name: /status text/i });
  await box.fill(longPaste);
  await expect(page.locator('#decoder-root')).not.toHaveAttribute('data-ready');
  release();
  await expect(page.locator('#decoder-root')).toHaveAttribute('data-ready', 'true');
  await expect(box).toHaveValue(longPaste);
  await expect(page.locator('[data-variant]')).toHaveAttribute('data-variant', 'refused-221g');
});

test('the verdict follows the text as it changes, without a button', async ({ page }) => {
  const box = await openDecoder(page);
  const result = page.locator('[data-variant]');
  await expect(result).toHaveAttribute('data-variant', 'unknown');
  await box.fill(text('refused-letter'));
  await expect(result).toHaveAttribute('data-variant', 'refused-letter');
  await box.fill('A U.S. consular officer has adjudicated and refused your visa application.');
  await expect(result).toHaveAttribute('data-variant', 'unknown');
  await expect(result).toContainText('more than one status text');
  await expect(result.getByRole('link', { name: /Refused \(short text/ })).toBeVisible();
  await box.fill('YOUR VISA IS IN FINAL PROCESSING');
  await expect(result).toHaveAttribute('data-variant', 'issued');
});

// The usual paste is the status word, the two date lines, the paragraph and the post's line: the
// box shows it whole, without scrolling inside it; a paste far longer than that stops growing the
// box within the window, so the verdict under it stays in reach.
for (const [width, height] of [
  [390, 844],
  [1280, 800],
] as const) {
  test(`at ${width} pixels wide the text box shows a whole typical paste, and a very long one stays within the window`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const box = await openDecoder(page);
    await box.fill(longPaste);
    const typical = await box.evaluate((t) => ({ content: t.scrollHeight, shown: t.clientHeight }));
    expect(typical.content).toBeLessThanOrEqual(typical.shown);
    await box.fill(Array.from({ length: 8 }, () => longPaste).join('\n'));
    expect((await box.boundingBox())!.height).toBeLessThanOrEqual(height * 0.8);
  });
}

test('a hostile paste is shown as nothing but text and changes neither the DOM nor the title', async ({ page }) => {
  const box = await openDecoder(page);
  const title = await page.title();
  const before = await page.evaluate(() => ({
    img: document.images.length,
    scripts: document.scripts.length,
    svg: document.querySelectorAll('svg').length,
  }));
  page.on('dialog', () => {
    throw new Error('a dialog opened');
  });
  await box.fill(hostile);
  await expect(page.locator('[data-variant]')).toHaveAttribute('data-variant', 'unknown');
  // Two rendered frames after the verdict: any node the paste could have added is in the DOM by
  // then (the counts and innerHTML below see it at once), without a fixed sleep.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.title()).toBe(title);
  const after = await page.evaluate(() => ({
    img: document.images.length,
    scripts: document.scripts.length,
    svg: document.querySelectorAll('svg').length,
  }));
  expect(after).toEqual(before);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main').innerHTML()).not.toContain('onerror');
});

test('nothing is requested, stored or put in the address after the page has loaded', async ({ page, context }) => {
  const box = await openDecoder(page);
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await box.fill(longPaste);
  await box.pressSequentially(' more words', { delay: 5 });
  await box.fill(hostile);
  await box.fill(text('issued'));
  await expect(page.locator('[data-variant]')).toHaveAttribute('data-variant', 'issued');
  // Two rendered frames after the last verdict: a request started by rendering it has been issued.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(requests).toEqual([]);
  expect(page.url()).toMatch(/\/decode\/$/);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  expect(await context.cookies()).toEqual([]);
});

test('the decoder works with the keyboard alone', async ({ page }) => {
  await openDecoder(page);
  const box = page.getByRole('textbox', { name: /status text/i });
  for (let i = 0; i < 20 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.type('Please see the letter you received at the interview.');
  await expect(page.locator('[data-variant]')).toHaveAttribute('data-variant', 'refused-letter');
  // The question "Did you have an interview at a window?" is one Tab stop (a radio group).
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: /Yes, I had an interview/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /About the status Refused \(short text/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/status\/refused-letter\/$/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the decoder page is axe clean empty, with a verdict and with advice (${scheme})`, async ({ page }) => {
    test.slow(); // three axe runs
    await page.emulateMedia({ colorScheme: scheme });
    const box = await openDecoder(page);
    expect(await axeViolations(page), `${scheme}, empty`).toEqual([]);
    await box.fill(longPaste);
    await expect(page.locator('[data-variant]')).toHaveAttribute('data-variant', 'refused-221g');
    expect(await axeViolations(page), `${scheme}, verdict`).toEqual([]);
    await box.fill('Refused');
    await expect(page.locator('[data-variant]')).toHaveAttribute('data-variant', 'unknown');
    expect(await axeViolations(page), `${scheme}, advice`).toEqual([]);
  });
}

// docs/design.md §9: at most 24 KB of JavaScript, counted in the browser the way
// tests/build/budgets.test.ts counts the build.
test('the page loads at most 24 KB of JavaScript (each file gzipped on its own) before any interaction, from this origin only', async ({
  page,
  baseURL,
}) => {
  const { total } = await scriptsOnLoad(page, baseURL!, 'decoder', () => openDecoder(page));
  expect(total).toBeLessThanOrEqual(24 * 1024);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page explains itself and shows the official texts to compare', async ({ page }) => {
    await page.goto('/decode/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Decode your CEAC status text');
    // Chromium with scripting disabled by the test harness does not render <noscript>; check it is there.
    expect(await page.locator('noscript').first().innerHTML()).toContain('The decoder needs JavaScript');
    await expect(page.getByRole('heading', { name: 'The official texts, to compare by eye' })).toBeVisible();
    await expect(page.locator('.ceac-text blockquote', { hasText: 'You will receive another adjudication' })).toBeVisible();
  });
});
