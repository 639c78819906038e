/**
 * The verdict's "reported cases like yours" line. The summaries are computed at build time from
 * the reported-cases data (src/lib/timelines groups them by the same fact vocabulary) and passed
 * in; the browser never receives the cases themselves. This file only picks the closest summary.
 */
import type { EnumFactKey, FactKey, Facts } from './facts';
import type { Rule } from './rules';
import { isUnsure } from './questions';

export interface ReportedSummary {
  /** The answers the group shares, e.g. { route: 'interview', officer: 'approved', passport: 'kept' }. */
  match: Partial<Record<FactKey, string>>;
  /** Reports in the group, including those still pending when last reported. */
  n: number;
  /** Reports with no outcome yet when last reported. */
  pending: number;
  /** When the reports were made, e.g. "Jan 2020 – Feb 2021". */
  period: string;
  /** One sentence on what happened to them, written by the timelines code with n in it. */
  text: string;
  /** Where the details are, e.g. "/timelines/#approved-passport-kept". */
  href?: string;
}

/** The answers the reports record, and so the only ones a group of reports can share with you. */
const recorded: readonly EnumFactKey[] = ['route', 'officer', 'paper', 'passport'];

/**
 * The answers a group must share with yours before its reports count as "like yours": every
 * recorded answer the deciding rule relies on, except "I'm not sure" answers. Without this, a
 * refusal letter would be shown the reports of people told "approved" (the closest group left
 * once the letter is set aside), with their issued visas. The CEAC status is not required: the
 * reports rarely say which Refused text they saw. Returns null when the rule relies on what you
 * were asked to do (documents, an interview, the passport, or nothing), which the reports do not
 * record: no group of them is like yours then (a 221(g) that asks for nothing would be shown the
 * dropbox 221(g)s that all asked for an interview), and the outcome's own pattern is shown instead.
 */
export function sharedAnswers(rule: Pick<Rule, 'uses'>, facts: Facts): EnumFactKey[] | null {
  if (rule.uses.includes('asks') && facts.asks !== undefined && !isUnsure('asks', facts.asks)) return null;
  return recorded.filter((k) => rule.uses.includes(k) && facts[k] !== undefined && !isUnsure(k, facts[k]!));
}

/**
 * The most specific summary whose answers all equal the given ones and that shares every answer
 * in `required` (see sharedAnswers; null: none fits); undefined when none fits. Ties go to the
 * larger group (more reports say more).
 */
export function reportedFor(
  facts: Facts,
  summaries: readonly ReportedSummary[],
  required: readonly EnumFactKey[] | null = [],
): ReportedSummary | undefined {
  if (required === null) return undefined;
  let best: ReportedSummary | undefined;
  let bestSize = -1;
  for (const s of summaries) {
    const entries = Object.entries(s.match);
    if (entries.length === 0 || s.n <= 0) continue;
    if (!entries.every(([k, v]) => (facts as Record<string, string | undefined>)[k] === v)) continue;
    if (!required.every((k) => s.match[k] !== undefined)) continue;
    if (entries.length > bestSize || (entries.length === bestSize && best !== undefined && s.n > best.n)) {
      best = s;
      bestSize = entries.length;
    }
  }
  return best;
}

/** What a verdict shows of other people's cases (see evidenceFor). */
export interface Evidence<M> {
  /** A measured figure (src/lib/timelines/measured-wait.ts) that applies to this verdict. */
  measured?: M;
  /** Otherwise, the closest group of reports that shares the answers the rule relies on. */
  summary?: ReportedSummary;
}

/**
 * The one choice both views use (the decision table for the island, and the no-JavaScript pages):
 * a measured figure, where one applies, replaces the anecdotal reports; otherwise the closest
 * reported summary (reportedFor with sharedAnswers); otherwise nothing.
 */
export function evidenceFor<M>(
  facts: Facts,
  rule: Pick<Rule, 'uses'>,
  reported: readonly ReportedSummary[],
  measured: M | undefined,
): Evidence<M> {
  if (measured !== undefined) return { measured };
  const summary = reportedFor(facts, reported, sharedAnswers(rule, facts));
  return summary ? { summary } : {};
}
