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
  // One pass over the observations sorted by time (thousands of measured cases, not only 76).
  const sorted = [...observations].sort((a, b) => a.time - b.time);
  const steps: KmStep[] = [];
  let survival = 1;
  let atRisk = sorted.length;
  for (let i = 0; i < sorted.length;) {
    const time = sorted[i]!.time;
    let events = 0;
    let censored = 0;
    for (; i < sorted.length && sorted[i]!.time === time; i++) {
      if (sorted[i]!.event) events += 1;
      else censored += 1;
    }
    survival *= 1 - events / atRisk;
    steps.push({ time, atRisk, events, censored, survival });
    atRisk -= events + censored;
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

/**
 * One rule everywhere: no median, no percentile and no curve rests on fewer than this many
 * outcomes (cases whose answer came on a known day). Below it every page, the wizard included,
 * prints tooFewWords() and nothing else.
 */
export const MIN_OUTCOMES = 10;
/**
 * A quantile resting on fewer cases still being followed than this is not shown: the curve's
 * last steps are each one or two cases and jump around.
 */
export const MIN_AT_RISK = { median: 3, p90: 2 } as const;

/** The same "too few" words on every page (and in the wizard): the only thing shown below the rule. */
export function tooFewWords(outcomes: number): string {
  return `Too few reports to say: ${outcomes === 0 ? 'no case has' : outcomes === 1 ? 'only 1 case has' : `only ${outcomes} cases have`} an outcome on a known day, and we need at least ${MIN_OUTCOMES}.`;
}

/** True when the estimate may be drawn as a curve or summarised by a median. */
export function enoughOutcomes(km: Pick<KmEstimate, 'events'>): boolean {
  return km.events >= MIN_OUTCOMES;
}

export type QuantileResult = { kind: 'value'; days: number } | { kind: 'not-enough'; reason: string };

/** A quantile only when the data support it; otherwise why not, in plain words. */
export function supportedQuantile(km: KmEstimate, p: 0.5 | 0.9): QuantileResult {
  const share = p === 0.5 ? 'half' : '9 in 10';
  if (!enoughOutcomes(km)) return { kind: 'not-enough', reason: tooFewWords(km.events) };
  const days = quantile(km, p);
  if (days === undefined) {
    const last = km.steps.at(-1)!.time;
    return {
      kind: 'not-enough',
      reason: `Fewer than ${share} had an outcome by the last day these cases were followed (day ${last}), so it took longer than that.`,
    };
  }
  const atRisk = km.steps.find((s) => s.time === days)!.atRisk;
  if (atRisk < (p === 0.5 ? MIN_AT_RISK.median : MIN_AT_RISK.p90)) {
    return {
      kind: 'not-enough',
      reason: `The estimate reaches ${share} only at day ${days}, when just ${atRisk} ${atRisk === 1 ? 'case was' : 'cases were'} still being followed; that is too few to say.`,
    };
  }
  return { kind: 'value', days };
}

/**
 * Greenwood's sum up to and including `t`: Σ d / (n (n − d)) over times with outcomes. The
 * variance of S(t) is S(t)² times this sum (Greenwood 1926). Infinite once S reaches 0.
 */
export function greenwoodSum(km: KmEstimate, t: number): number {
  let sum = 0;
  for (const step of km.steps) {
    if (step.time > t) break;
    if (step.events === 0) continue;
    const rest = step.atRisk - step.events;
    sum += rest === 0 ? Number.POSITIVE_INFINITY : step.events / (step.atRisk * rest);
  }
  return sum;
}

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/**
 * A pointwise 95 % confidence band for S(t) on the log(−log) scale ("exponential Greenwood",
 * Kalbfleisch & Prentice; the default in R's survival package with conf.type = "log-log" and in
 * Python's lifelines). It always stays between 0 and 1. At S = 1 or S = 0 the band is the point.
 */
export function survivalBand(km: KmEstimate, t: number, z: number = Z95): { low: number; high: number } {
  const s = survivalAt(km, t);
  if (s >= 1 || s <= 0) return { low: s, high: s };
  const logS = Math.log(s);
  const se = Math.sqrt(greenwoodSum(km, t)) / Math.abs(logS);
  const centre = Math.log(-logS);
  return { low: Math.exp(-Math.exp(centre + z * se)), high: Math.exp(-Math.exp(centre - z * se)) };
}

/**
 * 95 % confidence interval of the p-quantile (Brookmeyer & Crowley 1982, with the log(−log)
 * band): from the first time the band's lower edge is at or below 1 − p to the first time its
 * upper edge is. `high` is undefined when the upper edge never gets that low within follow-up.
 */
export function quantileInterval(km: KmEstimate, p: number, z: number = Z95): { low: number | undefined; high: number | undefined } {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be between 0 and 1, got ${p}.`);
  const target = 1 - p + 1e-9;
  let low: number | undefined;
  let high: number | undefined;
  for (const step of km.steps) {
    const band = survivalBand(km, step.time, z);
    if (low === undefined && band.low <= target) low = step.time;
    if (high === undefined && band.high <= target) high = step.time;
    if (low !== undefined && high !== undefined) break;
  }
  return { low, high };
}

/** Share of cases with an outcome by day `t` (1 − S(t)). */
export function shareDoneBy(km: KmEstimate, t: number): number {
  return 1 - survivalAt(km, t);
}
