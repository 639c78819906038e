import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';

/** Opens a wizard address and waits until the island has mounted (data-ready on its root). */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
}
const verdict = (page: Page) => page.locator('[data-meaning]');
const approvedKept = '/wizard/?route=interview&officer=approved&paper=none&asks=nothing&passport=kept&status=refused-long&since=2026-09-15';

test.describe('the wizard decides for today', () => {
  test('the same link gives another verdict when only today’s date changes', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-09-25T12:00:00'));
    await open(page, approvedKept);
    await expect(verdict(page)).toHaveCount(1);
    await expect(verdict(page)).toHaveAttribute('data-meaning', 'likely-approved');
    await expect(verdict(page)).toHaveAttribute('data-as-of', '2026-09-25');
    await expect(verdict(page)).toContainText('this answer becomes');

    await page.clock.setFixedTime(new Date('2026-12-01T12:00:00'));
    await open(page, approvedKept);
    await expect(verdict(page)).toHaveCount(1);
    await expect(verdict(page)).toHaveAttribute('data-meaning', 'administrative-processing');
    await expect(verdict(page)).toHaveAttribute('data-outcome', 'interim-expired');
    await expect(verdict(page)).toHaveAttribute('data-as-of', '2026-12-01');
    await expect(verdict(page)).toContainText('Decided for 1 December 2026');
  });

  test('a diversity visa after 30 September of its year can no longer be issued; before it the deadline comes first', async ({ page }) => {
    const dv = '/wizard/?route=interview&officer=221g&paper=221g&asks=nothing&status=refused-long&visa=iv-dv&since=2026-06-10';
    await page.clock.setFixedTime(new Date('2026-09-10T12:00:00'));
    await open(page, dv);
    await expect(verdict(page)).toHaveAttribute('data-outcome', 'dv-ap');
    await expect(page.locator('#verdict-now > .deadline-near').first()).toContainText('30 September 2026');
    await page.clock.setFixedTime(new Date('2026-12-01T12:00:00'));
    await open(page, dv);
    await expect(verdict(page)).toHaveAttribute('data-outcome', 'dv-deadline-passed');
  });

  test('hostile nationality, visa and date values are dropped with a notice, and the verdict still shows', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T12:00:00'));
    await open(page, `/wizard/?status=issued&nationality=${encodeURIComponent('<script>alert(1)</script>')}&visa=h1b&since=2030-01-01`);
    const notices = page.locator('.notices');
    await expect(notices).toContainText('left out');
    await expect(notices.locator('li')).toHaveCount(3);
    await expect(page.locator('script:text("alert(1)")')).toHaveCount(0);
    await expect(verdict(page)).toHaveAttribute('data-meaning', 'issued');
  });
});

test.describe('the passport check', () => {
  test('with the keyboard: choosing a visa kind and then a covered country puts the case on hold, with the policy and its sources', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T12:00:00'));
    await open(page, '/wizard/?route=interview&officer=221g&paper=221g&asks=nothing&status=refused-long');
    await expect(verdict(page)).toHaveAttribute('data-meaning', 'administrative-processing');
    // The verdict asks for the kind of visa itself, so the passport check does not ask it again.
    await page
      .getByRole('navigation', { name: 'What kind of visa did you apply for?' })
      .getByRole('link', { name: /^Student/ })
      .focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/visa=f-m-j/);
    await expect(page.locator('#visa-input')).toHaveCount(0);
    const country = page.getByLabel('Country of the passport you applied with');
    await country.focus();
    await page.keyboard.type('Iran');
    await expect(country).toHaveValue('ir');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/nationality=ir/);
    await expect(verdict(page)).toHaveCount(1);
    await expect(verdict(page)).toHaveAttribute('data-meaning', 'on-hold');
    await expect(verdict(page)).toHaveAttribute('data-outcome', 'on-hold-suspension');
    await expect(page.locator('.policy-note').first()).toContainText('Since');
    await expect(page.locator('.policy-unconfirmed').first()).toContainText('could not confirm');
  });

  test('a country on no list changes nothing', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T12:00:00'));
    await open(page, '/wizard/?route=interview&officer=221g&paper=221g&asks=nothing&status=refused-long&visa=f-m-j&nationality=fr');
    await expect(verdict(page)).toHaveAttribute('data-outcome', 'vetting-221g');
    await expect(page.locator('.policy-note')).toHaveCount(0);
  });

  test('axe finds no WCAG 2.2 AA problems on an on-hold verdict with the passport form', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T12:00:00'));
    await open(
      page,
      '/wizard/?route=interview&officer=221g&paper=221g&asks=documents&status=refused-long&visa=iv-family&nationality=pk&since=2026-03-01',
    );
    await expect(verdict(page)).toHaveAttribute('data-meaning', 'on-hold');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the passport check without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a verdict page links the list of measures, and a list leads to an on-hold verdict dated for the build', async ({ page }) => {
    await page.goto('/wizard/steps/status-refused-long/route-interview/officer-221g/paper-221g/asks-nothing/');
    await expect(verdict(page)).toHaveAttribute('data-meaning', 'administrative-processing');
    await expect(verdict(page)).toHaveAttribute('data-as-of', /^\d{4}-\d{2}-\d{2}$/);
    await page.getByRole('link', { name: 'Student or exchange visitor (F, M or J)' }).click();
    await expect(verdict(page)).toHaveAttribute('data-outcome', 'vetting-221g');
    await page.getByRole('link', { name: 'See whether your passport country is on one of the lists' }).click();
    await expect(page).toHaveURL(/\/wizard\/policies\/$/);
    await page.locator('a[href="/wizard/policies/pp10998-full/"]').click();
    await expect(verdict(page)).toHaveCount(1);
    await expect(verdict(page)).toHaveAttribute('data-meaning', 'on-hold');
    await expect(verdict(page)).toContainText('the day this page was made');
  });
});

test('axe finds no WCAG 2.2 AA problems on the no-JavaScript list of measures and a policy verdict', async ({ page }) => {
  await page.goto('/wizard/policies/');
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/wizard/policies/iv-pause-75-countries/');
  expect(await axeViolations(page)).toEqual([]);
});
