/**
 * A lazily loaded script that cannot be loaded (a tab opened before a deploy asks for a hashed
 * /_astro/ chunk that no longer exists, or the connection dropped): the part of the page that needed
 * it says so, with a button that reloads the page, and keeps what was typed; after the reload the
 * part works. One test per lazy import of the wizard and the planner page (src/islands/Wizard.svelte,
 * src/islands/NextSteps.svelte, src/pages/next-steps.astro; the notice is src/components/ReloadNotice.astro).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const NOTICE =
  /This part of the page did not load, perhaps because the site was updated since you opened it or the connection dropped\. Reload the page to try again\./;
const SAVED_KEY = 'ceac-status-guide:next-steps';

/**
 * Makes the chunk whose file name starts with `name` fail, and records every failed request, so a
 * test can check that the aborted chunk is the only one (the console's "Failed to load resource" line,
 * allowed below, names no address). Returns the glob to unroute and the list of failed addresses.
 */
async function failChunk(page: Page, name: string) {
  const glob = `**/_astro/${name}.*.js`;
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(new URL(r.url()).pathname));
  await page.route(glob, (route) => route.abort());
  return { glob, failed, only: new RegExp(`^/_astro/${name}\\.[\\w-]+\\.js$`) };
}

/** The failed requests were all for the aborted chunk, and there was at least one. */
function onlyThatChunkFailed(chunk: { failed: string[]; only: RegExp }) {
  expect(chunk.failed.length).toBeGreaterThan(0);
  expect(chunk.failed.filter((path) => !chunk.only.test(path))).toEqual([]);
}

// The aborted chunk is logged by the browser as a failed resource; that is the condition under test.
test.use({ expectedConsoleErrors: [/^console\.error: Failed to load resource: net::ERR_FAILED$/] });

test.describe('the wizard', () => {
  test('a verdict whose dates cannot load says so, keeps the answers and the date, and a reload shows the dates', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-03T12:00:00'));
    const chunk = await failChunk(page, 'dates-list');
    await page.goto('/wizard/?route=interview&officer=221g&paper=221g&asks=documents&status=refused-long#since=2026-01-15');
    await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
    const dates = page.locator('section.dates');
    const notice = dates.getByRole('alert');
    await expect(notice).toContainText(NOTICE);
    await expect(notice.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    // The answers and the date stay, in the address and in "Your answers".
    await expect(page).toHaveURL(/#since=2026-01-15$/);
    await expect(page.getByRole('link', { name: 'Remove interview or drop-off date' })).toBeVisible();
    onlyThatChunkFailed(chunk);

    await page.unroute(chunk.glob);
    await notice.getByRole('button', { name: 'Reload the page' }).click();
    await expect(page.locator('#dates-list time[datetime="2027-01-14"]')).toHaveText(/14 January 2027/);
    await expect(page).toHaveURL(
      /\/wizard\/\?route=interview&officer=221g&paper=221g&asks=documents&status=refused-long#since=2026-01-15$/,
    );
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('the planner', () => {
  async function openPlanner(page: Page) {
    await page.clock.setFixedTime(new Date('2026-11-26T10:00:00'));
    await page.goto('/next-steps/');
    await expect(page.locator('#planner-root')).toHaveAttribute('data-ready', 'true');
  }
  const interview = (page: Page) => page.getByLabel('Interview or drop-off date');
  const refusal = (page: Page) => page.getByLabel('Refusal date on your slip or letter, if not the interview day');
  const row = (page: Page, id: string) => page.locator(`tr[data-entry="${id}"]`);

  test('dates typed while the planning code cannot load stay, and a reload shows their plan', async ({ page }) => {
    await openPlanner(page);
    const chunk = await failChunk(page, 'plan');
    await interview(page).fill('2026-03-10');
    await refusal(page).fill('2026-03-12');
    await page.getByLabel('Did the officer ask you for documents?').selectOption('yes');
    const notice = page.locator('.plan').getByRole('alert');
    await expect(notice).toContainText(NOTICE);
    await expect(interview(page)).toHaveValue('2026-03-10');
    await expect(refusal(page)).toHaveValue('2026-03-12');
    onlyThatChunkFailed(chunk);

    await page.unroute(chunk.glob);
    await notice.getByRole('button', { name: 'Reload the page' }).click();
    // The plan, from the dates the reload kept (in the address's fragment, never sent).
    await expect(row(page, 'check-status')).toContainText('12 March 2026');
    await expect(row(page, 'deadline')).toContainText('Send the requested documents by 11 March 2027 at the latest');
    await expect(interview(page)).toHaveValue('2026-03-10');
    await expect(refusal(page)).toHaveValue('2026-03-12');
    await expect(page.getByLabel('Did the officer ask you for documents?')).toHaveValue('yes');
    await expect(page).toHaveURL(/\/next-steps\/#since=2026-03-10&refusal=2026-03-12&asked=yes$/);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a calendar file whose writer cannot load says so, keeps the plan, and downloads after a reload', async ({ page }) => {
    await openPlanner(page);
    await interview(page).fill('2026-03-10');
    await expect(row(page, 'check-status')).toContainText('12 March 2026');
    const chunk = await failChunk(page, 'ics');
    await page.getByRole('button', { name: 'Download these dates (.ics)' }).click();
    const notice = page.locator('.plan').getByRole('alert');
    await expect(notice).toContainText(NOTICE);
    await expect(interview(page)).toHaveValue('2026-03-10');
    await expect(row(page, 'check-status')).toContainText('12 March 2026');
    onlyThatChunkFailed(chunk);

    await page.unroute(chunk.glob);
    await notice.getByRole('button', { name: 'Reload the page' }).click();
    await expect(row(page, 'check-status')).toContainText('12 March 2026');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download these dates (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('visa-next-steps.ics');
  });

  test('words about an unreadable saved record that cannot load are replaced by the notice, and a reload gives them', async ({ page }) => {
    await openPlanner(page);
    await page.evaluate((k) => localStorage.setItem(k, '{"v":1,"interview":"not a date"'), SAVED_KEY);
    const chunk = await failChunk(page, 'saved-words');
    await page.reload();
    await expect(page.locator('#planner-root')).toHaveAttribute('data-ready', 'true');
    const notice = page.locator('.plan').getByRole('alert');
    await expect(notice).toContainText(NOTICE);
    onlyThatChunkFailed(chunk);

    await page.unroute(chunk.glob);
    await notice.getByRole('button', { name: 'Reload the page' }).click();
    // The first load set the record aside; the words say so now.
    await expect(page.getByRole('alert')).toContainText('One unreadable record from an earlier visit is still set aside on this device.');
    await expect(page.getByRole('alert')).not.toContainText(NOTICE);
  });
});

test.describe('the letters', () => {
  test('letters that cannot load say so above them, keep what was typed, and work after a reload', async ({ page }) => {
    await page.goto('/next-steps/#since=2026-03-10');
    await expect(page.locator('#planner-root')).toHaveAttribute('data-ready', 'true');
    const chunk = await failChunk(page, 'letters-mount');
    const name = page.getByLabel('Full name as in your passport');
    await name.fill('Asha Rao');
    const notice = page.locator('#letters-reload').getByRole('alert');
    await expect(notice).toContainText(NOTICE);
    await expect(notice).toContainText('A reload empties the boxes of the letters.');
    await expect(name).toHaveValue('Asha Rao');
    await expect(page.locator('#letters-root')).not.toHaveAttribute('data-ready', 'true');
    // It keeps to the reading column, like the form above it, rather than the page's full width.
    const column = (await page.locator('.post-choice').boundingBox())!.width;
    expect((await notice.boundingBox())!.width).toBeLessThanOrEqual(column + 1);
    onlyThatChunkFailed(chunk);

    await page.unroute(chunk.glob);
    await notice.getByRole('button', { name: 'Reload the page' }).click();
    await expect(page.getByLabel('Interview or drop-off date')).toHaveValue('2026-03-10');
    await page.getByLabel('Full name as in your passport').fill('Asha Rao');
    await expect(page.locator('#letters-root')).toHaveAttribute('data-ready', 'true');
    const letter = page.getByRole('textbox', { name: 'Text of the inquiry to the embassy or consulate' });
    await expect(letter).toHaveValue(/Asha Rao/);
    await expect(letter).toHaveValue(/10 March 2026/);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
