import { describe, expect, test } from 'vitest';
import { casesLikeYours, scenarioKeyFor, type ScenarioIndex } from '../../src/lib/timelines/verdict';
import { briefOf, buildScenarioIndex, wizardSummaries } from '../../src/lib/timelines/scenario-index';
import { keyOf, scenarioPages } from '../../src/lib/timelines/scenarios';
import { summarize } from '../../src/lib/timelines/summary';
import { tooFewWords } from '../../src/lib/timelines/km';
import { factValues } from '../../src/lib/wizard/facts';
import { loadDataset } from './fixtures/cases';

const dataset = loadDataset();

const index: ScenarioIndex = {
  '': { n: 76, issued: 11, interview: 5, waiting: 47, notReported: 13, outcomes: 9, median: null },
  'route-interview': { n: 52, issued: 9, interview: 2, waiting: 35, notReported: 6, outcomes: 5, median: null },
  'route-interview/officer-approved': { n: 12, issued: 9, interview: 0, waiting: 3, notReported: 0, outcomes: 10, median: 7 },
};

describe('the scenario key for the wizard facts', () => {
  test('uses route, officer, paper, passport and the Refused text, in a fixed order', () => {
    expect(scenarioKeyFor({ status: 'refused-short', passport: 'kept', route: 'interview', officer: 'approved', paper: 'none' })).toBe(
      'route-interview/officer-approved/paper-none/passport-kept/refused-short',
    );
    expect(scenarioKeyFor({ route: 'dropbox', status: 'refused-long' })).toBe('route-dropbox/refused-long');
  });

  test('ignores the slip colour, what the slip asks, the date and statuses other than Refused', () => {
    expect(scenarioKeyFor({ route: 'interview', slip: 'pink', asks: 'documents', since: '2021-01-02', status: 'administrative-processing' })).toBe('route-interview');
    expect(scenarioKeyFor({})).toBe('');
  });
});

describe('the one-line summary for a verdict', () => {
  test('says how many cases are like yours, how they ended and the median wait, with a link', () => {
    expect(casesLikeYours({ route: 'interview', officer: 'approved' }, index)).toEqual({
      key: 'route-interview/officer-approved',
      href: '/timelines/route-interview/officer-approved/',
      n: 12,
      exact: true,
      matched: 'Interview · officer said approved',
      text: '12 reported cases like yours: 9 issued, 3 still waiting when last reported. Half had an outcome by day 7.',
    });
  });

  test('says so, in the words every page uses, when the reports do not support a typical wait', () => {
    expect(casesLikeYours({ route: 'interview' }, index)?.text).toBe(
      '52 reported cases like yours: 9 issued, 2 asked to come to an interview, 35 still waiting when last reported, 6 with no outcome reported. Too few reports to say: only 5 cases have an outcome on a known day, and we need at least 10.',
    );
  });

  test('broadens one answer at a time when too few cases match, and says which answers it left out', () => {
    const r = casesLikeYours({ route: 'interview', officer: 'approved', passport: 'returned', paper: 'approval' }, index)!;
    expect(r.exact).toBe(false);
    expect(r.href).toBe('/timelines/route-interview/officer-approved/');
    expect(r.text).toMatch(/^Fewer than 3 reported cases match all your answers\. Leaving out your passport and the paper you got, 12 reported cases match “Interview · officer said approved”: 9 issued/);
  });

  test('falls back to all cases, and gives nothing without an index', () => {
    expect(casesLikeYours({ route: 'dropbox' }, index)?.text).toMatch(/^Fewer than 3 reported cases match all your answers\. Leaving out how you applied, across all 76 reported cases: 11 issued/);
    expect(casesLikeYours({}, index)?.exact).toBe(true);
    expect(casesLikeYours({ route: 'interview' }, {})).toBeUndefined();
  });
});

describe('the index built from the dataset', () => {
  const built = buildScenarioIndex(dataset);
  const pageKeys = new Set(scenarioPages(dataset).map(keyOf));

  test('holds only scenarios that have a page, including all cases', () => {
    expect(built['']).toBeDefined();
    for (const key of Object.keys(built)) expect(pageKeys.has(key), key).toBe(true);
  });

  test('every combination of wizard answers gets a line that links to a page', () => {
    for (const route of [undefined, ...factValues.route])
      for (const officer of [undefined, ...factValues.officer])
        for (const status of [undefined, ...factValues.status]) {
          const facts = { ...(route && { route }), ...(officer && { officer }), ...(status && { status }) };
          const line = casesLikeYours(facts, built);
          expect(line, JSON.stringify(facts)).toBeDefined();
          expect(pageKeys.has(line!.key)).toBe(true);
        }
  });

  test('its numbers are those of the scenario page the line links to', () => {
    const line = casesLikeYours({ route: 'dropbox', status: 'refused-long' }, built)!;
    expect(line.key).toBe('route-dropbox/refused-long');
    const s = summarize(dataset, { route: 'dropbox', refused: 'long' });
    expect(built[line.key]).toEqual(briefOf(dataset, line.key));
    expect(built[line.key]).toMatchObject({ n: s.n, issued: s.byOutcome.issued.length, waiting: s.byOutcome.pending.length });
    expect(line.text).toBe(
      `${s.n} reported cases like yours: 0 issued, 1 asked to come to an interview, 2 still waiting when last reported, 4 with no outcome reported. ${tooFewWords(s.km.events)}`,
    );
  });

  test('stays small enough to pass to the wizard as a prop', () => {
    expect(JSON.stringify(built).length).toBeLessThan(8_000);
  });
});

describe('summaries in the wizard verdict’s own shape', () => {
  const summaries = wizardSummaries(dataset);
  const pick = (facts: Record<string, string>) =>
    summaries
      .filter((s) => Object.entries(s.match).every(([k, v]) => facts[k] === v))
      .sort((a, b) => Object.keys(b.match).length - Object.keys(a.match).length || b.n - a.n)[0];

  test('match on wizard facts only, with the Refused text as the status fact, and link to a page', () => {
    const pageKeys = new Set(scenarioPages(dataset).map(keyOf));
    expect(summaries.length).toBeGreaterThan(5);
    for (const s of summaries) {
      for (const [k, v] of Object.entries(s.match)) expect(factValues[k as keyof typeof factValues] as readonly string[]).toContain(v);
      expect(pageKeys.has(s.href!.replace(/^\/timelines\/|\/$/g, '')), s.href).toBe(true);
      expect(s.n).toBeGreaterThanOrEqual(3);
    }
  });

  test('read well after the wizard’s "{n} reported cases like yours ({period}, {pending} still pending):" prefix', () => {
    const s = pick({ route: 'interview', officer: 'approved', status: 'refused-short' })!;
    expect(s).toEqual({
      match: { route: 'interview', officer: 'approved', status: 'refused-short' },
      n: 5,
      pending: 1,
      period: 'Jan 2020 – Jan 2021',
      text: '1 issued, 3 with no outcome reported. Too few reports to say: only 1 case has an outcome on a known day, and we need at least 10.',
      href: '/timelines/route-interview/officer-approved/refused-short/',
    });
    expect(pick({ route: 'dropbox', status: 'refused-long' })?.href).toBe('/timelines/route-dropbox/refused-long/');
  });

  test('stay small enough for the wizard page', () => {
    // About 56 summaries; under 20 KB of JSON (the shared "too few" sentence repeats, so about 2 KB gzipped in the page).
    expect(JSON.stringify(summaries).length).toBeLessThan(20_000);
  });
});
