/**
 * The site's pipeline (import → cohorts → Kaplan–Meier with log-log intervals) against figures
 * computed independently, outside the project, when the data were taken (fixtures/measured/).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCsv } from '../../src/lib/measured/csv';
import { loadMeasured, type Manifest } from '../../src/lib/measured/import';
import { clearedOnly, figuresOf, recentCohort, scrapedCohort, type CohortSpec } from '../../src/lib/measured/checkee';
import { dvYear } from '../../src/lib/measured/dv';
import type { MeasuredData, VisaKind } from '../../src/lib/measured/types';

const read = (p: string) => readFileSync(p, 'utf8');
const oracle = (name: string) =>
  readCsv(
    read(`tests/unit/fixtures/measured/${name}`),
    name,
    read(`tests/unit/fixtures/measured/${name}`).split(/\r?\n/)[0]!.split(','),
  ).rows.map((r) => r.cells);
let data: MeasuredData;
let scrapeDay: string;
beforeAll(() => {
  const manifest = JSON.parse(read('data/sources.json')) as Manifest;
  data = loadMeasured(read, manifest);
  scrapeDay = manifest.files['checkee/cleared-2009_to_2018.csv']!.followUp;
}, 30_000);

const ci = (s: string) => s.split('-').map(Number);

describe('recent checkee cohorts (pending cases censored per check month)', () => {
  const rows = oracle('agg_checkee_km_fresh_2025-11_to_2026-07.csv');
  const cases: [string, CohortSpec][] = [
    ['ALL visa types, check 2025-11..2026-07 (pending censored)', { from: '2025-11', to: '2026-07' }],
    ...(['b', 'f', 'h', 'j', 'l'] as VisaKind[]).map((v): [string, CohortSpec] => [
      `${v.toUpperCase()} visas (pending allocated by month mix)`,
      { from: '2025-11', to: '2026-07', visa: v },
    ]),
    ['check months 2025-11..2026-01 (pending censored)', { from: '2025-11', to: '2026-01' }],
    ['check months 2026-02..2026-04 (pending censored)', { from: '2026-02', to: '2026-04' }],
    ['check months 2026-05..2026-07 (pending censored)', { from: '2026-05', to: '2026-07' }],
  ];
  for (const [group, spec] of cases) {
    test(group, () => {
      const o = rows.find((r) => r['group'] === group)!;
      const c = recentCohort(data.checkeeRecent, data.checkeeMonths, spec);
      const f = figuresOf(c.km);
      expect([c.n, c.decided, c.pending]).toEqual([Number(o['n']), Number(o['events']), Number(o['censored'])]);
      expect([f.median, f.medianLow, f.medianHigh]).toEqual([Number(o['km_median_days']), ...ci(o['km_median_ci95']!)]);
      // By visa kind, a month's pending cases are spread over the month in a slightly different order
      // than in the oracle, which moves a share by up to a few tenths of a percent.
      const tolerance = spec.visa ? 0.5 : 0.05;
      for (const d of [30, 60, 90, 180] as const)
        expect(Math.abs(Math.round(f.by![d] * 1000) / 10 - Number(o[`pct_decided_by_${d}d`]))).toBeLessThanOrEqual(tolerance);
      expect(figuresOf(c.completedOnly).median).toBe(Number(o['completed_only_median_days']));
    });
  }
  test('completed cases only: median and its interval', () => {
    const o = rows.find((r) => r['group']!.startsWith('ALL, completed cases only'))!;
    const f = figuresOf(recentCohort(data.checkeeRecent, data.checkeeMonths, { from: '2025-11', to: '2026-07' }).completedOnly);
    expect([f.n, f.median, f.medianLow, f.medianHigh]).toEqual([Number(o['n']), Number(o['km_median_days']), ...ci(o['km_median_ci95']!)]);
  });
  test('O visas: the same decided cases; sharing out pending counts rounds one case differently', () => {
    const o = rows.find((r) => r['group']!.startsWith('O visas'))!;
    const c = recentCohort(data.checkeeRecent, data.checkeeMonths, { from: '2025-11', to: '2026-07', visa: 'o' });
    expect(c.decided).toBe(Number(o['events']));
    expect(Math.abs(c.pending - Number(o['censored']))).toBeLessThanOrEqual(1);
  });
  test('1.2 % of the decided cases were refused', () => {
    const c = recentCohort(data.checkeeRecent, data.checkeeMonths, { from: '2025-11', to: '2026-07' });
    expect(Math.round((c.rejected / c.decided) * 1000) / 10).toBe(1.2);
  });
});

describe('2016–2018 cohorts from the 2018 scrape', () => {
  const rows = oracle('agg_checkee_km_2016-2018.csv');
  // The oracle counted a few cases differently around the scrape day; n, medians and intervals agree.
  for (const [label, spec] of [
    ['ALL, check 2017-01..2017-12', { from: '2017-01', to: '2017-12' }],
    ['ALL, check 2018-01..2018-06', { from: '2018-01', to: '2018-06' }],
    ['ALL, check 2016-08..2016-12', { from: '2016-08', to: '2016-12' }],
  ] as const) {
    test(label, () => {
      const o = rows.find((r) => r['group']!.startsWith(label))!;
      const c = scrapedCohort(data.checkeeCleared, data.checkeeMonths, spec, scrapeDay);
      const f = figuresOf(c.km);
      expect(Math.abs(c.n - Number(o['n']))).toBeLessThanOrEqual(1);
      expect(Math.abs(c.decided - Number(o['events']))).toBeLessThanOrEqual(3);
      expect([f.median, f.medianLow, f.medianHigh]).toEqual([Number(o['km_median_days']), ...ci(o['km_median_ci95']!)]);
      expect(figuresOf(c.completedOnly).median).toBe(Number(o['completed_only_median_days']));
    });
  }
});

test('2009–2018 cleared cases only, by period and visa kind: the same medians', () => {
  const periods: Record<string, CohortSpec> = {
    '2009-2012': { from: '2009-01', to: '2012-12' },
    '2013-2015': { from: '2013-01', to: '2015-12' },
    '2016-2018': { from: '2016-01', to: '2018-12' },
  };
  for (const o of oracle('agg_checkee_completed_only_by_period_and_visa.csv').filter((r) => periods[r['period']!])) {
    const km = clearedOnly(data.checkeeCleared, { ...periods[o['period']!]!, visa: o['visa_group']!.toLowerCase() as VisaKind });
    // We leave out 8 rows with impossible dates (data/sources.json), so n can be a few lower.
    expect(Number(o['cleared']) - km.n, `${o['period']} ${o['visa_group']}`).toBeGreaterThanOrEqual(0);
    expect(Number(o['cleared']) - km.n).toBeLessThanOrEqual(3);
    // The oracle's median of an even number of cases is the mean of the two middle ones, rounded;
    // the Kaplan–Meier median is the first day half are done (the lower middle one).
    const m = figuresOf(km).median!;
    expect(Number(o['median']) - m, `${o['period']} ${o['visa_group']}`).toBeGreaterThanOrEqual(0);
    expect(Number(o['median']) - m, `${o['period']} ${o['visa_group']}`).toBeLessThanOrEqual(km.n % 2 === 0 ? 1 : 0);
  }
});

test('DV years: cases, issued, median days to issue, still in 221(g) at the end of the year', () => {
  for (const o of oracle('agg_dv_221g_outcomes_by_fy.csv')) {
    const y = dvYear(data.dv, Number(o['fiscal_year']));
    expect([y.n, y.issued, y.stillWaiting, y.refused, y.other]).toEqual(
      ['cases_ever_221g', 'ever_221g_then_issued', 'ever_221g_still_221g_at_end', 'ever_221g_final_refused', 'ever_221g_other'].map((k) =>
        Number(o[k]),
      ),
    );
    // DV-2026 has no issued case, so no median (the oracle writes 0).
    if (y.issued > 0) {
      expect(y.medianToIssue).toBe(Number(o['issued_median_days']));
      expect(Math.round((y.issued / y.n) * 1000) / 10).toBe(Number(o['pct_ever_221g_issued']));
    } else expect(y.medianToIssue).toBeUndefined();
  }
  for (const o of oracle('agg_dv_221g_by_region.csv')) {
    const r = dvYear(data.dv, Number(o['fiscal_year'])).regions.find((x) => x.region === o['region'])!;
    expect([r.n, r.issued]).toEqual([Number(o['ever_221g']), Number(o['then_issued'])]);
  }
});
