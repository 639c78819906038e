import { describe, expect, test } from 'vitest';
import { factsOfCase, visaClassOf, postIdOf } from '../../src/lib/timelines/vocabulary';
import {
  facetsFor,
  hrefOf,
  isPageShape,
  keyOf,
  matchingCases,
  MIN_CASES_FOR_PAGE,
  parseKey,
  scenarioPages,
  without,
} from '../../src/lib/timelines/scenarios';
import { timingOf, stepDays } from '../../src/lib/timelines/timing';
import { commonPaths, pathOf } from '../../src/lib/timelines/sequences';
import { timelinesInSitemap } from '../../src/lib/timelines/sitemap';
import { summarize } from '../../src/lib/timelines/summary';
import { loadDataset, makeCase } from './fixtures/cases';

const dataset = loadDataset();
const byId = (id: string) => dataset.find((c) => c.id === id)!;

describe('a case in the wizard vocabulary', () => {
  test('maps reported visa strings to classes, leaving unstated ones out', () => {
    expect(visaClassOf('H4')).toBe('h4');
    expect(visaClassOf('B1')).toBe('b1b2');
    expect(visaClassOf('B1/B2 (visitor; subtype not stated)')).toBe('b1b2');
    expect(visaClassOf('IR1/CR1 (spouse; subtype not stated)')).toBe('spouse-iv');
    expect(visaClassOf('immigrant (spouse of USC; subtype not stated)')).toBe('spouse-iv');
    expect(visaClassOf('K1')).toBe('other-iv');
    expect(visaClassOf('nonimmigrant (type not stated)')).toBeUndefined();
    expect(visaClassOf('ESTA-related')).toBeUndefined();
    expect(visaClassOf(null)).toBeUndefined();
    expect(postIdOf('Mexico (post not named)')).toBe('mexico');
    expect(postIdOf('Atlantis')).toBeUndefined();
  });

  test('every visa and post in the dataset has a filter value or is genuinely not stated', () => {
    const unclassed = dataset.filter((c) => c.visa && !visaClassOf(c.visa)).map((c) => c.visa);
    expect(unclassed).toEqual(['ESTA-related', 'nonimmigrant (type not stated)']);
    expect(dataset.filter((c) => c.post && !postIdOf(c.post))).toEqual([]);
  });

  test('a case that showed both Refused texts counts under both', () => {
    expect(factsOfCase(byId('c73')).refused).toEqual(['long', 'short']);
    expect(factsOfCase(byId('c01')).refused).toEqual(['unknown']);
    expect(factsOfCase(byId('c07')).refused).toEqual(['none']);
    // No statuses reported at all: neither "Refused" nor "no Refused".
    expect(factsOfCase(byId('c22')).refused).toEqual([]);
  });

  test('reads the paper from the 221(g) flag and approval slips, never from the colour', () => {
    expect(factsOfCase(byId('c17')).paper).toEqual(['221g', 'approval']);
    expect(factsOfCase(byId('c34')).paper).toEqual(['approval']);
    expect(factsOfCase(byId('c15')).paper).toEqual(['none']);
    expect(factsOfCase(byId('c08')).paper).toEqual([]);
  });

  test('a dropbox case later called to interview counts as a dropbox, with its passport returned', () => {
    expect(factsOfCase(byId('c36')).route).toEqual(['dropbox']);
    expect(factsOfCase(byId('c20')).passport).toEqual(['returned']);
  });
});

describe('scenario keys and pages', () => {
  test('keys list constraints in a fixed order, and only canonical keys parse', () => {
    expect(keyOf({ refused: 'long', route: 'dropbox' })).toBe('route-dropbox/refused-long');
    expect(hrefOf({})).toBe('/timelines/reported/');
    expect(hrefOf({ post: 'new-delhi' })).toBe('/timelines/post-new-delhi/');
    expect(parseKey('route-dropbox/refused-long')).toEqual({ route: 'dropbox', refused: 'long' });
    expect(parseKey('')).toEqual({});
    expect(parseKey('refused-long/route-dropbox')).toBeUndefined();
    expect(parseKey('route-bus')).toBeUndefined();
    expect(parseKey('route-dropbox/route-interview')).toBeUndefined();
    expect(parseKey('colour-pink')).toBeUndefined();
  });

  const pages = scenarioPages(dataset);
  const keys = new Set(pages.map(keyOf));

  test(`every scenario page has at least ${MIN_CASES_FOR_PAGE} cases and stays within one family of filters`, () => {
    expect(keys.has('')).toBe(true);
    for (const p of pages) {
      expect(isPageShape(p), keyOf(p)).toBe(true);
      if (keyOf(p) !== '') expect(matchingCases(dataset, p).length, keyOf(p)).toBeGreaterThanOrEqual(MIN_CASES_FOR_PAGE);
    }
    expect(keys.has('route-dropbox/refused-long')).toBe(true);
    expect(keys.has('post-hyderabad')).toBe(true);
    expect(keys.has('officer-approved/post-hyderabad')).toBe(false); // mixes wizard facts with filters
  });

  test('removing any constraint from a page leads to another page', () => {
    for (const p of pages) {
      for (const d of Object.keys(p) as (keyof typeof p)[]) expect(keys.has(keyOf(without(p, d))), `${keyOf(p)} without ${d}`).toBe(true);
    }
  });

  test('filter links point only at pages, mark the current value, and offer "any"', () => {
    const facets = facetsFor({ route: 'dropbox' }, dataset, keys);
    const route = facets.find((f) => f.dimension === 'route')!;
    expect(route.anyHref).toBe('/timelines/reported/');
    expect(route.options.find((o) => o.value === 'dropbox')).toMatchObject({ current: true, href: '/timelines/route-dropbox/' });
    for (const facet of facets) {
      for (const o of facet.options) {
        if (o.href) expect(keys.has(o.href.replace(/^\/timelines\/|\/$/g, '')), o.href).toBe(true);
        expect(o.n, `${facet.dimension}=${o.value}`).toBe(matchingCases(dataset, { route: 'dropbox', [facet.dimension]: o.value }).length);
      }
    }
    expect(facets.find((f) => f.dimension === 'visa')!.anyHref).toBeUndefined();
  });
});

describe('days from the interview or drop-off', () => {
  test('an Issued date gives an outcome on that day', () => {
    expect(timingOf(makeCase())).toEqual({ kind: 'observed', observation: { time: 7, event: true }, basis: 'outcome on day 7' });
    expect(stepDays(makeCase()).map((s) => s.day)).toEqual([1, 4, 7]);
  });

  test('an undated Issued status counts as still waiting on the last dated day, never as a shorter wait', () => {
    expect(timingOf(byId('c50'))).toMatchObject({ kind: 'observed', observation: { time: 60, event: false } });
    expect(timingOf(byId('c03'))).toMatchObject({
      kind: 'observed',
      observation: { time: 17, event: false },
      basis: expect.stringMatching(/still waiting on 2021-02-01/),
    });
  });

  test('a dated request to interview is an outcome; pending cases are censored at their last report', () => {
    expect(timingOf(byId('c43'))).toMatchObject({ observation: { time: 8, event: true } });
    expect(timingOf(byId('c67'))).toMatchObject({ observation: { time: 959, event: false } });
  });

  test('cases without a start day, or with nothing dated after it, are left out with a reason', () => {
    expect(timingOf(byId('c16'))).toEqual({ kind: 'untimed', reason: 'The report does not give the day of the interview or drop-off.' });
    expect(timingOf(byId('c60'))).toEqual({ kind: 'untimed', reason: 'The report gives no dated status after the day the case started.' });
  });
});

describe('status paths', () => {
  test('collapse repeated statuses and end with how the case ended', () => {
    expect(pathOf(byId('c01'))).toEqual(['AP', 'Refused', 'Still waiting']);
    expect(pathOf(byId('c05'))).toEqual(['Refused (short)', 'AP', 'Issued']);
    expect(pathOf(byId('c27'))).toEqual(['AP', 'Still waiting']); // a date change with no status adds nothing
    expect(pathOf(byId('c32'))).toEqual(['No status reported', 'Still waiting']);
  });

  test('are ranked by how many cases took them, listing those cases', () => {
    const paths = commonPaths([byId('c05'), byId('c13'), byId('c14'), byId('c01')]);
    expect(paths[0]).toEqual({ path: ['Refused', 'AP', 'Issued'], caseIds: ['c13', 'c14'] });
    expect(paths.map((p) => p.caseIds.length)).toEqual([2, 1, 1]);
  });
});

describe('a scenario summary', () => {
  test('every count is the length of the list of cases it comes from', () => {
    const s = summarize(dataset, { route: 'interview', officer: 'approved' });
    expect(s.n).toBe(s.caseIds.length);
    expect(Object.values(s.byOutcome).flat().sort()).toEqual([...s.caseIds].sort());
    expect([...s.timed.map((t) => t.id), ...s.untimed.map((u) => u.id)].sort()).toEqual([...s.caseIds].sort());
    expect(s.paths.flatMap((p) => p.caseIds).sort()).toEqual([...s.caseIds].sort());
    expect(s.km.n).toBe(s.timed.length);
  });

  test('flagged cases are listed apart and left out of every number', () => {
    const flagged = makeCase({
      id: 'c91',
      days_to_outcome: 9,
      flags: [{ check: 'days-disagree-with-dates', reason: 'The two day counts disagree in the report.' }],
    });
    const s = summarize([makeCase(), flagged], {});
    expect(s.caseIds).toEqual(['c90']);
    expect(s.flaggedIds).toEqual(['c91']);
    expect(s.n).toBe(1);
  });

  test('gives the period the cases cover', () => {
    const s = summarize(dataset, {});
    expect(s.period).toEqual({ from: '2017-07', to: '2021-02' });
    expect(s.periodUnknown).toBe(4);
  });
});

describe('which timelines pages go in the sitemap', () => {
  test('lists the overview, single filters, cases and the contribute page, but not filter combinations', () => {
    const site = 'https://ceac-status-guide.example';
    expect(timelinesInSitemap(`${site}/timelines/`)).toBe(true);
    expect(timelinesInSitemap(`${site}/timelines/route-dropbox/`)).toBe(true);
    expect(timelinesInSitemap(`${site}/timelines/cases/c05/`)).toBe(true);
    expect(timelinesInSitemap(`${site}/timelines/contribute/`)).toBe(true);
    expect(timelinesInSitemap(`${site}/guides/refused-on-ceac/`)).toBe(true);
    expect(timelinesInSitemap(`${site}/timelines/route-dropbox/refused-long/`)).toBe(false);
  });
});
