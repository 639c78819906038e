/**
 * The privacy promise (docs/design.md §2), checked on a whole visit that uses every tool: nothing
 * goes to another origin, no cookie is set, and nothing is written to the device until the
 * user presses Save. What was typed never appears in any request URL.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './fixtures';

const longText = (
  parse(readFileSync(new URL('../../src/content/statuses/refused-221g.yaml', import.meta.url), 'utf8')) as { texts: { text: string }[] }
).texts[0]!.text;
const secret = 'AA00B7QPGN';

test('a visit that uses search, the wizard, the decoder and the planner sends nothing elsewhere and stores nothing unasked', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const stored = () => page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));

  // Search from the header.
  await page.goto('/');
  await page.getByRole('search').getByRole('searchbox').fill('pink slip');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();

  // The wizard, answered by clicking, with a date.
  await page.goto('/wizard/?route=interview&officer=221g&paper=221g&asks=documents&status=refused-long');
  await expect(page.locator('[data-meaning]')).toBeVisible();
  await page.getByLabel(/Add your interview or drop-off date/).fill('2026-01-15');
  await page.getByRole('button', { name: 'Show my dates' }).click();
  await expect(page.locator('[data-meaning]')).toContainText('Send the requested documents by 14 January 2027 at the latest');

  // The decoder, with a paste that contains something that looks like a case number.
  await page.goto('/decode/');
  const box = page.getByRole('textbox', { name: /status text/i });
  await expect(box).toBeEditable();
  await box.fill(`Refused\nApplication ID ${secret}\n${longText}`);
  await expect(page.locator('[data-variant]')).toHaveAttribute('data-variant', 'refused-221g');

  // The planner, filled in but not saved.
  await page.goto('/next-steps/');
  await page.getByLabel('Interview or drop-off date').fill('2026-03-10');
  await expect(page.getByRole('table').first()).toContainText('2026');

  expect(await stored(), 'nothing stored before Save').toEqual({ local: 0, session: 0, cookie: '' });
  expect(await context.cookies()).toEqual([]);
  expect(
    requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')),
    'requests to other origins',
  ).toEqual([]);
  expect(
    requests.filter((u) => u.includes(secret) || u.includes('adjudicated')),
    'typed text in a request',
  ).toEqual([]);

  // Only pressing Save writes, and only the planner's dates.
  await page.getByRole('button', { name: 'Save on this device' }).click();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).toEqual(['ceac-status-guide:next-steps']);
  expect(await page.evaluate(() => localStorage.getItem('ceac-status-guide:next-steps'))).not.toContain(secret);
});
