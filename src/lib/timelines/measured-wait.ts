/**
 * The wizard's measured timing line: for an administrative-processing verdict, the matching
 * measured figure (by visa kind when the wizard knows it, recent check months) with its n, period
 * and source, in place of the 76 anecdotal reports. The figures are computed at build time
 * (src/data/measured.ts → measuredWaits) and passed in; only the chosen sentence reaches the
 * browser, as server-rendered HTML.
 */
import type { Meaning } from '../wizard/facts';

/** The wizard's visa answer (values of the `visa` fact; absent when not asked or not answered). */
export type WizardVisa = 'b' | 'f-m-j' | 'h-l' | 'other-niv' | 'iv-family' | 'iv-employment' | 'iv-dv';

export interface MeasuredWait {
  /** Which group the figure is for, in words ("F, M and J student and exchange visas"). */
  group: string;
  /** People counted (answered + still waiting). */
  n: number;
  /** Of those, still waiting on the follow-up day. */
  pending: number;
  /** Median days counting those still waiting; undefined below the 10-outcome rule. */
  median: number | undefined;
  /** Median days counting decided cases only. */
  completedMedian: number | undefined;
  /** "November 2025 to July 2026". */
  period: string;
  /** "29 July 2026". */
  followUp: string;
  /** Attribution, as the source asks for it. */
  source: string;
  /** Where the figure and its method are explained. */
  href: string;
  /** The sentence the verdict shows, with n, period and source in it. */
  text: string;
}

/** Figures per wizard visa answer, plus the one for "visa not known" (all nonimmigrant cases). */
export interface MeasuredWaits {
  all: MeasuredWait;
  byVisa: Partial<Record<WizardVisa, MeasuredWait>>;
}

/** The verdict meanings that get a measured timing line. */
export const timedMeanings: readonly Meaning[] = ['administrative-processing'];

/**
 * The figure for a verdict, or undefined when none applies (not an administrative-processing
 * verdict, or a visa for which no measured figure exists). Without a visa answer: all
 * nonimmigrant cases, recent check months.
 */
export function measuredWaitFor(input: { visa?: string | undefined; meaning: Meaning }, waits: MeasuredWaits): MeasuredWait | undefined {
  if (!timedMeanings.includes(input.meaning)) return undefined;
  if (input.visa === undefined) return waits.all;
  return waits.byVisa[input.visa as WizardVisa];
}

/** The sentence: plain words, the count, the period and the source. */
export function measuredWaitText(w: Omit<MeasuredWait, 'text'>, tooFew: string): string {
  const who = `${w.n.toLocaleString('en-US')} people (${w.group}) who logged a security check from ${w.period}`;
  if (w.median === undefined) return `Measured on ${who}: ${tooFew}`;
  const completed = w.completedMedian !== undefined ? `; counting only those with an answer, ${w.completedMedian} days` : '';
  return `Of ${who}, half had an answer within ${w.median} days, counting the ${w.pending.toLocaleString('en-US')} still waiting on ${w.followUp}${completed}. Source: ${w.source}; self-selected, mostly long checks at posts in China.`;
}

/** Every distinct line, in a fixed order: the wizard renders one <template> per line. */
export function waitList(waits: MeasuredWaits): MeasuredWait[] {
  return [...new Set([waits.all, ...Object.values(waits.byVisa)])];
}
