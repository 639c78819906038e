import { test, expect, axeViolations } from './fixtures';

const scenario = '/timelines/route-interview/officer-approved/';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('below 10 outcomes the waiting chart is not drawn and says why, with its data table', async ({ page }) => {
    await page.goto(scenario);
    const wait = page.locator('section', { has: page.getByRole('heading', { name: 'How long until an outcome' }) });
    await expect(wait.getByRole('img')).toHaveCount(0);
    await expect(wait.locator('figcaption')).toContainText(/Of \d+ cases with dates, \d+ had an outcome/);
    await expect(wait.locator('figcaption')).toContainText(
      'Too few reports to say: only 3 cases have an outcome on a known day, and we need at least 10. So no curve is drawn.',
    );
    await wait.getByText('Data table: the estimate day by day, with its cases').click();
    const table = wait.getByRole('table', { name: /Share still waiting, by day/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row')).not.toHaveCount(1);
  });

  test('status paths are drawn with their words and cases, and listed in a table', async ({ page }) => {
    await page.goto(scenario);
    const paths = page.locator('section', { has: page.getByRole('heading', { name: 'The statuses they went through' }) });
    const first = paths.getByRole('figure').first();
    await expect(first).toHaveAccessibleName(/^\d+ cases?: .+/);
    await expect(first.locator('svg rect').first()).toBeVisible();
    await expect(first.getByRole('link', { name: /^c\d\d$/ }).first()).toBeVisible();
    await paths.getByText(/^Data table: every path/).click();
    await expect(paths.getByRole('table', { name: 'Status paths and the cases that took them' })).toBeVisible();
  });

  test('filters are plain links to pre-rendered pages, and "Any" removes a filter', async ({ page }) => {
    await page.goto('/timelines/reported/');
    const filters = page.getByRole('navigation', { name: 'Filter the cases' });
    await filters.getByRole('link', { name: /^Dropbox \(interview waiver\) \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/timelines\/route-dropbox\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reported cases: Dropbox (interview waiver)');
    await page
      .getByRole('navigation', { name: 'Filter the cases' })
      .getByRole('link', { name: /^Long Refused text \(\d+\)$/ })
      .click();
    await expect(page).toHaveURL(/\/timelines\/route-dropbox\/refused-long\/$/);
    const current = page.getByRole('navigation', { name: 'Filter the cases' }).locator('[aria-current="true"]');
    await expect(current.filter({ hasText: 'Dropbox' })).toHaveCount(1);
    // The first "Any" belongs to "How you applied": dropping the route keeps the Refused text.
    await page.getByRole('navigation', { name: 'Filter the cases' }).getByRole('link', { name: 'Any' }).first().click();
    await expect(page).toHaveURL(/\/timelines\/refused-long\/$/);
  });

  test('visa class and post filters lead to their pages', async ({ page }) => {
    await page.goto('/timelines/reported/');
    const filters = page.getByRole('navigation', { name: 'Filter the cases' });
    await filters.getByRole('link', { name: /^Hyderabad \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/timelines\/post-hyderabad\/$/);
    await page
      .getByRole('navigation', { name: 'Filter the cases' })
      .getByRole('link', { name: /^H-4 \(\d+\)$/ })
      .click();
    await expect(page).toHaveURL(/\/timelines\/visa-h4\/post-hyderabad\/$/);
  });

  test('the contribute page works as written instructions', async ({ page }) => {
    await page.goto('/timelines/contribute/');
    await expect(page.locator('#contribute-form')).toBeHidden();
    await expect(page.getByText('The form below needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The template, to fill in by hand' })).toBeVisible();
    await expect(page.locator('pre code')).toContainText('"ceac_sequence": []');
    await expect(page.getByRole('table', { name: 'What each field means' })).toBeVisible();
  });
});

test('every count on a scenario page is the number of cases listed with it', async ({ page }) => {
  await page.goto(scenario);
  const heading = page.getByRole('heading', { name: /^The \d+ cases behind these numbers$/ });
  const n = Number((await heading.textContent())!.match(/\d+/)![0]);
  const outcomes = page.getByRole('table', { name: /How the \d+ cases ended/ });
  let total = 0;
  for (const row of await outcomes.locator('tbody tr').all()) {
    const count = Number(await row.locator('td').first().textContent());
    await expect(row.locator('td').nth(1).getByRole('link')).toHaveCount(count);
    total += count;
  }
  expect(total).toBe(n);
  await expect(page.locator('.case-list > li')).toHaveCount(n);
});

test('a case page shows the report, its days and the fix made to it', async ({ page }) => {
  await page.goto('/timelines/cases/c69/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reported case c69');
  await expect(page.getByRole('heading', { name: 'What this site added or fixed' })).toBeVisible();
  await expect(page.getByText(/^Fix: Added an undated Issued step/)).toBeVisible();
  await page.goto('/timelines/cases/c05/');
  const issued = page
    .getByRole('table', { name: /Statuses in the order seen, with days since 21 Jan 2021/ })
    .getByRole('row', { name: /^Issued/ });
  await expect(issued.locator('td').nth(1)).toHaveText('7');
  await expect(page.getByRole('link', { name: 'Interview, short Refused text' })).toBeVisible();
});

test('the contribute form writes a snippet in the page and sends nothing', async ({ page, baseURL }) => {
  const requests: string[] = [];
  // The browser fetches the tab icon on its own schedule, sometimes after the load event; wait for
  // the network to settle first, and leave that one file out below (it never carries a query).
  await page.goto('/timelines/contribute/', { waitUntil: 'networkidle' });
  page.on('request', (r) => requests.push(r.url()));
  const form = page.locator('#contribute-form');
  await expect(form).toBeVisible();
  await expect(page.getByText('The form below needs JavaScript.')).toBeHidden();
  await page.getByLabel('Visa type').fill('H-4');
  await page.getByLabel('How you applied').selectOption('interview');
  await page.getByLabel('Date of the interview or drop-off').fill('2021-01-21');
  await page.getByLabel('Status 1', { exact: true }).selectOption('Refused (short text)');
  await page.getByLabel('Date of status 1').fill('2021-01-22');
  await page.getByLabel('Status 2', { exact: true }).selectOption('Issued');
  await page.getByLabel('Date of status 2').fill('2021-01-20');
  await page.getByLabel('Outcome so far').selectOption('issued');
  await page
    .getByLabel('What happened, in your own words')
    .fill('Interview in January; Refused the next day, then Issued. Mail me at me@example.com');
  await page.getByLabel('What others can learn from it').fill('Refused the day after an approval did not last.');
  await page.getByRole('button', { name: 'Make my snippet' }).click();

  const problems = page.locator('#contribute-problems');
  await expect(problems).toContainText('remove an e-mail address');
  await expect(problems).toContainText('is dated before status 1');
  await expect(page.getByRole('heading', { name: 'Your snippet' })).toBeFocused();

  await page.getByLabel('What happened, in your own words').fill('Interview in January; Refused the next day, then Issued a week later.');
  await page.getByLabel('Date of status 2').fill('2021-01-28');
  await page.getByRole('button', { name: 'Make my snippet' }).click();
  await expect(problems).toHaveText('Ready. Copy it and add it to the cases file in a pull request.');
  const snippet = JSON.parse(await page.getByLabel('JSON to add to the cases file').inputValue());
  expect(snippet).toMatchObject({ id: 'c00', visa: 'H-4', channel: 'interview', outcome: 'issued', days_to_outcome: 7, period: '2021-01' });
  expect(snippet.ceac_sequence).toEqual([
    { status: 'Refused (short text)', date: '2021-01-22' },
    { status: 'Issued', date: '2021-01-28' },
  ]);
  const isTabIcon = (url: string) => new URL(url).pathname === '/favicon.svg' && new URL(url).search === '';
  expect(
    requests.filter((url) => !isTabIcon(url)),
    'nothing may be requested after the page loaded',
  ).toEqual([]);
  expect(page.url()).toBe(`${baseURL}/timelines/contribute/`);
  expect(await axeViolations(page)).toEqual([]);
});

for (const path of [
  '/timelines/',
  '/timelines/security-checks/',
  '/timelines/dv/',
  '/timelines/visa-office/',
  '/timelines/reported/',
  scenario,
  '/timelines/cases/c03/',
  '/timelines/contribute/',
]) {
  test(`${path} stays accessible in dark mode, with its data tables open`, async ({ page }) => {
    test.slow(path === '/timelines/reported/', 'the reported-cases page lists all 76 cases, and axe takes a while on it');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    for (const details of await page.locator('main details').all()) await details.locator('summary').click();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the site navigation links to the timelines', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Wait times' }).click();
  await expect(page).toHaveURL(/\/timelines\/$/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Wait times' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

// Filter combinations are noindex and left out of the sitemap, so every-page.spec.ts does not visit
// them; these cover each shape: wizard facts, browsing filters, five constraints, no dated case.
const combinations = [
  '/timelines/route-dropbox/refused-long/',
  '/timelines/visa-h4/post-hyderabad/',
  '/timelines/route-interview/officer-approved/refused-short/',
  '/timelines/route-interview/passport-returned/refused-unknown/',
  '/timelines/route-interview/officer-221g/paper-221g/passport-kept/refused-unknown/',
];
for (const path of combinations) {
  test(`the filter combination ${path} loads, is noindex and has no axe violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Reported cases: /);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('filters written as a query string open the matching scenario page', async ({ page }) => {
  await page.goto('/timelines/?refused=long&route=dropbox');
  await expect(page).toHaveURL(/\/timelines\/route-dropbox\/refused-long\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a query-string filter that cannot be combined is named, with a link to the closest cases', async ({ page }) => {
  await page.goto('/timelines/?route=dropbox&post=toronto&refused=%3Cb%3Ex');
  const note = page.locator('#timelines-query');
  await expect(note).toBeVisible();
  await expect(note).toContainText('text under refused');
  await expect(note.getByRole('link')).toHaveAttribute('href', '/timelines/route-dropbox/');
  await expect(page.locator('b', { hasText: 'x' })).toHaveCount(0);
});

test.describe('the overview on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('leads with one plain sentence and a chart per situation, then the table, then the method; short and axe clean', async ({
    page,
  }) => {
    await page.goto('/timelines/');
    const first = page.locator('section.situation').first();
    await expect(first.locator('p.sentence')).toContainText(
      /^Of the [\d,]+ people who logged a security check .* half had an answer within \d+ days/,
    );
    await expect(first.getByRole('img', { name: /Share of people with an answer/ })).toBeVisible();
    // The first screen shows the first sentence.
    const box = await first.locator('p.sentence').boundingBox();
    expect(box!.y).toBeLessThan(844);
    // Sentences and charts come before any table, and the method comes last.
    const order = await page
      .locator('main')
      .evaluate((main) =>
        [...main.querySelectorAll('p.sentence, figure.bars, table, #method')]
          .map((el) => (el.matches('p.sentence') ? 's' : el.matches('figure') ? 'c' : el.matches('table') ? 't' : 'm'))
          .join(''),
      );
    expect(order).toMatch(/^(sc)+s?t+m$/);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, 'the overview was 26,000 px tall on a phone').toBeLessThan(8_000);
    await expect(page.locator('.callout.warning')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the contribute page also writes the case as plain text for e-mail, in a mailto: link', async ({ page }) => {
  await page.goto('/timelines/contribute/');
  await page.getByLabel('Visa type').fill('F-1');
  await page
    .getByLabel('What happened, in your own words')
    .fill('Interview in March; administrative processing for six weeks, then Issued.');
  await page.getByLabel('What others can learn from it').fill('The check took six weeks.');
  await page.getByRole('button', { name: 'Make my snippet' }).click();
  await expect(page.getByLabel('Text to send by e-mail')).toHaveValue(/Visa: F-1\n/);
  const href = await page.getByRole('link', { name: 'Open it in my mail program' }).getAttribute('href');
  expect(href).toMatch(/^mailto:\?subject=/);
  expect(decodeURIComponent(href!.split('body=')[1]!)).toContain('What others can learn: The check took six weeks.');
});
