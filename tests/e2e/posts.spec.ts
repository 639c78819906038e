import { test, expect, axeViolations } from './fixtures';

for (const path of ['/posts/', '/posts/chennai/', '/posts/guangzhou/', '/posts/tokyo/']) {
  test(`${path} is axe clean`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a post page puts the inquiry channel first and links the planner for that post', async ({ page }) => {
  await page.goto('/posts/bogota/');
  const ask = page.getByRole('region', { name: 'Where to ask' });
  await expect(ask.getByRole('link', { name: 'Administrative processing page (U.S. Embassy Bogotá)' })).toHaveAttribute(
    'href',
    /^https:\/\/co\.usembassy\.gov\//,
  );
  await expect(page.getByRole('region', { name: 'How long to wait before asking' })).toContainText('120 days');
  await page.getByRole('link', { name: 'Work out your own dates for this post' }).click();
  await expect(page).toHaveURL(/\/next-steps\/\?post=bogota$/);
  await expect(page.getByLabel('Your embassy or consulate (optional)')).toHaveValue('bogota');
});

for (const [typed, expected] of [
  ['Bombay', /Mumbai/],
  ['Madras', /Chennai/],
  ['Saigon', /Ho Chi Minh City/],
  ['CDMX', /Mexico City/],
  ['Nigeria', /Lagos|Abuja/],
] as const) {
  test(`search finds the post for “${typed}”`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(typed)}`);
    await expect(page.getByRole('main').getByRole('link', { name: expected }).first()).toBeVisible();
  });
}
