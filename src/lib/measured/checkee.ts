/**
 * Cohorts of checkee.info cases: who waited how long for an administrative-processing
 * ("security check") answer, with the Kaplan–Meier code of src/lib/timelines/km.ts.
 *
 * Decided cases come one per row (check day, answer day). Pending cases exist only as counts per
 * check month in checkee's own table, so each month's pending cases are spread evenly over the
 * days of that month (up to the day the table was read) and counted as still waiting on the day
 * the table was read: the "census per month" approximation of docs/adr/011-measured-timelines.md.
 */
import { daysBetween } from '../dates/calendar';
import {
  enoughOutcomes,
  kaplanMeier,
  quantileInterval,
  shareDoneBy,
  supportedQuantile,
  tooFewWords,
  type KmEstimate,
  type Observation,
} from '../timelines/km';
import type { CheckeeCase, CheckeeMonth, VisaKind } from './types';
import { visaKindOf } from './types';

/** Days at which the pages give "share with an answer by day …". */
export const milestones = [30, 60, 90, 180] as const;

export interface CohortSpec {
  /** First and last check month, YYYY-MM. */
  from: string;
  to: string;
  /** Only this visa kind, or these (pending cases are shared out by the month's mix of decided cases). */
  visa?: VisaKind | readonly VisaKind[] | undefined;
}

/** The counts of a cohort: what both the estimate (Cohort) and the printed figures (CohortFigures) carry. */
export interface CohortCounts {
  spec: CohortSpec;
  /** Cases counted: decided + still waiting. */
  n: number;
  decided: number;
  rejected: number;
  pending: number;
  /** The day the cases were last followed (the latest day the monthly table was read for them). */
  followUp: string;
}

export interface Cohort extends CohortCounts {
  km: KmEstimate;
  /** The estimate from decided cases only (ignores the still-waiting). */
  completedOnly: KmEstimate;
}

const monthOf = (date: string) => date.slice(0, 7);
/** The visa kinds a spec selects, or undefined for all. */
function kindsOf(spec: CohortSpec): readonly VisaKind[] | undefined {
  return spec.visa === undefined ? undefined : typeof spec.visa === 'string' ? [spec.visa] : spec.visa;
}
/** The group a case falls in for sharing out pending counts: "in" the spec's kinds, or its own kind. */
const groupOf = (kinds: readonly VisaKind[], c: CheckeeCase): string =>
  kinds.includes(visaKindOf(c.visa_type)) ? 'in' : visaKindOf(c.visa_type);
const inRange = (month: string, spec: CohortSpec) => month >= spec.from && month <= spec.to;

function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The check days given to `count` pending cases of one month: evenly spread over the month's
 * days up to `until` (the day the table was read, when it falls inside the month).
 */
export function spreadOverMonth(month: string, count: number, until: string): string[] {
  const last = monthOf(until) === month ? Number(until.slice(8, 10)) : daysInMonth(month);
  return Array.from({ length: count }, (_, i) => `${month}-${String(1 + Math.floor(((i + 0.5) * last) / count)).padStart(2, '0')}`);
}

/**
 * Shares `total` out over groups in proportion to `weights` (largest remainder, ties to the
 * group listed first), so the parts are whole numbers that add up to the total.
 */
export function shareOut<K extends string>(total: number, weights: ReadonlyMap<K, number>): Map<K, number> {
  const sum = [...weights.values()].reduce((a, b) => a + b, 0);
  const out = new Map<K, number>();
  if (sum === 0) return out;
  const parts = [...weights].map(([k, w]) => ({ k, exact: (total * w) / sum }));
  for (const p of parts) out.set(p.k, Math.floor(p.exact));
  let left = total - [...out.values()].reduce((a, b) => a + b, 0);
  const byRemainder = [...parts].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)));
  for (const p of byRemainder) {
    if (left <= 0) break;
    out.set(p.k, out.get(p.k)! + 1);
    left -= 1;
  }
  return out;
}

/**
 * Recent cohorts: decided cases from the dashboard history plus the monthly table's pending
 * counts, censored at the day the table was read.
 */
export function recentCohort(decidedAll: readonly CheckeeCase[], months: readonly CheckeeMonth[], spec: CohortSpec): Cohort {
  const inCohort = decidedAll.filter((c) => inRange(monthOf(c.check_date), spec));
  const kinds = kindsOf(spec);
  const decided = kinds ? inCohort.filter((c) => kinds.includes(visaKindOf(c.visa_type))) : inCohort;
  const observations: Observation[] = decided.map((c) => ({ time: c.waiting_days, event: true }));
  let pending = 0;
  let followUp = '';
  for (const m of months.filter((r) => inRange(r.check_month, spec))) {
    let count = m.pending;
    if (kinds) {
      const mix = new Map<string, number>();
      for (const c of inCohort.filter((c) => monthOf(c.check_date) === m.check_month))
        mix.set(groupOf(kinds, c), (mix.get(groupOf(kinds, c)) ?? 0) + 1);
      count = shareOut(m.pending, mix).get('in') ?? 0;
    }
    for (const day of spreadOverMonth(m.check_month, count, m.as_of)) observations.push({ time: daysBetween(day, m.as_of), event: false });
    pending += count;
    if (m.as_of > followUp) followUp = m.as_of;
  }
  return {
    spec,
    n: observations.length,
    decided: decided.length,
    rejected: decided.filter((c) => c.status === 'Reject').length,
    pending,
    followUp,
    km: kaplanMeier(observations),
    completedOnly: kaplanMeier(decided.map((c) => ({ time: c.waiting_days, event: true }))),
  };
}

/**
 * Older cohorts from the 2018 scrape, which kept cleared cases only: a case cleared by the scrape
 * day is an outcome; every other case checkee's table counts for those months (still pending,
 * rejected, or cleared after the scrape) is counted as still waiting on the scrape day.
 */
export function scrapedCohort(
  cleared: readonly CheckeeCase[],
  months: readonly CheckeeMonth[],
  spec: CohortSpec,
  scrapeDay: string,
): Cohort {
  const inCohort = cleared.filter((c) => inRange(monthOf(c.check_date), spec) && c.complete_date <= scrapeDay);
  const kinds = kindsOf(spec);
  const decided = kinds ? inCohort.filter((c) => kinds.includes(visaKindOf(c.visa_type))) : inCohort;
  const observations: Observation[] = decided.map((c) => ({ time: c.waiting_days, event: true }));
  let pending = 0;
  for (const m of months.filter((r) => inRange(r.check_month, spec))) {
    const seen = inCohort.filter((c) => monthOf(c.check_date) === m.check_month);
    let count = Math.max(0, m.total - seen.length);
    if (kinds) {
      const mix = new Map<string, number>();
      for (const c of seen) mix.set(groupOf(kinds, c), (mix.get(groupOf(kinds, c)) ?? 0) + 1);
      count = shareOut(count, mix).get('in') ?? 0;
    }
    for (const day of spreadOverMonth(m.check_month, count, scrapeDay))
      observations.push({ time: daysBetween(day, scrapeDay), event: false });
    pending += count;
  }
  return {
    spec,
    n: observations.length,
    decided: decided.length,
    rejected: 0,
    pending,
    followUp: scrapeDay,
    km: kaplanMeier(observations),
    completedOnly: kaplanMeier(decided.map((c) => ({ time: c.waiting_days, event: true }))),
  };
}

/** Cleared cases only, for years without any count of pending cases (before April 2016). */
export function clearedOnly(cleared: readonly CheckeeCase[], spec: CohortSpec): KmEstimate {
  return kaplanMeier(
    cleared
      .filter((c) => inRange(monthOf(c.check_date), spec) && (kindsOf(spec)?.includes(visaKindOf(c.visa_type)) ?? true))
      .map((c) => ({ time: c.waiting_days, event: true })),
  );
}

/** The numbers a page prints for one estimate; every value undefined below the 10-outcome rule. */
export interface EstimateFigures {
  n: number;
  outcomes: number;
  /** false: fewer than MIN_OUTCOMES outcomes; nothing below is given. */
  enough: boolean;
  median: number | undefined;
  /** Why there is no median (the shared "too few" words, or that half had no answer yet). */
  medianNote: string | undefined;
  medianLow: number | undefined;
  medianHigh: number | undefined;
  /** Share with an answer by each milestone day, 0–1. */
  by: Record<(typeof milestones)[number], number> | undefined;
}

export function figuresOf(km: KmEstimate): EstimateFigures {
  const enough = enoughOutcomes(km);
  if (!enough)
    return {
      n: km.n,
      outcomes: km.events,
      enough,
      median: undefined,
      medianNote: tooFewWords(km.events),
      medianLow: undefined,
      medianHigh: undefined,
      by: undefined,
    };
  const median = supportedQuantile(km, 0.5);
  const ci = quantileInterval(km, 0.5);
  const by = Object.fromEntries(milestones.map((d) => [d, shareDoneBy(km, d)])) as EstimateFigures['by'];
  return median.kind === 'value'
    ? { n: km.n, outcomes: km.events, enough, median: median.days, medianNote: undefined, medianLow: ci.low, medianHigh: ci.high, by }
    : {
        n: km.n,
        outcomes: km.events,
        enough,
        median: undefined,
        medianNote: median.reason,
        medianLow: undefined,
        medianHigh: undefined,
        by,
      };
}
