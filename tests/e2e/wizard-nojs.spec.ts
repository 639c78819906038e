import { test, expect, axeViolations } from './fixtures';

test.describe('the wizard without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('plain links from /wizard/ reach a verdict on the pre-rendered step pages', async ({ page }) => {
    await page.goto('/wizard/');
    await expect(page.locator('#wizard-start')).toBeVisible();
    await page.getByRole('link', { name: 'Refused, with a long text about administrative processing' }).click();
    await expect(page).toHaveURL(/\/wizard\/steps\/status-refused-long\/$/);
    await page.getByRole('link', { name: 'I dropped off my documents without an interview (dropbox)' }).click();
    await page.getByRole('link', { name: 'No paper' }).click();
    await page.getByRole('link', { name: 'Nothing so far' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Has your passport come back to you?' })).toBeVisible();
    await page.getByRole('link', { name: 'No, the embassy or consulate still has it' }).click();
    await expect(page).toHaveURL(/\/wizard\/steps\/status-refused-long\/route-dropbox\/paper-none\/asks-nothing\/passport-kept\/$/);
    const verdict = page.locator('[data-meaning]');
    await expect(verdict).toHaveCount(1);
    await expect(verdict).toHaveAttribute('data-meaning', 'administrative-processing');
    await expect(verdict).toHaveAttribute('data-outcome', 'dropbox-ap');
    await expect(verdict.getByRole('heading', { name: 'What to do now' })).toBeVisible();
    await expect(verdict).toContainText('The interactive wizard and the planner turn your interview date into calendar dates');
  });

  test('Change goes back to that question keeping the earlier answers, and Start again goes to the first', async ({ page }) => {
    await page.goto('/wizard/steps/status-refused-long/route-interview/officer-approved/paper-none/asks-nothing/passport-kept/');
    await page.getByRole('link', { name: 'Change what the officer said' }).click();
    await expect(page).toHaveURL(/\/wizard\/steps\/status-refused-long\/route-interview\/$/);
    await expect(page.locator('#question-heading')).toHaveText('What did the officer tell you at the end of the interview?');
    await page.getByRole('link', { name: 'Start again' }).click();
    await expect(page).toHaveURL(/\/wizard\/steps\/$/);
  });

  test('step pages are not for search engines and carry no search-index marker', async ({ page }) => {
    await page.goto('/wizard/steps/status-issued/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    const sitemap = await (await page.request.get('/sitemap-0.xml')).text();
    expect(sitemap).toContain('/wizard/</loc>');
    expect(sitemap).not.toContain('/wizard/steps/');
  });
});

// axe runs inside the page, so this runs with JavaScript on; the step pages have no wizard script.
test('axe finds no WCAG 2.2 AA problems on a no-JavaScript step page and verdict page', async ({ page }) => {
  await page.goto('/wizard/steps/status-refused-short/route-interview/');
  await expect(page.locator('#wizard-root')).toHaveCount(0); // no island: links only
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/wizard/steps/status-refused-long/route-interview/officer-221g/paper-221g/asks-unsure/slip-blue/');
  await expect(page.locator('[data-meaning]')).toHaveAttribute('data-meaning', 'unclear');
  expect(await axeViolations(page)).toEqual([]);
});
