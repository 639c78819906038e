import { describe, expect, test } from 'vitest';
import { wizardSummaries } from '../../src/lib/timelines/wizard-summaries';
import { briefOf, briefText, outcomesText } from '../../src/lib/timelines/brief';
import { keyOf, scenarioPages } from '../../src/lib/timelines/scenarios';
import { summarize } from '../../src/lib/timelines/summary';
import { tooFewWords } from '../../src/lib/timelines/km';
import { factValues } from '../../src/lib/wizard/facts';
import { reportedFor } from '../../src/lib/wizard/reported';
import { loadDataset } from './fixtures/cases';

const dataset = loadDataset();

describe('the one-line brief of a scenario', () => {
  test('gives the median wait when the reports support one', () => {
    expect(briefText({ n: 12, issued: 9, interview: 0, waiting: 3, notReported: 0, outcomes: 10, median: 7 })).toBe(
      '9 issued, 3 still waiting when last reported. Half had an outcome by day 7',
    );
  });

  test('says there are too few reports below the 10-outcome rule', () => {
    const brief = { n: 76, issued: 11, interview: 5, waiting: 47, notReported: 13, outcomes: 9, median: null };
    expect(briefText(brief)).toBe(`${outcomesText(brief)}. ${tooFewWords(9).replace(/\.$/, '')}`);
    expect(outcomesText(brief)).toBe(
      '11 issued, 5 asked to come to an interview, 47 still waiting when last reported, 13 with no outcome reported',
    );
  });

  test('counts the cases of the scenario page with that key', () => {
    const s = summarize(dataset, { route: 'dropbox', refused: 'long' });
    expect(briefOf(dataset, 'route-dropbox/refused-long')).toMatchObject({
      n: s.n,
      issued: s.byOutcome.issued.length,
      waiting: s.byOutcome.pending.length,
      outcomes: s.km.events,
    });
  });
});

describe('summaries in the wizard verdict’s own shape', () => {
  const summaries = wizardSummaries(dataset);

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
    const s = reportedFor({ route: 'interview', officer: 'approved', status: 'refused-short' }, summaries)!;
    expect(s).toEqual({
      match: { route: 'interview', officer: 'approved', status: 'refused-short' },
      n: 5,
      pending: 1,
      period: 'Jan 2020 – Jan 2021',
      text: '1 issued, 3 with no outcome reported. Too few reports to say: only 1 case has an outcome on a known day, and we need at least 10.',
      href: '/timelines/route-interview/officer-approved/refused-short/',
    });
    expect(reportedFor({ route: 'dropbox', status: 'refused-long' }, summaries)?.href).toBe('/timelines/route-dropbox/refused-long/');
  });

  test('stay small enough for the wizard page', () => {
    // About 56 summaries; under 20 KB of JSON (the shared "too few" sentence repeats, so about 2 KB gzipped in the page).
    expect(JSON.stringify(summaries).length).toBeLessThan(20_000);
  });
});
