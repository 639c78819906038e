import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, axeViolations } from './fixtures';

/** Bogotá's inquiry address, read from its entry so the test follows the data. */
const bogotaUrl = /^\s+url: (\S+)$/m.exec(readFileSync(join(import.meta.dirname, '../../src/content/posts/bogota.yaml'), 'utf8'))![1]!;
const answers = 'status=refused-long&route=interview&officer=221g&paper=221g&asks=nothing';
const steps = '/wizard/steps/status-refused-long/route-interview/officer-221g/paper-221g/asks-nothing/';

/** The block on an administrative-processing verdict, opened, with Bogotá's channel and page linked. */
async function checkBlock(page: Page) {
  const verdict = page.locator('[data-meaning]');
  await expect(verdict).toHaveAttribute('data-meaning', 'administrative-processing');
  const block = verdict.locator('.ask-post');
  await expect(block).toHaveCount(1);
  await expect(block.getByRole('heading', { name: 'Where to ask: your embassy or consulate' })).toBeVisible();
  await block.getByText('Choose your embassy or consulate').click();
  await expect(block.locator('a[data-post="bogota"]')).toHaveAttribute('href', bogotaUrl);
  await expect(block.getByRole('link', { name: 'about U.S. Embassy Bogotá' })).toHaveAttribute('href', '/posts/bogota/');
  await expect(block.getByRole('link', { name: 'All embassies and consulates we list' })).toHaveAttribute('href', '/posts/');
  return block;
}

test('an administrative-processing verdict links the posts’ inquiry channels, and the planner link carries the date', async ({ page }) => {
  expect(bogotaUrl).toMatch(/^https:\/\/co\.usembassy\.gov\//);
  await page.goto(`/wizard/?${answers}&since=2026-09-15`);
  await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
  const block = await checkBlock(page);
  // Relative, like every other link in the verdict.
  await expect(block.getByRole('link', { name: 'Plan your dates' })).toHaveAttribute('href', '/next-steps/?since=2026-09-15');
  expect(await axeViolations(page)).toEqual([]);
});

test('the same block is on the verdict page without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(steps);
  const block = await checkBlock(page);
  await expect(block.getByRole('link', { name: 'Plan your dates' })).toHaveAttribute('href', '/next-steps/');
  await context.close();
});

// axe runs inside the page, so it needs JavaScript; the step pages have no wizard script, so the
// page it checks is the one readers without JavaScript get.
test('axe finds no WCAG 2.2 AA problems on the no-JavaScript verdict page with the block open', async ({ page }) => {
  await page.goto(steps);
  await checkBlock(page);
  expect(await axeViolations(page)).toEqual([]);
});

test('the printed case card leaves the block out', async ({ page }) => {
  await page.goto(`/wizard/?${answers}`);
  await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.ask-post')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ask-post')).toBeHidden();
});

test('an issued verdict does not show it', async ({ page }) => {
  await page.goto('/wizard/steps/status-issued/');
  await expect(page.locator('[data-meaning]')).toHaveAttribute('data-meaning', 'issued');
  await expect(page.locator('.ask-post')).toHaveCount(0);
});
