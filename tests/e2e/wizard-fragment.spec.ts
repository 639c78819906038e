/**
 * The wizard's personal facts stay out of requests (docs/design.md §2 and §5.1): the interview date
 * and the passport country go in the address fragment, which the browser never sends, and an
 * old link with both in the query string still opens the same verdict. Also the case card's
 * "Printed on" line, in print emulation.
 */
import type { Page } from '@playwright/test';
import { formatIsoDate } from '../../src/lib/dates/calendar';
import { test, expect } from './fixtures';

const situation = '?route=interview&officer=221g&paper=221g&asks=nothing&status=refused-long';

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
}
const verdict = (page: Page) => page.locator('[data-meaning]');

test('answering with a date and a passport country sends neither in any request', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T12:00:00'));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await open(page, `/wizard/${situation}`);
  await expect(verdict(page)).toHaveAttribute('data-meaning', 'administrative-processing');
  await page.getByLabel(/Add your interview or drop-off date/).fill('2026-01-15');
  await page.getByRole('button', { name: 'Show my dates' }).click();
  await page.getByRole('link', { name: /^Student or exchange visitor/ }).click();
  await page.getByLabel('Country of the passport you applied with').selectOption('ir');
  await page.getByRole('button', { name: 'Check my passport country' }).click();
  await expect(verdict(page)).toHaveAttribute('data-meaning', 'on-hold');
  expect(new URL(page.url()).hash).toBe('#since=2026-01-15&nationality=ir');
  expect(new URL(page.url()).search).toBe(`${situation}&visa=f-m-j`);
  // Reloading sends the page's address to the host (as sharing or a bookmark would): the request
  // carries the query string only, and the reloaded page reads the date and country from the fragment.
  await page.reload();
  await expect(verdict(page)).toHaveAttribute('data-meaning', 'on-hold');
  expect(requests.length).toBeGreaterThan(3);
  expect(
    requests.filter((u) => u.includes('2026-01-15') || u.includes('nationality')),
    'a request carrying the date or the country',
  ).toEqual([]);
});

test('an old link with the date and the country in the query string opens the same verdict, rewritten into the fragment', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-01T12:00:00'));
  await open(page, `/wizard/${situation}&since=2026-01-15&visa=f-m-j&nationality=ir`);
  await expect(verdict(page)).toHaveAttribute('data-meaning', 'on-hold');
  const outcome = await verdict(page).getAttribute('data-outcome');
  expect(new URL(page.url()).search).toBe(`${situation}&visa=f-m-j`);
  expect(new URL(page.url()).hash).toBe('#since=2026-01-15&nationality=ir');
  await open(page, `/wizard/${situation}&visa=f-m-j#since=2026-01-15&nationality=ir`);
  await expect(verdict(page)).toHaveAttribute('data-outcome', outcome!);
});

test('the printed case card says the reader’s date it was printed on', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T12:00:00'));
  await open(page, `/wizard/${situation}`);
  await expect(verdict(page)).toHaveAttribute('data-meaning', 'administrative-processing');
  const line = page.locator('.printed-on');
  await expect(line).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(line).toBeVisible();
  await expect(line).toHaveText(`Printed on ${formatIsoDate('2026-12-01')}.`);
});
