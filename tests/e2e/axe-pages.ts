/**
 * Which sitemap pages every-page.spec.ts runs axe on (WCAG 2.2 AA tags, light mode), and why.
 *
 * Every page in every-page.spec.ts's list still gets the cheap checks (status 200, one h1, empty
 * console, no CSP violation, nothing sent to another origin, no cookies, no web storage). An axe
 * run costs a fixed 3 to 11 seconds on our 2-core machines, so it runs on a fixed sample chosen by
 * hand to hold each page template and each variant of its content at least once:
 *
 * - every page that has its own template (home, about, changes, glossary, indexes, wizard flow);
 * - the first answers a reader lands on: the status pages, one per kind of verdict (a Refused
 *   with administrative processing, a Refused for an immigrant visa, a Refused letter, a good
 *   outcome, an in-between status, the one without a text note);
 * - the guides with distinct content (a table of slip colours, long lists and steps, quoted texts);
 * - one page per generated template (embassy page, timelines filter page, reported case page).
 *
 * Pages that another spec already checks with axe are left out here, with the spec that does it
 * in `axeElsewhere`; every-page.spec.ts checks that each entry of both lists is in the sitemap, so
 * neither list can name a page that no longer exists, and that every template family has at
 * least one page checked by axe somewhere. HTML validity of every built page is checked in the
 * build checks (tests/build/), without a browser.
 */

/** Sitemap pages that get an axe run in every-page.spec.ts, each with the reason it is in the sample. */
export const axeSample: Record<string, string> = {
  '/': 'home page template',
  '/about/': 'about page template',
  '/changes/': 'changes log template',
  '/changes/policies/': 'policy measures list template',
  '/glossary/': 'glossary template (definition lists, anchors)',
  '/guides/': 'guides index template',
  '/guides/form-221g/': 'guide template: the most read guide, callouts and source list',
  '/guides/221g-slip-colours/': 'guide with a table (slip colours)',
  '/guides/what-to-do-next/': 'guide with numbered steps',
  '/guides/long-vs-short-refused-text/': 'guide that quotes status texts side by side',
  '/status/': 'status index template',
  '/status/refused-221g/': 'status verdict: Refused with administrative processing (reported cases block)',
  '/status/refused-iv/': 'status verdict: Refused for an immigrant visa',
  '/status/refused-letter/': 'status verdict: Refused with a letter',
  '/status/issued/': 'status verdict: a good outcome',
  '/status/at-nvc/': 'status verdict: in-between status with no reported cases block',
  '/status/application-received/': 'status page without a text note',
  '/timelines/visa-h1b/': 'generated timelines filter page (light mode; timelines.spec.ts checks others in dark mode)',
  '/timelines/cases/c69/': 'generated reported case page with a correction note (light mode)',
  '/wizard/flow/': 'wizard flow chart template',
};

/** Sitemap pages whose axe run is in another spec (in light and dark mode unless said). */
export const axeElsewhere: Record<string, string> = {
  '/decode/': 'decode.spec.ts: empty, with a verdict and with advice, light and dark',
  '/next-steps/': 'next-steps.spec.ts: empty and with dates, light and dark',
  '/search/': 'search.spec.ts: with results, light and dark',
  '/wizard/': 'wizard.spec.ts: a question, the error state, a verdict with dates, and dark mode',
  '/posts/': 'posts.spec.ts',
  '/posts/chennai/': 'posts.spec.ts (embassy page template)',
  '/timelines/': 'timelines.spec.ts: light (overview test) and dark with data tables open',
  '/timelines/reported/': 'timelines.spec.ts: dark with data tables open',
  '/timelines/contribute/': 'timelines.spec.ts: light after the form is used, and dark',
  '/timelines/security-checks/': 'timelines.spec.ts: dark with data tables open',
  '/timelines/dv/': 'timelines.spec.ts: dark with data tables open',
  '/timelines/visa-office/': 'timelines.spec.ts: dark with data tables open',
  '/timelines/cases/c03/': 'timelines.spec.ts: dark with data tables open',
};

/** Pages that get axe in dark mode in every-page.spec.ts (the colour rules differ by scheme). */
export const darkSample = ['/', '/about/', '/changes/', '/guides/', '/guides/form-221g/', '/status/refused-221g/'];
