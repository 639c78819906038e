/**
 * Kaplan–Meier (product-limit) estimate of the share of cases still waiting after t days.
 *
 * A case that is still pending when last reported is "censored": we know it waited at least
 * that long, not how long. Dropping such cases, or counting them as finished, would make waits
 * look shorter than they were; the product-limit estimate uses them for exactly as long as they
 * were seen. Conventions (Kaplan & Meier 1958; Collett, Modelling Survival Data):
 *   - at each time with an outcome, S(t) = S(t-) × (1 − outcomes / at risk);
 *   - a case censored at the same time as an outcome still counts as at risk at that time;
 *   - the p-quantile is the first time S(t) ≤ 1 − p (no interpolation); it is undefined when
 *     the curve never gets that low.
 */

export interface Observation {
  /** Days from the start (interview or drop-off) to the outcome, or to the last report. */
  time: number;
  /** true: the outcome happened at `time`; false: still waiting at `time` (censored). */
  event: boolean;
}

export interface KmStep {
  /** A time at which at least one outcome or censoring happened. */
  time: number;
  /** Cases still waiting just before `time` (their time is ≥ `time`). */
  atRisk: number;
  /** Outcomes at `time`. */
  events: number;
  /** Cases last seen, still waiting, at `time`. */
  censored: number;
  /** Share still waiting just after `time`, 0–1. */
  survival: number;
}

export interface KmEstimate {
  /** Observations used. */
  n: number;
  events: number;
  censored: number;
  /** One row per distinct time, ascending. Empty for empty input. */
  steps: KmStep[];
}

export function kaplanMeier(observations: readonly Observation[]): KmEstimate {
  for (const o of observations) {
    if (!Number.isFinite(o.time) || o.time < 0) throw new RangeError(`A time must be a finite number of days ≥ 0, got ${o.time}.`);
  }
  const times = [...new Set(observations.map((o) => o.time))].sort((a, b) => a - b);
  const steps: KmStep[] = [];
  let survival = 1;
  for (const time of times) {
    const atRisk = observations.filter((o) => o.time >= time).length;
    const events = observations.filter((o) => o.time === time && o.event).length;
    const censored = observations.filter((o) => o.time === time && !o.event).length;
    survival *= 1 - events / atRisk;
    steps.push({ time, atRisk, events, censored, survival });
  }
  const events = observations.filter((o) => o.event).length;
  return { n: observations.length, events, censored: observations.length - events, steps };
}

/** Share still waiting after `t` days (1 before the first outcome). */
export function survivalAt(km: KmEstimate, t: number): number {
  let s = 1;
  for (const step of km.steps) {
    if (step.time > t) break;
    s = step.survival;
  }
  return s;
}

/**
 * The first time by which a share `p` of cases had an outcome (p = 0.5: the median), or
 * undefined when the estimate never reaches it (too many cases still waiting when last seen).
 */
export function quantile(km: KmEstimate, p: number): number | undefined {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be between 0 and 1, got ${p}.`);
  // Compare with a tolerance: 1 − 0.9 is 0.09999999999999998 in floating point.
  return km.steps.find((s) => s.events > 0 && s.survival <= 1 - p + 1e-9)?.time;
}

/** The minimum number of dated cases before a median or a 90th percentile is shown. */
export const MIN_FOR_MEDIAN = 5;
export const MIN_FOR_P90 = 10;
/**
 * A quantile resting on fewer cases still being followed than this is not shown. Without any
 * censoring, the 90th percentile of ten cases rests on two, so that is its floor.
 */
export const MIN_AT_RISK = { median: 3, p90: 2 } as const;

export type QuantileResult =
  | { kind: 'value'; days: number }
  | { kind: 'not-enough'; reason: string };

/** A quantile only when the data support it; otherwise why not, in plain words. */
export function supportedQuantile(km: KmEstimate, p: 0.5 | 0.9): QuantileResult {
  const min = p === 0.5 ? MIN_FOR_MEDIAN : MIN_FOR_P90;
  const share = p === 0.5 ? 'half' : '9 in 10';
  if (km.n < min) {
    return { kind: 'not-enough', reason: `${km.n === 0 ? 'No' : `Only ${km.n}`} ${km.n === 1 ? 'report gives' : 'reports give'} dates; we need at least ${min}.` };
  }
  const days = quantile(km, p);
  if (days === undefined) {
    return { kind: 'not-enough', reason: `Fewer than ${share} of the dated cases had an outcome by the time they were last reported.` };
  }
  const atRisk = km.steps.find((s) => s.time === days)!.atRisk;
  if (atRisk < (p === 0.5 ? MIN_AT_RISK.median : MIN_AT_RISK.p90)) {
    return { kind: 'not-enough', reason: `The estimate reaches ${share} only at day ${days}, when just ${atRisk} ${atRisk === 1 ? 'case was' : 'cases were'} still being followed; that is too few to say.` };
  }
  return { kind: 'value', days };
}
