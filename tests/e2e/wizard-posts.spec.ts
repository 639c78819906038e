import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, axeViolations } from './fixtures';

/** Bogotá's inquiry address, read from its entry so the test follows the data. */
const bogotaUrl = /^\s+url: (\S+)$/m.exec(readFileSync(join(import.meta.dirname, '../../src/content/posts/bogota.yaml'), 'utf8'))![1]!;
const answers = 'status=refused-long&route=interview&officer=221g&paper=221g&asks=nothing';
const steps = '/wizard/steps/status-refused-long/route-interview/officer-221g/paper-221g/asks-nothing/';

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
  expect(await axeViolations(page)).toEqual([]);
  return block;
}

test('an administrative-processing verdict links the posts’ inquiry channels', async ({ page }) => {
  expect(bogotaUrl).toMatch(/^https:\/\/co\.usembassy\.gov\//);
  await page.goto(`/wizard/?${answers}&since=2026-09-15`);
  await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
  const block = await checkBlock(page);
  await expect(block.getByRole('link', { name: 'Plan your dates' })).toHaveAttribute('href', '/next-steps/?since=2026-09-15');
});

test('the same block is on the page without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(steps);
  const block = await checkBlock(page);
  await expect(block.getByRole('link', { name: 'Plan your dates' })).toHaveAttribute('href', '/next-steps/');
  await context.close();
});

test('an issued verdict does not show it', async ({ page }) => {
  await page.goto('/wizard/steps/status-issued/');
  await expect(page.locator('[data-meaning]')).toHaveAttribute('data-meaning', 'issued');
  await expect(page.locator('.ask-post')).toHaveCount(0);
});
