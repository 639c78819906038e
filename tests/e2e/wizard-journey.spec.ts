/**
 * The wizard's journey held to the GOV.UK pattern (issue 15): headings and titles per step, the
 * order of a result, Back, the error summary, the decoder's way back, and the copied link. The
 * island and the no-JavaScript step pages are checked for the same behaviour.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const SITE = ' · CEAC Status Guide';
const approved = '?route=interview&officer=approved&paper=none&asks=nothing&passport=kept&status=refused-long';
const approvedSteps = '/wizard/steps/status-refused-long/route-interview/officer-approved/paper-none/asks-nothing/passport-kept/';
const beforePassport = '/wizard/?route=interview&officer=approved&paper=none&asks=nothing&status=refused-long';

async function open(page: Page, path = '/wizard/') {
  await page.goto(path);
  await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
}

/** Chooses an answer by its label and presses Continue. */
async function answer(page: Page, label: string | RegExp) {
  await page.getByText(label).first().click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test.describe('headings and titles with JavaScript', () => {
  test('the verdict is the page’s only h1 and the intro is not shown above it', async ({ page }) => {
    await open(page, `/wizard/${approved}`);
    // The intro's h1 stays in the page, hidden: only the verdict's h1 is visible and in the accessibility tree.
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Most likely approved: CEAC is showing an interim status');
    await expect(page.locator('.wizard .intro')).toBeHidden();
  });

  test('the intro shows on the first question and not on the second', async ({ page }) => {
    await open(page);
    await expect(page.locator('.wizard .intro')).toBeVisible();
    await answer(page, /^Refused, with a long text/);
    await expect(page.locator('.wizard .intro')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Did you have an interview, or did you drop off your documents?');
  });

  test('a question’s title names it with its number, and the total when every path from there has the same length', async ({ page }) => {
    await open(page, beforePassport);
    await expect(page).toHaveTitle(`Did the officer keep your passport? – Question 6 of 6${SITE}`);
    await page.getByRole('link', { name: 'Back' }).click();
    // Question 5 has no total: "nothing" asks about the passport, "documents" decides at once.
    await expect(page).toHaveTitle(`Has anyone asked you to do something since your interview? – Question 5${SITE}`);
  });

  test('a verdict’s title starts with "Result:" and its headline', async ({ page }) => {
    await open(page, beforePassport);
    await answer(page, 'Yes, they kept it');
    await expect(page).toHaveTitle(`Result: Most likely approved: CEAC is showing an interim status${SITE}`);
  });

  test('a validation error puts "Error:" in front of the title', async ({ page }) => {
    await open(page, beforePassport);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveTitle(`Error: Did the officer keep your passport? – Question 6 of 6${SITE}`);
  });
});

test.describe('headings and titles without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a step page has the same title as the island gives the same question', async ({ page }) => {
    await page.goto('/wizard/steps/status-refused-long/route-interview/officer-approved/paper-none/asks-nothing/');
    await expect(page).toHaveTitle(`Did the officer keep your passport? – Question 6 of 6${SITE}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Did the officer keep your passport?');
  });

  test('a verdict page has the verdict as its h1 and title, no intro, and the summary as its preview', async ({ page }) => {
    await page.goto(approvedSteps);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Most likely approved: CEAC is showing an interim status');
    await expect(page.locator('.intro')).toHaveCount(0);
    await expect(page).toHaveTitle(`Result: Most likely approved: CEAC is showing an interim status${SITE}`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      'Result: Most likely approved: CEAC is showing an interim status',
    );
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      /^You were told, or given a slip saying, that your visa is approved/,
    );
  });

  test('/wizard/ says it cannot read answers in its address without JavaScript', async ({ page }) => {
    await page.goto(`/wizard/${approved}`);
    await expect(page.locator('.nojs-note')).toBeVisible();
    await expect(page.locator('.nojs-note')).toContainText('cannot read answers saved in its address');
    await expect(page.getByRole('link', { name: 'Issued', exact: true })).toBeVisible();
  });

  test('a question page has a Back link to the step before', async ({ page }) => {
    await page.goto('/wizard/steps/status-refused-long/route-interview/');
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(page).toHaveURL(/\/wizard\/steps\/status-refused-long\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Did you have an interview, or did you drop off your documents?');
  });
});

test.describe('the result page', () => {
  test('the numbered things to do, their dates and when to worry come straight after the meaning, then your answers, then the reasons and sources', async ({
    page,
  }) => {
    await open(page, '/wizard/?route=interview&officer=221g&paper=221g&asks=documents&status=refused-long');
    const headings = await page.locator('.verdict h2').evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));
    const at = (name: string) => headings.indexOf(name);
    expect(at('What to do now')).toBe(0);
    expect(at('By when')).toBe(1);
    expect(at('When to worry')).toBe(2);
    expect(at('Your answers')).toBe(3);
    expect(at('Why we think so')).toBeGreaterThan(at('Your answers'));
    expect(at('Sources')).toBeGreaterThan(at('Why we think so'));
    const actions = page.locator('.verdict .actions ol > li');
    expect(await actions.count()).toBeGreaterThanOrEqual(2);
    expect(await actions.count()).toBeLessThanOrEqual(3);
  });

  test('the no-JavaScript verdict page has the same order as the island', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/wizard/steps/status-refused-long/route-interview/officer-221g/paper-221g/asks-documents/');
    const headings = await page.locator('.verdict h2').evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));
    expect(headings.slice(0, 4)).toEqual(['What to do now', 'By when', 'When to worry', 'Your answers']);
    await context.close();
  });

  test('after the last answer the page starts at the top with focus on the verdict’s h1', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await open(page, beforePassport);
    await page.getByText('Yes, they kept it').click();
    // Scrolled down as on a phone, Continue at the top of the window: the page is not at the top.
    await page.getByRole('button', { name: 'Continue' }).evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('#verdict-heading')).toBeFocused();
    expect(await page.evaluate(() => scrollY)).toBe(0);
    const box = await page.locator('#verdict-heading').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
  });
});

test.describe('going back', () => {
  test('the Back link goes to the previous question with its answer chosen', async ({ page }) => {
    await open(page, beforePassport);
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(page.locator('#question-heading')).toHaveText('Has anyone asked you to do something since your interview?');
    await expect(page.getByRole('radio', { name: /^Nothing so far/ })).toBeChecked();
  });

  test('the first question has no Back link', async ({ page }) => {
    await open(page);
    await expect(page.getByRole('link', { name: 'Back', exact: true })).toHaveCount(0);
  });

  test('the browser’s Back shows the question again with the answer that was chosen', async ({ page }) => {
    await open(page);
    await answer(page, /^Refused, with a long text/);
    await expect(page.locator('#question-heading')).toHaveText('Did you have an interview, or did you drop off your documents?');
    await page.goBack();
    await expect(page.locator('#question-heading')).toHaveText('What does CEAC show for your case now?');
    await expect(page.getByRole('radio', { name: /^Refused, with a long text/ })).toBeChecked();
  });

  test('the browser’s Forward shows the next question again with the answer that was chosen', async ({ page }) => {
    await open(page);
    await answer(page, /^Refused, with a long text/);
    await answer(page, /^I had an interview/);
    await page.goBack();
    await page.goBack();
    await page.goForward();
    await expect(page.locator('#question-heading')).toHaveText('Did you have an interview, or did you drop off your documents?');
    await expect(page.getByRole('radio', { name: /^I had an interview/ })).toBeChecked();
  });
});

test.describe('the error summary', () => {
  test('Continue with nothing chosen moves focus to a summary at the top that links to the answers', async ({ page }) => {
    await open(page, beforePassport);
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.locator('#error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    // At the top: the summary ends above the question's heading, not under the Continue button.
    const [summaryBox, headingBox] = [await summary.boundingBox(), await page.locator('#question-heading').boundingBox()];
    expect(summaryBox!.y + summaryBox!.height).toBeLessThanOrEqual(headingBox!.y);
    await summary.getByRole('link', { name: 'Choose one answer to continue.' }).click();
    await expect(page.getByRole('radio').first()).toBeFocused();
  });

  test('the question with the error gets a red border and a message tied to its group', async ({ page }) => {
    await open(page, beforePassport);
    await page.getByRole('button', { name: 'Continue' }).click();
    const group = page.locator('.group-error');
    await expect(group).toBeVisible();
    const border = await group.evaluate((el) => getComputedStyle(el).borderLeftWidth);
    expect(parseFloat(border)).toBeGreaterThanOrEqual(4);
    await expect(page.locator('main').getByRole('group')).toHaveAccessibleDescription(/Choose one answer to continue/);
  });

  test('the focus ring is not the error colour', async ({ page }) => {
    await open(page, beforePassport);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.keyboard.press('Tab'); // from the summary to its link
    const colours = await page.evaluate(() => ({
      focus: getComputedStyle(document.activeElement!).outlineColor,
      error: getComputedStyle(document.querySelector('.group-error')!).borderLeftColor,
    }));
    expect(colours.focus).not.toBe(colours.error);
  });
});

test.describe('telling the two Refused texts apart', () => {
  test('the first question links to the decoder, which links back to the wizard with the status filled in', async ({ page }) => {
    await open(page);
    await page.getByRole('link', { name: /the status decoder/ }).click();
    await expect(page).toHaveURL(/\/decode\/\?from=wizard$/);
    await page
      .getByLabel(/status text/i)
      .fill(
        'This application will remain refused while undergoing such processing. You will receive another adjudication once such processing is complete.',
      );
    await page.getByRole('link', { name: 'Back to the wizard, with this status filled in' }).click();
    await expect(page).toHaveURL(/\/wizard\/\?status=refused-long$/);
    await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('#question-heading')).toHaveText('Did you have an interview, or did you drop off your documents?');
  });
});

test.describe('the link to an answer', () => {
  test('Copy link to this answer copies the verdict’s own page and says so', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'share'));
    await open(page, `/wizard/${approved}`);
    await page.getByRole('button', { name: 'Copy link to this answer' }).click();
    const status = page.locator('.copied');
    await expect(status).toContainText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(approvedSteps);
    await expect(status).toContainText(new URL(copied).pathname);
    // On the site's own origin (the one its canonical links name), and the page there is this
    // verdict: it opens on the same headline with JavaScript off (served here by the test host).
    expect(new URL(copied).origin).toBe(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin);
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const opened = await plain.newPage();
    expect((await opened.goto(new URL(copied).pathname))?.status()).toBe(200);
    await expect(opened.getByRole('heading', { level: 1 })).toHaveText(await page.locator('#verdict-heading').innerText());
    await plain.close();
  });

  test('where the browser can share, the button opens the share sheet with the same link', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value(data: { url: string }) {
          (window as unknown as { shared: string }).shared = data.url;
          return Promise.resolve();
        },
      });
    });
    await open(page, `/wizard/${approved}`);
    await page.getByRole('button', { name: 'Copy link to this answer' }).click();
    await expect(page.locator('.copied')).toContainText('Link shared');
    expect(new URL(await page.evaluate(() => (window as unknown as { shared: string }).shared)).pathname).toBe(approvedSteps);
  });

  test('a copied link leaves out the date and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'share'));
    await page.clock.setFixedTime(new Date('2026-01-20T12:00:00'));
    await open(page, `/wizard/${approved}&since=2026-01-15`);
    await page.getByRole('button', { name: 'Copy link to this answer' }).click();
    await expect(page.locator('.copied')).toContainText('leaves out your interview date');
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain('since');
  });
});

/**
 * Where a verdict asks for the kind of visa: links in the verdict that choose a kind other than the
 * one answered (grouped by the element that holds them: the refining question's list, the "If one
 * of your answers were different" list), the passport check's visa field, and the Change link for
 * it in "Your answers". The island's links carry it as ?visa=, the step pages' as /visa-…/.
 */
async function visaAsked(page: Page) {
  return page.locator('.verdict').evaluate((verdict) => {
    const visaOf = (href: string) => /[?&]visa=([^&#]+)/.exec(href)?.[1] ?? /\/visa-([^/]+)\/$/.exec(href)?.[1];
    const answered = /\/visa-([^/]+)\/$/.exec(location.pathname)?.[1] ?? new URLSearchParams(location.search).get('visa') ?? undefined;
    const sets = new Set<string>();
    let links = 0;
    for (const a of verdict.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const visa = visaOf(a.getAttribute('href')!);
      if (visa === undefined || visa === answered) continue;
      links++;
      sets.add(a.closest('[class]')!.classList[0]!);
    }
    return { linkSets: [...sets], links, fields: verdict.querySelectorAll('select[name="visa"], input[name="visa"]').length };
  });
}
const changeVisa = (page: Page) => page.locator('.verdict .answers').getByRole('link', { name: 'Change kind of visa' });

test.describe('the kind of visa is asked once on a verdict', () => {
  const hl = '?route=interview&officer=nothing&paper=approval&status=refused-long';
  const hlSteps = '/wizard/steps/status-refused-long/route-interview/officer-nothing/paper-approval/';

  test('answered: only its Change link asks it again, in the island', async ({ page }) => {
    await open(page, `/wizard/${hl}&visa=h-l`);
    // The passport check is on this verdict: it must not ask for the visa a second time.
    await expect(page.locator('#nationality-form')).toBeVisible();
    expect(await visaAsked(page)).toEqual({ linkSets: [], links: 0, fields: 0 });
    await expect(changeVisa(page)).toHaveCount(1);
  });

  test('answered: only its Change link asks it again, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${hlSteps}visa-h-l/`);
    expect(await visaAsked(page)).toEqual({ linkSets: [], links: 0, fields: 0 });
    await expect(changeVisa(page)).toHaveCount(1);
    await context.close();
  });

  test('not answered yet: the verdict’s own question asks it, and the passport check does not', async ({ page }) => {
    await open(page, `/wizard/${hl}`);
    await expect(page.locator('#nationality-form')).toBeVisible();
    expect(await visaAsked(page)).toEqual({ linkSets: ['refine'], links: 7, fields: 0 });
    await expect(page.getByRole('navigation', { name: 'What kind of visa did you apply for?' }).getByRole('link')).toHaveCount(7);
    await expect(changeVisa(page)).toHaveCount(0);
  });
});
