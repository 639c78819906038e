import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import { scriptsOnLoad } from './scripts-on-load';

const SAVED_KEY = 'ceac-status-guide:next-steps';
const SET_ASIDE_KEY = 'ceac-status-guide:next-steps:unreadable';

async function openPlanner(page: Page, query = '') {
  // A fixed clock: "today" is 26 November 2026, 10:00 local time.
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00'));
  await page.goto(`/next-steps/${query}`);
  await plannerReady(page);
}

/** The page script sets data-ready once the planner is hydrated (the letters have their own, set on first use). */
async function plannerReady(page: Page) {
  await expect(page.locator('#planner-root')).toHaveAttribute('data-ready', 'true');
}

/** The letters' script chunk (src/islands/letters-mount.ts with Letters.svelte). */
const isLettersScript = (url: string) => /\/_astro\/letters-mount\.[\w-]+\.js$/.test(new URL(url).pathname);

const row = (page: Page, id: string) => page.locator(`tr[data-entry="${id}"]`);

test('an interview on 10 March 2026 gives the hand-checked dates', async ({ page }) => {
  await openPlanner(page);
  await page.getByLabel('Interview or drop-off date').fill('2026-03-10');
  await expect(row(page, 'check-status')).toContainText('12 March 2026');
  await expect(row(page, 'inquiry')).toContainText('6 September 2026');
  await expect(row(page, 'deadline')).toContainText('Send the requested documents by 9 March 2027 at the latest');
  await expect(page.getByText(/261 calendar days/)).toBeVisible();
  await expect(page.getByText(/180 business days/)).toBeVisible();
  await page.getByLabel('Date you sent documents, if you were asked for any').fill('2026-04-01');
  await expect(row(page, 'inquiry')).toContainText('28 September 2026');
  await page.getByLabel('Your embassy or consulate (optional)').selectOption('bogota');
  await expect(row(page, 'inquiry')).toContainText('30 July 2026');
});

test.describe('choosing a post', () => {
  test("changes the inquiry date, shows the general date beside it, and changes the letter's recipient line", async ({ page }) => {
    await openPlanner(page, '?since=2026-03-10');
    await expect(row(page, 'inquiry')).toContainText('6 September 2026');
    await page.getByLabel('Your embassy or consulate (optional)').selectOption('bogota');
    await expect(row(page, 'inquiry')).toContainText('8 July 2026');
    await expect(row(page, 'inquiry')).toContainText(
      'under the guidance of the U.S. Embassy Bogotá. The general 180-day guidance gives 6 September 2026.',
    );

    const letter = page.getByRole('textbox', { name: 'Text of the inquiry to the embassy or consulate' });
    await expect(letter).toHaveValue(/Dear Consular Section,\n/);
    await page.getByLabel('Full name as in your passport').fill('Asha Rao');
    await expect(page.locator('#letters-root')).toHaveAttribute('data-ready', 'true');
    await expect(letter).toHaveValue(/Dear Consular Section of the U\.S\. Embassy Bogotá,\n/);
    await expect(letter).toHaveValue(/interviewed at U\.S\. Embassy Bogotá on 10 March 2026/);
    await expect(
      page.locator('.send-to').getByRole('link', { name: 'Administrative processing page (U.S. Embassy Bogotá)' }),
    ).toHaveAttribute('href', 'https://co.usembassy.gov/visas/nonimmigrant-visas/administrative-process/');

    await page.getByLabel('Your embassy or consulate (optional)').selectOption('chennai');
    await expect(row(page, 'inquiry')).toContainText('6 September 2026');
    await expect(row(page, 'inquiry')).not.toContainText('The general 180-day guidance gives');
    await expect(letter).toHaveValue(/Dear Consular Section of the U\.S\. Consulate General Chennai,\n/);
  });

  test('the wizard hand-off (?post=…&since=…) chooses the post; an unknown post gets a notice, not a crash', async ({ page }) => {
    await openPlanner(page, '?post=guangzhou&since=2026-03-10');
    await expect(page.getByLabel('Your embassy or consulate (optional)')).toHaveValue('guangzhou');
    await expect(row(page, 'inquiry')).toContainText('9 April 2026');
    await openPlanner(page, '?post=atlantis&since=2026-03-10');
    await expect(page.getByRole('alert')).toContainText('The link names an embassy or consulate we do not list');
    await expect(page.getByLabel('Your embassy or consulate (optional)')).toHaveValue('');
    await expect(row(page, 'inquiry')).toContainText('6 September 2026');
  });

  test('the chosen post is saved with the dates', async ({ page }) => {
    await openPlanner(page, '?post=bogota&since=2026-03-10');
    await page.getByRole('button', { name: 'Save on this device' }).click();
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), SAVED_KEY);
    expect(saved).toEqual({ v: 1, savedOn: '2026-11-26', interview: '2026-03-10', rule: 'state-department-180', post: 'bogota' });
    await openPlanner(page);
    await expect(page.getByLabel('Your embassy or consulate (optional)')).toHaveValue('bogota');
    await expect(row(page, 'inquiry')).toContainText('8 July 2026');
  });
});

// A select shows its chosen option on one line and cuts what does not fit, with no ellipsis: at
// phone widths every entry of the post list, the "not chosen" one included, must fit the box.
for (const width of [320, 390]) {
  test(`at ${width} pixels wide the post list is as wide as its box and shows each entry in full when chosen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/next-steps/');
    const fit = await page.locator('#p-post').evaluate((select: HTMLSelectElement) => {
      const box = select.parentElement!;
      const padding = parseFloat(getComputedStyle(box).paddingLeft) + parseFloat(getComputedStyle(box).paddingRight);
      const clipped: string[] = [];
      for (const option of select.options) {
        select.value = option.value;
        if (select.scrollWidth > select.clientWidth) clipped.push(`${option.text} (${select.scrollWidth} > ${select.clientWidth})`);
      }
      return { clipped, count: select.options.length, width: select.offsetWidth, room: box.clientWidth - padding };
    });
    expect(fit.count).toBeGreaterThan(20);
    expect(fit.clipped).toEqual([]);
    expect(fit.width).toBeGreaterThanOrEqual(fit.room - 1);
  });
}

test('the wizard link fills the interview date, and a bad one is reported', async ({ page }) => {
  await openPlanner(page, '?since=2026-03-10');
  await expect(page.getByLabel('Interview or drop-off date')).toHaveValue('2026-03-10');
  await expect(row(page, 'inquiry')).toContainText('6 September 2026');
  await openPlanner(page, '?since=2026-02-30');
  await expect(page.getByRole('alert')).toContainText('The date in the link is not a valid date');
  await expect(page.getByLabel('Interview or drop-off date')).toHaveValue('');
});

test('the dates download as an .ics file of the dates from today on, each with its reminders', async ({ page }) => {
  await openPlanner(page, '?since=2026-03-10');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download these dates (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('visa-next-steps.ics');
  const ics = readFileSync((await download.path())!, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  // Today is 26 November 2026: the check-status (12 March) and inquiry (6 September) dates have passed.
  expect(unfolded.match(/DTSTART;VALUE=DATE:(\d{8})/g)).toEqual(['DTSTART;VALUE=DATE:20270309']);
  expect(unfolded.match(/BEGIN:VALARM/g)).toHaveLength(3);
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toBeVisible();
});

test('dates are saved only on Save, survive a reload, and Forget removes them', async ({ page }) => {
  await openPlanner(page);
  await page.getByLabel('Interview or drop-off date').fill('2026-03-10');
  expect(await page.evaluate((k) => localStorage.getItem(k), SAVED_KEY)).toBeNull();
  await page.getByRole('button', { name: 'Save on this device' }).click();
  const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SAVED_KEY))!);
  expect(saved).toEqual({ v: 1, savedOn: '2026-11-26', interview: '2026-03-10', rule: 'state-department-180' });
  await page.reload();
  await plannerReady(page);
  await expect(page.getByLabel('Interview or drop-off date')).toHaveValue('2026-03-10');
  await expect(page.getByText('Loaded the dates you saved on 26 November 2026.')).toBeVisible();
  await page.getByRole('button', { name: 'Forget saved dates' }).click();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.reload();
  await plannerReady(page);
  await expect(page.getByLabel('Interview or drop-off date')).toHaveValue('');
});

test('a corrupt saved record is reported and set aside, and the page keeps working', async ({ page }) => {
  await openPlanner(page);
  await page.evaluate((k) => localStorage.setItem(k, '{"v":1,"interview":"not a date"'), SAVED_KEY);
  await page.reload();
  await plannerReady(page);
  await expect(page.getByRole('alert')).toContainText('could not be read (it is not valid JSON)');
  expect(await page.evaluate((k) => [localStorage.getItem(k[0]!), localStorage.getItem(k[1]!)], [SAVED_KEY, SET_ASIDE_KEY])).toEqual([
    null,
    '{"v":1,"interview":"not a date"',
  ]);
  await page.getByLabel('Interview or drop-off date').fill('2026-03-10');
  await expect(row(page, 'deadline')).toContainText('Send the requested documents by 9 March 2027 at the latest');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Delete the unreadable record' }).click();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test.describe('letters', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('fill in the page, copy with one click, and are never stored or sent', async ({ page }) => {
    await openPlanner(page, '?since=2026-03-10');
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    // Typing is what loads the letters' own script; that one GET of a site file is the only request.
    await page.getByLabel('Full name as in your passport').fill('Asha Rao');
    await page.getByLabel('Case number or application ID').fill('AA00TEST01');
    await page.getByLabel('Embassy or consulate', { exact: true }).fill('U.S. Consulate General Mumbai');
    const letter = page.getByRole('textbox', { name: 'Text of the inquiry to the embassy or consulate' });
    await expect(letter).toHaveValue(/Case number or application ID: AA00TEST01/);
    await expect(letter).toHaveValue(/interviewed at U\.S\. Consulate General Mumbai on 10 March 2026/);
    await page.getByRole('button', { name: 'Copy the inquiry to the embassy or consulate' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied the inquiry' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Dear Consular Section');
    await page.getByRole('button', { name: 'Save on this device' }).click();
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).not.toContain('AA00TEST01');
    expect(stored).not.toContain('Asha');
    expect(page.url()).not.toContain('AA00TEST01');
    expect(requests.filter((url) => !isLettersScript(url))).toEqual([]);
    expect(requests.map((url) => new URL(url).search)).toEqual(requests.map(() => ''));
  });

  test('load their script only when first used, keep what was typed meanwhile, and follow the planner dates', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await openPlanner(page, '?since=2026-03-10');
    await page.waitForLoadState('networkidle');
    const letter = page.getByRole('textbox', { name: 'Text of the inquiry to the embassy or consulate' });
    // Server-rendered: readable, with [brackets], before the script is there.
    await letter.scrollIntoViewIfNeeded();
    await expect(letter).toHaveValue(/Full name \(as in passport\): \[your full name as in your passport\]/);
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 400);
    // Wait for the scroll to land (or the page end) and two frames to render after it
    // (intersection observers and scroll handlers have run by then), instead of a fixed sleep.
    await page.waitForFunction(
      (y) => window.scrollY !== y || window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 1,
      before,
    );
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(scripts.filter(isLettersScript), 'letters script before any interaction').toEqual([]);
    await expect(page.locator('#letters-root')).not.toHaveAttribute('data-ready');

    await page.getByLabel('Full name as in your passport').fill('Asha Rao');
    await expect(page.locator('#letters-root')).toHaveAttribute('data-ready', 'true');
    expect(scripts.filter(isLettersScript)).toHaveLength(1);
    await expect(letter).toHaveValue(/Full name \(as in passport\): Asha Rao/);
    await expect(letter).toHaveValue(/on 10 March 2026/);
    await page.getByLabel('Case number or application ID').fill('AA00TEST01');
    await expect(letter).toHaveValue(/Case number or application ID: AA00TEST01/);
    await page.getByLabel('Interview or drop-off date').fill('2026-03-12');
    await expect(letter).toHaveValue(/on 12 March 2026/);
  });

  test('a Copy pressed before their script has loaded still copies', async ({ page }) => {
    await openPlanner(page);
    await expect(page.locator('#letters-root')).not.toHaveAttribute('data-ready');
    await page.getByRole('button', { name: 'Copy the note for an employer or school (administrative processing)' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Copied the note for an employer or school (administrative processing)' }),
    ).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('[your full name as in your passport]');
  });
});

test('the planner works with the keyboard alone', async ({ page }) => {
  await openPlanner(page);
  const date = page.getByLabel('Interview or drop-off date');
  for (let i = 0; i < 25 && !(await date.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(date).toBeFocused();
  await page.keyboard.type('03102026');
  await expect(row(page, 'inquiry')).toContainText('6 September 2026');
  const save = page.getByRole('button', { name: 'Save on this device' });
  // Each date input takes three Tabs (month, day, year) in Chromium.
  for (let i = 0; i < 30 && !(await save.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(save).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved on this device only.')).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the next-steps page is axe clean, empty and with dates (${scheme})`, async ({ page }) => {
    test.slow(); // two axe runs on a long page
    await page.emulateMedia({ colorScheme: scheme });
    await openPlanner(page);
    expect(await axeViolations(page), `${scheme}, empty`).toEqual([]);
    await page.getByLabel('Interview or drop-off date').fill('2026-03-10');
    await expect(row(page, 'inquiry')).toBeVisible();
    expect(await axeViolations(page), `${scheme}, with dates`).toEqual([]);
  });
}

// docs/design.md §9: at most 24 KB of JavaScript before any interaction, counted in the browser the
// way tests/build/budgets.test.ts counts the build.
test('the page loads at most 24 KB of JavaScript (each file gzipped on its own) before any interaction; the date arithmetic comes with the first date', async ({
  page,
  baseURL,
}) => {
  const { scripts, total } = await scriptsOnLoad(page, baseURL!, 'planner', () => openPlanner(page));
  expect(total).toBeLessThanOrEqual(24 * 1024);
  const planScript = (s: { url: string }) => /\/_astro\/plan\.[\w-]+\.js$/.test(new URL(s.url).pathname);
  expect(scripts.filter(planScript)).toEqual([]);
  await page.getByLabel('Interview or drop-off date').fill('2026-03-10');
  await expect(row(page, 'inquiry')).toContainText('6 September 2026');
  expect(scripts.filter(planScript)).toHaveLength(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page states the rules in words with a worked example', async ({ page }) => {
    await page.goto('/next-steps/');
    // Chromium with scripting disabled by the test harness does not render <noscript>; check it is there.
    expect(await page.locator('noscript').first().innerHTML()).toContain('The planner needs JavaScript');
    const rules = page.locator('.rules');
    await expect(rules).toContainText('Count 180 days from your interview or drop-off');
    await expect(rules).toContainText('Ask about administrative processing from 6 September 2026');
    await expect(page.getByRole('textbox', { name: 'Text of the inquiry to the embassy or consulate' })).toHaveValue(
      /\[your full name as in your passport\]/,
    );
  });
});

test.describe('without JavaScript, by hand', () => {
  test.use({ javaScriptEnabled: false });
  test('the planner says which dates it needs and gives the rule to work each one out by hand', async ({ page }) => {
    await page.goto('/next-steps/');
    const fallback = (await page.locator('noscript').first().innerHTML()).replace(/\s+/g, ' ');
    expect(fallback).toContain('you need your interview or drop-off date');
    expect(fallback).toContain('Count 180 days from your interview or drop-off');
    expect(fallback).toContain('Take the same date one year later and go back one day');
  });
});

test.describe('one situation, one date, one wording', () => {
  // Interview on 10 November 2026 with a 221(g) asking for documents; today is 26 November 2026.
  const wizardUrl = '/wizard/?route=interview&officer=221g&paper=221g&asks=documents&status=refused-long&since=2026-11-10';
  const deadline = 'Send the requested documents by 9 November 2027 at the latest';
  const inquiry = 'Ask about administrative processing from 25 May 2027';

  async function fromWizard(page: Page) {
    await page.clock.setFixedTime(new Date('2026-11-26T10:00:00'));
    await page.goto(wizardUrl);
    await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
    const verdict = page.locator('[data-meaning]');
    await expect(verdict).toContainText(deadline);
    await expect(verdict).toContainText(inquiry);
    await page.getByRole('link', { name: 'Plan my dates and letters' }).click();
    await plannerReady(page);
  }

  test('the wizard verdict, the planner and the calendar file give the same dates in the same words', async ({ page }) => {
    await fromWizard(page);
    await expect(row(page, 'deadline')).toContainText(deadline);
    await expect(row(page, 'inquiry')).toContainText(inquiry);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download these dates (.ics)' }).click(),
    ]);
    const unfolded = readFileSync((await download.path())!, 'utf8').replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain(`SUMMARY:Visa: ${deadline}`);
    expect(unfolded).toContain(`SUMMARY:Visa: ${inquiry}`);
    expect(unfolded).toContain('What your answers most likely mean: Documents requested.');
  });

  test('the verdict’s link carries the date and the meaning into the planner and its letters, and the planner links back', async ({
    page,
  }) => {
    await fromWizard(page);
    await expect(page).toHaveURL(/\/next-steps\/\?.*&meaning=documents-requested&asked=yes#since=2026-11-10$/);
    await expect(page.getByLabel('Interview or drop-off date')).toHaveValue('2026-11-10');
    await expect(page.getByLabel('Did the officer ask you for documents?')).toHaveValue('yes');
    await expect(page.locator('[data-meaning-from-wizard="documents-requested"]')).toBeVisible();
    await expect(page.locator('[data-letters-meaning="documents-requested"]')).toContainText('send the documents first');
    const back = page.getByRole('link', { name: 'Back to your answer in the wizard' });
    await expect(back).toHaveAttribute('href', /^\/wizard\/\?route=interview&.*since=2026-11-10/);
    await back.click();
    await expect(page.locator('[data-meaning]')).toHaveAttribute('data-meaning', 'documents-requested');
  });
});
