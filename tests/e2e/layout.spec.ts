/**
 * Small screens: the header's Menu button, reflow at 320 CSS pixels (WCAG 1.4.10) on one page of
 * every kind, and the home page's one way to start.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** An official status text from the statuses collection, for the decoder. */
const statusText = (id: string): string =>
  (parse(readFileSync(new URL(`../../src/content/statuses/${id}.yaml`, import.meta.url), 'utf8')) as { texts: { text: string }[] })
    .texts[0]!.text;

const GUIDE = '/guides/form-221g/';
const menuButton = (page: Page) => page.locator('.site-header summary');
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header menu opens and closes with the keyboard', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(menuButton(page)).toHaveText('Menu');
    await expect(mainNav(page).getByRole('link', { name: 'Check my status' })).toBeHidden();
    // Skip link, site name, then the Menu button.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await expect(menuButton(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(mainNav(page).getByRole('link', { name: 'Check my status' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(mainNav(page).getByRole('link', { name: 'Check my status' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(mainNav(page).getByRole('link', { name: 'Check my status' })).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
  });

  test('Tab meets the skip link, the site name, Menu, the search box and its button, then the page, with the menu closed', async ({
    page,
  }) => {
    await page.goto(GUIDE);
    const stops: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          if (el.closest('main')) return 'main';
          return el.tagName === 'INPUT' ? `input:${(el as HTMLInputElement).type}` : (el.textContent ?? '').trim();
        }),
      );
    }
    expect(stops).toEqual(['Skip to main content', 'CEAC Status Guide', 'Menu', 'input:search', 'Search', 'main']);
  });

  test('the header search box stays in view with the menu closed', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(page.getByRole('searchbox', { name: /Search the guides/ })).toBeInViewport();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the header menu opens and its links work', async ({ page }) => {
      await page.goto(GUIDE);
      await menuButton(page).click();
      const link = mainNav(page).getByRole('link', { name: 'Dates and letters' });
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(/\/next-steps\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });
});

test('on a wide screen the navigation is shown without a Menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(GUIDE);
  await expect(menuButton(page)).toBeHidden();
  for (const name of ['Check my status', 'Paste CEAC text', 'Dates and letters', 'Guides']) {
    await expect(mainNav(page).getByRole('link', { name })).toBeVisible();
  }
  await expect(mainNav(page).getByRole('link', { name: 'Guides', exact: true })).toHaveAttribute('aria-current', 'page');
});

// A desktop header with its links on two lines reads as two menus and pushes the page down. The
// planner's page has the longest label in bold (its current page): the widest the list gets.
for (const width of [1280, 1024]) {
  test(`at ${width} pixels wide the header's links share one line`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/next-steps/');
    const rows = await mainNav(page).evaluate((nav) => {
      const items = [...nav.querySelectorAll('li')];
      return {
        tops: [...new Set(items.map((li) => li.offsetTop))],
        listHeight: nav.querySelector('ul')!.getBoundingClientRect().height,
        itemHeight: Math.max(...items.map((li) => li.getBoundingClientRect().height)),
        count: items.length,
      };
    });
    expect(rows.count).toBeGreaterThan(5);
    expect(rows.tops).toHaveLength(1);
    expect(rows.listHeight).toBeLessThanOrEqual(rows.itemHeight + 1);
  });
}

// Between the phone layout and the one-line list (64rem) the Menu button stays: the search box sits
// on the name's line at under half the header's width, clear of the button, not stretched across.
for (const width of [768, 900]) {
  test(`at ${width} pixels wide the search box shares the name's line at under half the header's width`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(GUIDE);
    await expect(menuButton(page)).toBeVisible();
    const [header, brand, search, menu] = await page.evaluate(() =>
      ['.site-header .wrap', '.brand', '.site-header .site-search', '.site-menu > summary'].map((selector) => {
        const { left, right, top, bottom, width } = document.querySelector(selector)!.getBoundingClientRect();
        return { left, right, top, bottom, width };
      }),
    );
    expect(search!.width).toBeLessThanOrEqual(header!.width / 2);
    expect(search!.width).toBeGreaterThanOrEqual(header!.width / 3);
    expect(search!.top).toBeLessThan(brand!.bottom);
    expect(search!.bottom).toBeGreaterThan(brand!.top);
    expect(search!.left).toBeGreaterThan(brand!.right);
    expect(search!.right).toBeLessThan(menu!.left);
  });
}

test('the home page has one Start now, to the wizard, with what to have ready', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const start = page.getByRole('link', { name: 'Start now' });
  await expect(start).toHaveCount(1);
  await expect(start).toHaveAttribute('href', '/wizard/');
  await expect(start).toBeVisible();
  const box = page.locator('.start-now');
  await expect(box).toContainText('CEAC status and the text under it');
  await expect(box).toContainText('date of your interview');
  await expect(box).toContainText('paper or letter you were given');
});

/**
 * The space under a heading and the top of what follows it (the heading's own margin and the next
 * block's, which collapse), in units of the heading's font size. From a heading that is the last
 * thing in its box (a legend), the next block is the box's next sibling.
 */
async function spaceUnder(heading: Locator) {
  return heading.evaluate((h) => {
    let next = h.nextElementSibling;
    for (let up: Element | null = h; !next && up; up = up.parentElement) next = up.parentElement?.nextElementSibling ?? null;
    const gap = next!.getBoundingClientRect().top - h.getBoundingClientRect().bottom;
    return Math.round((gap / parseFloat(getComputedStyle(h).fontSize)) * 100) / 100;
  });
}

// The site's headings keep half their font size clear below them (global.css); the wizard's headings
// had an eighth to a third of it, so each sat on the summary, hint or list it introduces.
test.describe('the wizard keeps the space under its headings', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const pages = [
    {
      kind: 'the first question (island)',
      path: '/wizard/',
      headings: ['Check what your CEAC status means', 'What does CEAC show for your case now?'],
    },
    {
      kind: 'a verdict (island)',
      path: '/wizard/?route=interview&officer=221g&paper=221g&asks=documents&status=refused-long',
      headings: ['Documents requested: send what the 221(g) asks for', 'What to do now', 'By when', 'Your answers'],
    },
    {
      kind: 'a question (no JavaScript)',
      path: '/wizard/steps/status-refused-long/route-interview/',
      headings: ['What did the officer tell you at the end of the interview?', 'Your answers'],
      noScript: true,
    },
    {
      kind: 'a verdict (no JavaScript)',
      path: '/wizard/steps/status-refused-long/route-interview/officer-221g/paper-221g/asks-documents/',
      headings: ['Documents requested: send what the 221(g) asks for', 'What to do now', 'By when', 'Your answers'],
      noScript: true,
    },
  ];
  for (const p of pages) {
    test.describe(p.kind, () => {
      test.use({ javaScriptEnabled: !p.noScript });
      test(`${p.kind}: half a heading's size or more under each heading`, async ({ page }) => {
        await page.goto(p.path);
        if (!p.noScript) await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
        const spaces: Record<string, number> = {};
        for (const name of p.headings) spaces[name] = await spaceUnder(page.getByRole('heading', { name, exact: true }));
        expect(Object.entries(spaces).filter(([, space]) => space < 0.49)).toEqual([]);
      });
    });
  }
});

/**
 * What sticks out sideways at this width: the page's scroll width beyond the window, the elements
 * whose right edge passes it (outside any scrolling box), and scrolling boxes a keyboard user could
 * not reach or a screen reader could not name (WCAG allows a wide table to scroll in its own box).
 */
async function reflowProblems(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const overflow = document.scrollingElement!.scrollWidth - width;
    const scrolls = (el: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    const wide: string[] = [];
    const unreachable: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      let inside = false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) if (scrolls(up)) inside = true;
      if (!inside && box.right > width + 1) wide.push(`${name(el)} (right edge ${Math.round(box.right)})`);
      if (
        scrolls(el) &&
        box.width > 1 &&
        el.scrollWidth > el.clientWidth + 1 &&
        !el.matches('input, textarea, select, pre, .visually-hidden')
      ) {
        const named = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
        if ((el as HTMLElement).tabIndex < 0 || !named) unreachable.push(name(el));
      }
    }
    return { overflow: Math.max(0, overflow), wide: wide.slice(0, 5), unreachable };
  });
}

const STEP_VERDICT = '/wizard/steps/status-refused-long/route-interview/officer-nothing/paper-approval/visa-b/';
const pageTypes: Array<{ kind: string; path: string; ready?: (page: Page) => Promise<void>; expectedConsoleErrors?: RegExp[] }> = [
  { kind: 'the home page', path: '/' },
  { kind: 'a guide', path: GUIDE },
  { kind: 'a status page', path: '/status/refused-221g/' },
  { kind: 'the glossary', path: '/glossary/' },
  {
    kind: 'a wizard question',
    path: '/wizard/?status=refused-long',
    ready: (p) => expect(p.locator('#wizard-root')).toHaveAttribute('data-ready', 'true'),
  },
  {
    kind: 'a wizard verdict with dates',
    path: '/wizard/?route=interview&officer=221g&paper=221g&asks=documents&status=refused-long&since=2026-01-15',
    ready: (p) => expect(p.locator('[data-meaning]')).toContainText('Send the requested documents by'),
  },
  { kind: 'a no-JavaScript step page with a verdict', path: STEP_VERDICT },
  { kind: 'the wizard rules page', path: '/wizard/flow/' },
  {
    kind: 'the decoder with a result',
    path: '/decode/',
    ready: async (p) => {
      await expect(p.locator('#decoder-root')).toHaveAttribute('data-ready', 'true');
      await p.getByRole('textbox', { name: /status text/i }).fill(`Refused\n${statusText('refused-221g')}`);
      await expect(p.locator('[data-variant]')).toHaveCount(1);
    },
  },
  {
    kind: 'the planner with dates',
    path: '/next-steps/',
    ready: async (p) => {
      await expect(p.locator('#planner-root')).toHaveAttribute('data-ready', 'true');
      await p.getByLabel('Interview or drop-off date').fill('2026-03-10');
      await expect(p.locator('tr[data-entry="inquiry"]')).toBeVisible();
    },
  },
  { kind: 'the timelines overview', path: '/timelines/' },
  { kind: 'the security-checks timelines', path: '/timelines/security-checks/' },
  { kind: 'the Diversity Visa timelines', path: '/timelines/dv/' },
  { kind: 'the Visa Office timelines', path: '/timelines/visa-office/' },
  { kind: 'a reported case', path: '/timelines/cases/c01/' },
  { kind: 'the changes page', path: '/changes/' },
  { kind: 'the nationality policies page', path: '/changes/policies/' },
  { kind: 'the embassies list', path: '/posts/' },
  { kind: 'an embassy page', path: '/posts/abuja/' },
  {
    kind: 'search with results',
    path: '/search/?q=221g',
    ready: (p) => expect(p.locator('.search-results li').first()).toBeVisible({ timeout: 15_000 }),
  },
  { kind: 'the about page', path: '/about/' },
  {
    kind: 'the 404 page',
    path: '/no-such-page/',
    expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/],
  },
];

test.describe('at 320 CSS pixels wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const t of pageTypes) {
    test.describe(t.kind, () => {
      if (t.expectedConsoleErrors) test.use({ expectedConsoleErrors: t.expectedConsoleErrors });

      test(`${t.kind} reflows without sideways scrolling`, async ({ page }) => {
        // The wizard decides for today: pin it so the same verdict shows every day.
        await page.clock.setFixedTime(new Date('2026-01-20T12:00:00'));
        await page.goto(t.path);
        await t.ready?.(page);
        expect(await reflowProblems(page)).toEqual({ overflow: 0, wide: [], unreachable: [] });
      });
    });
  }
});

// The heaviest case card: a 221(g) asking for documents has two dates with their reasons, the
// longest lists and the most sources. If it fits, the lighter cards fit too.
for (const format of ['A4', 'Letter'] as const) {
  test(`the case card for a 221(g) asking for documents prints on one ${format} page with its dates and answers`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-01-20T12:00:00'));
    await page.goto('/wizard/?route=interview&officer=221g&paper=221g&asks=documents&status=refused-long&since=2026-01-15');
    await expect(page.locator('#wizard-root')).toHaveAttribute('data-ready', 'true');
    const card = page.locator('[data-meaning]');
    // The dates come from a module loaded after the verdict; on a busy machine that takes a while.
    await expect(card.locator('.dates')).toContainText('Send the requested documents by', { timeout: 15_000 });
    const pdf = await page.pdf({ format });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
    await page.emulateMedia({ media: 'print' });
    for (const name of ['By when', 'What to do now', 'When to worry', 'Sources'])
      await expect(card.getByRole('heading', { name })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your answers' })).toBeVisible();
    // The dates and the answers themselves, not only their headings, are on the card.
    await expect(card.locator('.dates li', { hasText: 'Send the requested documents by' })).toBeVisible();
    await expect(page.locator('.answers dd').first()).toBeVisible();
  });
}
