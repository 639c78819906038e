/**
 * One scenario of reported cases in a line: the counts the timelines pages print next to each
 * scenario ("9 issued, 3 still waiting when last reported. Half had an outcome by day 12") and
 * the wizard's "reported cases like yours" text (wizard-summaries.ts) is written from.
 */
import { tooFewWords } from './km';
import { parseKey } from './scenarios';
import { summarize } from './summary';
import type { CaseRecord } from './types';

/** One scenario, reduced to what the one-line summary needs. */
export interface ScenarioBrief {
  n: number;
  issued: number;
  interview: number;
  waiting: number;
  notReported: number;
  /** Cases with an outcome on a known day (the 10-outcome rule counts these). */
  outcomes: number;
  /** Median days to an outcome, or null when the reports do not support one. */
  median: number | null;
}

/** The brief of the scenario with this key (scenarios.ts keyOf). */
export function briefOf(all: readonly CaseRecord[], key: string): ScenarioBrief {
  const s = summarize(all, parseKey(key) ?? {});
  return {
    n: s.n,
    issued: s.byOutcome.issued.length,
    interview: s.byOutcome['interview-required'].length,
    waiting: s.byOutcome.pending.length,
    notReported: s.byOutcome.unknown.length,
    outcomes: s.km.events,
    median: s.median.kind === 'value' ? s.median.days : null,
  };
}

/**
 * "9 issued, 3 still waiting when last reported. Median wait 12 days." (no leading count). Below
 * the 10-outcome rule the wait is the shared tooFewWords() sentence, as on every timelines page.
 */
export function briefText(brief: ScenarioBrief): string {
  const wait = brief.median === null ? tooFewWords(brief.outcomes).replace(/\.$/, '') : `Half had an outcome by day ${brief.median}`;
  return `${outcomesText(brief)}. ${wait}`;
}

/** "9 issued, 3 still waiting when last reported" (how the cases ended, no wait). */
export function outcomesText(brief: ScenarioBrief): string {
  const outcomes = [
    `${brief.issued} issued`,
    brief.interview > 0 ? `${brief.interview} asked to come to an interview` : '',
    brief.waiting > 0 ? `${brief.waiting} still waiting when last reported` : '',
    brief.notReported > 0 ? `${brief.notReported} with no outcome reported` : '',
  ].filter(Boolean);
  return outcomes.join(', ');
}
