import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import { scriptsOnLoad } from './scripts-on-load';

/** Opens a wizard address and waits until the island has mounted (data-ready on its root). */
async function open(page: Page, path = '/wizard/') {
  await page.goto(path);
  await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
}

const verdict = (page: Page) => page.locator('[data-meaning]');

/** Chooses an answer with the keyboard only: into the radio group, arrows to the answer, Tab to Continue, Enter. */
async function answerByKeyboard(page: Page, label: RegExp) {
  for (let i = 0; i < 30 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')); i++) {
    await page.keyboard.press('Tab');
  }
  const radios = page.getByRole('radio');
  const count = await radios.count();
  let target = -1;
  for (let i = 0; i < count; i++)
    if (label.test((await radios.nth(i).evaluate((r) => (r as HTMLInputElement).labels?.[0]?.textContent ?? '')).trim())) target = i;
  expect(target, `no answer matches ${label}`).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Space'); // checks the first answer
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(target)).toBeChecked();
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Continue')); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
}

test.describe('the wizard with JavaScript', () => {
  test('a keyboard-only run reaches a verdict, and focus moves to each new heading', async ({ page }) => {
    await open(page);
    await answerByKeyboard(page, /^Refused, with a long text/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Did you have an interview, or did you drop off your documents?' }),
    ).toBeFocused();
    await answerByKeyboard(page, /^I had an interview/);
    await expect(page.locator('#question-heading')).toBeFocused();
    await answerByKeyboard(page, /^That my visa is approved/);
    await answerByKeyboard(page, /^No paper/);
    await answerByKeyboard(page, /^Nothing so far/);
    await expect(page.getByRole('heading', { level: 1, name: 'Did the officer keep your passport?' })).toBeFocused();
    await answerByKeyboard(page, /^Yes, they kept it/);
    await expect(verdict(page)).toHaveAttribute('data-meaning', 'likely-approved');
    await expect(verdict(page)).toHaveAttribute('data-outcome', 'approved-interim');
    await expect(page.locator('#verdict-heading')).toBeFocused();
    expect(new URL(page.url()).search).toBe('?route=interview&officer=approved&paper=none&asks=nothing&passport=kept&status=refused-long');
  });

  test('Continue with no answer chosen shows an error and stays on the question', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('#question-error')).toContainText('Choose one answer to continue.');
    await expect(page.locator('#question-heading')).toHaveText('What does CEAC show for your case now?');
    expect(new URL(page.url()).search).toBe('');
  });

  test('a shared address opens straight on the verdict, with exactly one data-meaning element', async ({ page }) => {
    await open(page, '/wizard/?route=dropbox&paper=221g&asks=interview&status=refused-long');
    await expect(verdict(page)).toHaveCount(1);
    await expect(verdict(page)).toHaveAttribute('data-meaning', 'interview-required');
    await expect(verdict(page)).toHaveAttribute('data-outcome', 'dropbox-interview');
    await expect(page.getByRole('heading', { level: 1, name: /Interview required: the dropbox waiver was not granted/ })).toBeVisible();
    // The outcome's fixed words come from the server-rendered template.
    await expect(verdict(page).getByRole('heading', { name: 'What to do now' })).toBeVisible();
    await expect(verdict(page).getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(verdict(page).locator('.kind-official').first()).toBeVisible();
  });

  test('a verdict shows one "reported cases like yours" line, built from the timelines at build time', async ({ page }) => {
    await open(page, '/wizard/?route=interview&officer=approved&paper=none&asks=nothing&passport=kept&status=refused-short');
    await expect(verdict(page).locator('.reported')).toHaveCount(1);
    await expect(verdict(page).locator('.reported')).toContainText(/\d+ reported cases? like yours \(/);
    await expect(verdict(page).locator('.reported')).toContainText('Reported experience, not official');
    await expect(verdict(page).locator('.reported').getByRole('link', { name: 'See the timelines' })).toHaveAttribute(
      'href',
      /^\/timelines\//,
    );
  });

  test('Change an earlier answer: the other answers are kept and count again when they apply', async ({ page }) => {
    await open(page, '/wizard/?route=interview&officer=approved&paper=none&asks=nothing&passport=kept&status=refused-long');
    await expect(verdict(page)).toHaveAttribute('data-outcome', 'approved-interim');
    await page.getByRole('link', { name: 'Change what the officer said' }).click();
    await expect(page.locator('#question-heading')).toHaveText('What did the officer tell you at the end of the interview?');
    await expect(page.getByRole('radio', { name: /^That my visa is approved/ })).toBeChecked(); // the previous answer
    expect(new URL(page.url()).search).toBe('?route=interview&paper=none&asks=nothing&passport=kept&status=refused-long');
    await page.getByText('That my visa is refused').click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(verdict(page)).toHaveAttribute('data-outcome', 'mixed-signals');
    // The passport answer stayed in the address although "refused" does not need it ...
    expect(new URL(page.url()).searchParams.get('passport')).toBe('kept');
    // ... so changing back to "approved" goes straight to the verdict again.
    await page.getByRole('link', { name: 'Change what the officer said' }).click();
    await page.getByText('That my visa is approved').click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(verdict(page)).toHaveAttribute('data-outcome', 'approved-interim');
  });

  test('Back and Forward move between the steps', async ({ page }) => {
    await open(page);
    await page.getByText('Issued', { exact: true }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(verdict(page)).toHaveAttribute('data-meaning', 'issued');
    await page.goBack();
    await expect(page.locator('#question-heading')).toHaveText('What does CEAC show for your case now?');
    await expect(verdict(page)).toHaveCount(0);
    await page.goForward();
    await expect(verdict(page)).toHaveAttribute('data-meaning', 'issued');
  });

  test('Start again clears every answer', async ({ page }) => {
    await open(page, '/wizard/?route=interview&status=refused-long');
    await page.getByRole('link', { name: 'Start again' }).click();
    await expect(page.locator('#question-heading')).toHaveText('What does CEAC show for your case now?');
    expect(new URL(page.url()).search).toBe('');
  });

  test('bad and contradictory answers in a link are dropped with a visible notice, and the wizard asks again', async ({ page }) => {
    await open(page, '/wizard/?route=dropbox&officer=approved&status=bogus&utm_source=mail');
    const notice = page.locator('#wizard-root').getByRole('status');
    await expect(notice).toContainText('“bogus” is not one of the answers for the CEAC status');
    await expect(notice).toContainText('A dropbox case has no interview');
    await expect(page.locator('#question-heading')).toHaveText('What does CEAC show for your case now?');
    expect(new URL(page.url()).search).toBe('?route=dropbox'); // cleaned, without a new history entry
  });

  test('"not sure" answers are explained in the verdict', async ({ page }) => {
    await open(page, '/wizard/?route=interview&officer=221g&paper=221g&asks=unsure&slip=pink&status=refused-long');
    await expect(verdict(page)).toHaveAttribute('data-meaning', 'unclear');
    await expect(verdict(page)).toContainText('Whether you were asked for something decides whether a one-year deadline applies');
    await expect(verdict(page)).toContainText('U.S. Consulate in Chennai');
  });

  test('adding the interview date shows dates, built by a chunk loaded only then', async ({ page }) => {
    const chunks: string[] = [];
    page.on('request', (r) => /\/_astro\/dates-list\.[\w-]+\.js$/.test(r.url()) && chunks.push(r.url()));
    // Today fixed, so the dates shown do not depend on the day the test runs.
    await page.clock.setFixedTime(new Date('2026-12-03T12:00:00'));
    await open(page, '/wizard/?route=interview&officer=221g&paper=221g&asks=documents&status=refused-long');
    await expect(verdict(page).getByRole('heading', { name: 'By when' })).toBeVisible();
    expect(chunks).toEqual([]);
    await page.getByLabel(/Add your interview or drop-off date/).fill('2026-01-15');
    await page.getByRole('button', { name: 'Show my dates' }).click();
    await expect(page).toHaveURL(/since=2026-01-15/);
    await expect(verdict(page)).toContainText('Send the requested documents by 14 January 2027 at the latest');
    await expect(verdict(page)).toContainText('Ask about administrative processing from');
    await expect(page.getByRole('link', { name: 'Remove interview or drop-off date' })).toBeVisible();
    expect(chunks.length).toBe(1);
    // Built as DOM (src/islands/dates-list.ts): each line's date in <time datetime>, with its basis.
    await expect(page.locator('#dates-list time[datetime="2027-01-14"]')).toHaveText(/14 January 2027/);
    await expect(page.locator('#dates-list li .detail .basis-official').first()).toHaveText('Official');
    await expect(page.locator('#dates-list li.past')).toHaveCount(0);
  });

  test('a date that has passed is marked, and is not the only date shown', async ({ page }) => {
    // Two business days after 15 January 2026 have passed by the 22nd, still inside the interim window.
    await page.clock.setFixedTime(new Date('2026-01-22T12:00:00'));
    await open(
      page,
      '/wizard/?route=interview&officer=approved&paper=none&asks=nothing&passport=kept&status=refused-short&since=2026-01-15',
    );
    const past = page.locator('#dates-list li.past');
    await expect(past.first()).toContainText('(this date has passed)');
    await expect(page.locator('#dates-list li:not(.past)').first()).toBeVisible();
  });

  for (const format of ['A4', 'Letter'] as const) {
    test(`a printed verdict fits one ${format} page and keeps only the case card`, async ({ page }) => {
      // The verdict is decided for today (docs/adr/010): pin today inside the interim window.
      await page.clock.setFixedTime(new Date('2026-01-20T12:00:00'));
      await open(
        page,
        '/wizard/?route=interview&officer=approved&paper=none&asks=nothing&passport=kept&status=refused-short&since=2026-01-15',
      );
      await expect(verdict(page)).toContainText('Check CEAC again from');
      const pdf = await page.pdf({ format });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBe(1);
      await page.emulateMedia({ media: 'print' });
      // Kept: the outcome, its date, the dates, what to do, when to worry, the sources, the link back, the answers.
      await expect(verdict(page).locator('.kicker')).toBeVisible();
      // The verdict is the page's h1 (the only h1: the wizard's own heading is not on a result page).
      await expect(verdict(page).getByRole('heading', { level: 1 })).toBeVisible();
      await expect(verdict(page).locator('.summary')).toBeVisible();
      await expect(verdict(page).getByText('Printed on 20 January 2026.')).toBeVisible();
      await expect(verdict(page).getByText('Decided for 20 January 2026.')).toBeVisible();
      await expect(verdict(page).getByRole('heading', { name: 'By when' })).toBeVisible();
      await expect(verdict(page).getByRole('heading', { name: 'What to do now' })).toBeVisible();
      await expect(verdict(page).getByRole('heading', { name: 'When to worry' })).toBeVisible();
      await expect(verdict(page).getByRole('heading', { name: 'Sources' })).toBeVisible();
      await expect(page.getByText(/Reopen this answer: https?:\/\/.+\/wizard\/\?route=interview/)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Your answers' })).toBeVisible();
      // Left off: the page around the card and the verdict's on-screen extras.
      await expect(page.getByRole('button', { name: 'Print or save a case card' })).toBeHidden();
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.site-footer')).toBeHidden();
      for (const name of ['Why we think so', 'What not to do', 'What would change this answer', 'Read more']) {
        await expect(verdict(page).getByRole('heading', { name })).toBeHidden();
      }
    });
  }

  test('a block added to a verdict later stays off the printed card', async ({ page }) => {
    await open(page, '/wizard/?route=interview&officer=approved&paper=none&asks=nothing&passport=kept&status=refused-short');
    await expect(verdict(page).getByRole('heading', { name: 'What to do now' })).toBeVisible();
    await page.evaluate(() => {
      const extra = (text: string) => Object.assign(document.createElement('section'), { className: 'newly-added', textContent: text });
      document.querySelector('#verdict-body')!.append(extra('added to the body'));
      document.querySelector('.verdict')!.append(extra('added to the verdict'));
    });
    await expect(page.locator('.newly-added')).toHaveCount(2);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.newly-added').first()).toBeHidden();
    await expect(page.locator('.newly-added').last()).toBeHidden();
  });

  test('axe finds no WCAG 2.2 AA problems on a question, a verdict with dates, and in dark mode', async ({ page }) => {
    // Four axe runs over a page that now also carries the policy notes as <template>s (docs/adr/010).
    test.setTimeout(90_000);
    await page.clock.setFixedTime(new Date('2026-01-20T12:00:00'));
    await open(page, '/wizard/?status=refused-long');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continue' }).click(); // the error state
    expect(await axeViolations(page)).toEqual([]);
    await open(page, '/wizard/?route=interview&officer=nothing&paper=none&asks=unsure&passport=kept&status=other&since=2026-01-15');
    await expect(verdict(page)).toContainText('Check CEAC again from');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
  });

  // docs/design.md §9: at most 24 KB of JavaScript, each file gzipped on its own as a host sends
  // it and summed, as tests/build/budgets.test.ts counts it (docs/adr/005-wizard-javascript-budget.md).
  test('the page loads at most 24 KB of JavaScript (each file gzipped on its own), from this origin only', async ({ page, baseURL }) => {
    const { total } = await scriptsOnLoad(page, baseURL!, 'wizard', () =>
      open(page, '/wizard/?route=interview&officer=approved&paper=none&asks=nothing&passport=kept&status=refused-long'),
    );
    expect(total).toBeLessThanOrEqual(24 * 1024);
  });
});

test.describe('the reviewer page', () => {
  test('lists every rule and draws the flow with no script beyond the site-wide ones', async ({ page }) => {
    await page.goto('/guides/');
    const siteWide = await page.locator('script[src]').evaluateAll((els) => els.map((e) => e.getAttribute('src')));
    await page.goto('/wizard/flow/');
    const here = await page.locator('script[src]').evaluateAll((els) => els.map((e) => e.getAttribute('src')));
    expect(here.filter((src) => !siteWide.includes(src))).toEqual([]);
    await expect(page.getByRole('heading', { level: 1, name: 'How the wizard decides' })).toBeVisible();
    // 30 answer rules (25, and 5 visa variants) and 6 time and policy rules.
    await expect(page.locator('ol.rules > li')).toHaveCount(36);
    await expect(page.getByRole('img', { name: /Wizard flow/ })).toBeVisible();
  });
});
