/**
 * checkee.info figures for one embassy or consulate: how many self-reported administrative
 * processing ("security check") cases from that post had an answer in the recent period, and the
 * median days to that answer. Completed cases only: checkee's pending counts are per check month,
 * not per post, so the still-waiting cannot be counted here (the timelines pages count them for
 * all posts together). The median follows the 10-outcome rule of src/lib/timelines/km.ts.
 * Pure: the cases come in as data; a post names its checkee spelling(s) in its YAML (`checkee`).
 */
import { kaplanMeier } from '../timelines/km';
import { figuresOf, type EstimateFigures } from './checkee';
import type { CheckeeCase } from './types';

/** The consulate names a post's cases carry on checkee ("BeiJing", "MexicoCity"); none: no figures. */
export function checkeeNamesFor(entry: { checkee?: readonly string[] | undefined }): readonly string[] {
  return entry.checkee ?? [];
}

export interface PostCheckee {
  /** checkee's spellings counted. */
  names: readonly string[];
  /** First and last check month of the period, YYYY-MM. */
  from: string;
  to: string;
  /** The day the cases were last followed. */
  followUp: string;
  /** Decided cases from this post, and how many of them were refused. */
  rejected: number;
  /** n, outcomes, median (or the shared "too few" words in medianNote); see figuresOf. */
  figures: EstimateFigures;
}

/**
 * The post's completed cases with a check date in the period `from`..`to` (months, inclusive).
 * `figures.enough` is false below 10 outcomes; pages then show no median.
 */
export function postCheckee(
  cases: readonly CheckeeCase[],
  names: readonly string[],
  period: { from: string; to: string; followUp: string },
): PostCheckee {
  const wanted = new Set(names);
  const mine = cases.filter(
    (c) => wanted.has(c.consulate) && c.check_date.slice(0, 7) >= period.from && c.check_date.slice(0, 7) <= period.to,
  );
  return {
    names,
    from: period.from,
    to: period.to,
    followUp: period.followUp,
    rejected: mine.filter((c) => c.status === 'Reject').length,
    figures: figuresOf(kaplanMeier(mine.map((c) => ({ time: c.waiting_days, event: true })))),
  };
}

/** The period the recent file covers: its first and last check month. */
export function checkMonthsOf(cases: readonly CheckeeCase[]): { from: string; to: string } {
  const months = cases.map((c) => c.check_date.slice(0, 7)).sort();
  if (months.length === 0) throw new Error('No checkee cases to take a period from.');
  return { from: months[0]!, to: months.at(-1)! };
}
