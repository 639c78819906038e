import { describe, expect, test } from 'vitest';
import { figuresOf, recentCohort, scrapedCohort, shareOut, spreadOverMonth } from '../../src/lib/measured/checkee';
import { dvYear, usableDvYears } from '../../src/lib/measured/dv';
import { visaOfficeYears } from '../../src/lib/measured/visa-office';
import { measuredWaitFor, measuredWaitText, waitList, type MeasuredWaits } from '../../src/lib/timelines/measured-wait';
import { tooFewWords } from '../../src/lib/timelines/km';
import type { CheckeeCase, CheckeeMonth, DvCase, VisaOfficeLine } from '../../src/lib/measured/types';

const decided = (
  check: string,
  days: number,
  visa: CheckeeCase['visa_type'] = 'F1',
  status: CheckeeCase['status'] = 'Clear',
): CheckeeCase => ({
  check_date: check,
  complete_date: '',
  waiting_days: days,
  status,
  visa_type: visa,
  entry: 'New',
  consulate: 'BeiJing',
  major: '',
  line: 0,
});
const month = (m: string, pending: number, clear: number, asOf: string): CheckeeMonth => ({
  check_month: m,
  pending,
  clear,
  reject: 0,
  total: pending + clear,
  avg_wait_days_of_cleared: null,
  as_of: asOf,
  line: 0,
});

describe('pending cases, known only per check month, are censored at the day the table was read', () => {
  test('spread evenly over the month', () => {
    expect(spreadOverMonth('2026-02', 4, '2026-07-29')).toEqual(['2026-02-04', '2026-02-11', '2026-02-18', '2026-02-25']);
    expect(spreadOverMonth('2026-02', 1, '2026-07-29')).toEqual(['2026-02-15']);
    expect(spreadOverMonth('2026-02', 0, '2026-07-29')).toEqual([]);
  });
  test('never after the day the table was read, in the month it was read', () => {
    expect(spreadOverMonth('2026-07', 2, '2026-07-10')).toEqual(['2026-07-03', '2026-07-08']);
  });
  test('shared out by a mix in whole numbers that add up (largest remainder)', () => {
    expect(
      shareOut(
        10,
        new Map([
          ['a', 1],
          ['b', 1],
          ['c', 1],
        ]),
      ),
    ).toEqual(
      new Map([
        ['a', 4],
        ['b', 3],
        ['c', 3],
      ]),
    );
    expect(
      shareOut(
        5,
        new Map([
          ['a', 3],
          ['b', 1],
        ]),
      ),
    ).toEqual(
      new Map([
        ['a', 4],
        ['b', 1],
      ]),
    );
    expect(shareOut(5, new Map())).toEqual(new Map());
  });
  test('a cohort: decided cases are outcomes, pending counts become still-waiting cases', () => {
    const cases = [
      decided('2026-01-05', 10),
      decided('2026-01-20', 30, 'B1'),
      decided('2026-02-01', 5, 'F1', 'Reject'),
      decided('2025-12-01', 2),
    ];
    const months = [month('2026-01', 2, 2, '2026-03-01'), month('2026-02', 1, 1, '2026-03-01')];
    const c = recentCohort(cases, months, { from: '2026-01', to: '2026-02' });
    expect([c.n, c.decided, c.rejected, c.pending, c.followUp]).toEqual([6, 3, 1, 3, '2026-03-01']);
    // January's two pending cases: checks on 8 and 24 January (52 and 36 days to 1 March); February's one on 15 February (14 days).
    expect(c.km.steps.filter((s) => s.censored > 0).map((s) => [s.time, s.censored])).toEqual([
      [14, 1],
      [36, 1],
      [52, 1],
    ]);
    // F only: January's 2 pending go 1 to F and 1 to B (one decided case each); February's to F.
    const f = recentCohort(cases, months, { from: '2026-01', to: '2026-02', visa: 'f' });
    expect([f.n, f.decided, f.pending]).toEqual([4, 2, 2]);
    const fb = recentCohort(cases, months, { from: '2026-01', to: '2026-02', visa: ['f', 'b'] });
    expect([fb.n, fb.decided, fb.pending]).toEqual([6, 3, 3]);
  });
  test('the 2018 scrape: whatever the table counts beyond the scraped clearances waits until the scrape day', () => {
    const cleared = [decided('2017-01-03', 20), decided('2017-01-10', 25), { ...decided('2017-01-11', 60), complete_date: '2017-03-12' }];
    const c = scrapedCohort(
      cleared.map((x, i) => ({ ...x, complete_date: i < 2 ? '2017-02-01' : '2017-03-12' })),
      [month('2017-01', 3, 3, '2026-07-29')],
      { from: '2017-01', to: '2017-01' },
      '2017-03-01',
    );
    // 2 cleared by the scrape day; the third cleared after it, plus 3 pending: 4 still waiting on 1 March.
    expect([c.n, c.decided, c.pending, c.followUp]).toEqual([6, 2, 4, '2017-03-01']);
  });
  test('figures follow the 10-outcome rule', () => {
    const few = recentCohort([decided('2026-01-05', 10)], [month('2026-01', 20, 1, '2026-03-01')], { from: '2026-01', to: '2026-01' });
    expect(figuresOf(few.km)).toMatchObject({ enough: false, median: undefined, medianNote: tooFewWords(1), by: undefined });
  });
});

test('DV: a year is read only once it has ended and has issuances', () => {
  const dv = (fy: number, outcome: DvCase['outcome'], days: number): DvCase => ({
    fiscal_year: fy,
    region: 'AF',
    consulate: 'NRB',
    first_221g_status_date: '2023-01-01',
    first_221g_seen_in_snapshot: '2023-01-07',
    outcome,
    outcome_status_date: '',
    days_221g_to_outcome_or_censor: days,
    line: 0,
  });
  const rows = [
    ...Array.from({ length: 12 }, (_, i) => dv(2023, 'Issued', i + 1)),
    dv(2023, 'still 221(g) at last snapshot', 200),
    dv(2023, 'Refused', 50),
    dv(2026, 'Dark', 90),
  ];
  const y = dvYear(rows, 2023);
  expect([y.n, y.issued, y.stillWaiting, y.refused, y.other, y.medianToIssue]).toEqual([14, 12, 1, 1, 0, 6]);
  expect(y.issuedBy[30]).toBeCloseTo(12 / 14, 12);
  expect(usableDvYears([y, dvYear(rows, 2026)], '2026-08-22').map((x) => x.fiscalYear)).toEqual([2023]);
});

test('Visa Office: the share overcome is computed from the counts, and "same" repeats the source above', () => {
  const l = (ground: VisaOfficeLine['ground'], findings: number, overcome: number | null, source: string): VisaOfficeLine => ({
    fiscal_year: 2024,
    visa_kind: 'NIV',
    ground,
    ineligibility_findings: findings,
    overcome_or_waived: overcome,
    pct_overcome: '99',
    source_grade: 'official table',
    source,
    line: 0,
  });
  const [y] = visaOfficeYears([l('221(g)', 200, 150, 'Report'), l('ALL GROUNDS', 1000, 160, 'same')]);
  expect(y).toMatchObject({
    shareOvercome: 0.75,
    shareOfAllFindings: 0.2,
    shareOfAllOvercome: 150 / 160,
    source: 'Report',
    official: true,
  });
});

describe('the wizard measured timing line', () => {
  const line = (group: string, n: number) => {
    const base = {
      group,
      n,
      pending: 10,
      median: 90,
      completedMedian: 60,
      period: 'November 2025 to July 2026',
      followUp: '29 July 2026',
      source: 'self-reported cases on checkee.info',
      href: '/timelines/security-checks/',
    };
    return { ...base, text: measuredWaitText(base, tooFewWords(0)) };
  };
  const waits: MeasuredWaits = {
    all: line('all nonimmigrant visas', 100),
    byVisa: { b: line('B visitor visas', 40), 'other-niv': line('all nonimmigrant visas', 100) },
  };
  test('only for administrative processing; without a visa answer, all nonimmigrant cases', () => {
    expect(measuredWaitFor({ meaning: 'administrative-processing' }, waits)).toBe(waits.all);
    expect(measuredWaitFor({ meaning: 'likely-approved' }, waits)).toBeUndefined();
    expect(measuredWaitFor({ meaning: 'administrative-processing', visa: 'b' }, waits)).toBe(waits.byVisa.b);
    // No measured figure for immigrant visas: none rather than a borrowed one.
    expect(measuredWaitFor({ meaning: 'administrative-processing', visa: 'iv-family' }, waits)).toBeUndefined();
  });
  test('the sentence carries n, the period, the follow-up day and the source', () => {
    expect(waits.byVisa.b!.text).toBe(
      'Of 40 people (B visitor visas) who logged a security check from November 2025 to July 2026, half had an answer within 90 days, counting the 10 still waiting on 29 July 2026; counting only those with an answer, 60 days. Source: self-reported cases on checkee.info; self-selected, mostly long checks at posts in China.',
    );
    const few = { ...line('x', 5), median: undefined };
    expect(measuredWaitText(few, tooFewWords(2))).toBe(
      `Measured on 5 people (x) who logged a security check from November 2025 to July 2026: ${tooFewWords(2)}`,
    );
  });
  test('one template per distinct line', () => {
    expect(waitList({ all: waits.all, byVisa: { b: waits.byVisa.b!, 'other-niv': waits.all } })).toEqual([waits.all, waits.byVisa.b]);
  });
});
