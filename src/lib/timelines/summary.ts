/**
 * Everything a scenario page shows, computed from the cases: counts by outcome, the
 * still-waiting estimate with its median and 90th percentile (when supported), the status paths,
 * and which cases each number comes from.
 */
import type { CaseRecord, Outcome } from './types';
import { outcomes } from './types';
import { kaplanMeier, supportedQuantile, type KmEstimate, type Observation, type QuantileResult } from './km';
import { timingOf } from './timing';
import { commonPaths, type PathGroup } from './sequences';
import { hrefOf, keyOf, labelOf, matchingCases, type Constraints } from './scenarios';

export const outcomeLabels: Record<Outcome, string> = {
  issued: 'Issued',
  'interview-required': 'Asked to come to an interview',
  pending: 'Still waiting when last reported',
  unknown: 'Outcome not reported',
};

export interface TimedCase {
  id: string;
  observation: Observation;
  basis: string;
}

export interface ScenarioSummary {
  key: string;
  href: string;
  constraints: Constraints;
  label: string;
  /** Counted cases (not flagged), in dataset order. Every number below comes from these. */
  caseIds: string[];
  /** Matching cases left out of every number because they are flagged. */
  flaggedIds: string[];
  n: number;
  byOutcome: Record<Outcome, string[]>;
  km: KmEstimate;
  timed: TimedCase[];
  untimed: { id: string; reason: string }[];
  median: QuantileResult;
  p90: QuantileResult;
  paths: PathGroup[];
  /** Earliest and latest period (YYYY or YYYY-MM) of the counted cases, when any is known. */
  period: { from: string; to: string } | undefined;
  /** Counted cases whose period is not known. */
  periodUnknown: number;
}

export function isCounted(c: CaseRecord): boolean {
  return (c.flags ?? []).length === 0;
}

export function summarize(all: readonly CaseRecord[], constraints: Constraints): ScenarioSummary {
  const matching = matchingCases(all, constraints);
  const counted = matching.filter(isCounted);
  const byOutcome = Object.fromEntries(outcomes.map((o) => [o, counted.filter((c) => c.outcome === o).map((c) => c.id)])) as Record<
    Outcome,
    string[]
  >;
  const timed: TimedCase[] = [];
  const untimed: { id: string; reason: string }[] = [];
  for (const c of counted) {
    const t = timingOf(c);
    if (t.kind === 'observed') timed.push({ id: c.id, observation: t.observation, basis: t.basis });
    else untimed.push({ id: c.id, reason: t.reason });
  }
  const km = kaplanMeier(timed.map((t) => t.observation));
  const periods = counted
    .map((c) => c.period)
    .filter((p): p is string => p !== null)
    .sort();
  return {
    key: keyOf(constraints),
    href: hrefOf(constraints),
    constraints,
    label: labelOf(constraints),
    caseIds: counted.map((c) => c.id),
    flaggedIds: matching.filter((c) => !isCounted(c)).map((c) => c.id),
    n: counted.length,
    byOutcome,
    km,
    timed,
    untimed,
    median: supportedQuantile(km, 0.5),
    p90: supportedQuantile(km, 0.9),
    paths: commonPaths(counted),
    period: periods.length > 0 ? { from: periods[0]!, to: periods.at(-1)! } : undefined,
    periodUnknown: counted.length - periods.length,
  };
}

/** "3 days", "1 day". */
export function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** "1 case", "12 cases". */
export function cases(n: number): string {
  return `${n} ${n === 1 ? 'case' : 'cases'}`;
}
