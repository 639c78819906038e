/**
 * The verdict's "reported cases like yours" line. The summaries are computed at build time from
 * the reported-cases data (src/lib/timelines groups them by the same fact vocabulary) and passed
 * in; the browser never receives the cases themselves. This file only picks the closest summary.
 */
import type { FactKey, Facts } from './facts';

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

/**
 * The most specific summary whose answers all equal the given ones; undefined when none fits.
 * Ties go to the larger group (more reports say more).
 */
export function reportedFor(facts: Facts, summaries: readonly ReportedSummary[]): ReportedSummary | undefined {
  let best: ReportedSummary | undefined;
  let bestSize = -1;
  for (const s of summaries) {
    const entries = Object.entries(s.match);
    if (entries.length === 0 || s.n <= 0) continue;
    if (!entries.every(([k, v]) => (facts as Record<string, string | undefined>)[k] === v)) continue;
    if (entries.length > bestSize || (entries.length === bestSize && best !== undefined && s.n > best.n)) {
      best = s;
      bestSize = entries.length;
    }
  }
  return best;
}
