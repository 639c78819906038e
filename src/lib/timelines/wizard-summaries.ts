/**
 * The wizard verdict's "reported cases like yours" summaries, computed at build time from the
 * reported cases: one per scenario page the wizard's answers can match, in the wizard's own
 * ReportedSummary shape. The wizard picks among them with reportedFor (src/lib/wizard/reported.ts),
 * the one matcher, at build time (table.ts and the no-JavaScript pages); this file does not match.
 */
import type { ReportedSummary } from '../wizard/reported';
import type { CaseRecord } from './types';
import { isCounted, summarize } from './summary';
import { hrefOf, keyOf, scenarioPages, wizardDimensions } from './scenarios';
import { briefOf, briefText } from './brief';
import { formatPeriod } from './dates';

/** One summary per scenario page the wizard's answers can match (the Refused text becomes the wizard's status fact). */
export function wizardSummaries(all: readonly CaseRecord[]): ReportedSummary[] {
  const statusOf: Record<string, string | undefined> = { long: 'refused-long', short: 'refused-short' };
  const candidates: ReportedSummary[] = [];
  for (const c of scenarioPages(all.filter(isCounted))) {
    const dims = Object.keys(c);
    if (dims.length === 0 || !dims.every((d) => (wizardDimensions as readonly string[]).includes(d))) continue;
    if (c.refused !== undefined && statusOf[c.refused] === undefined) continue;
    const s = summarize(all, c);
    const { refused, ...rest } = c;
    const match = { ...rest, ...(refused ? { status: statusOf[refused]! } : {}) } as ReportedSummary['match'];
    const brief = briefOf(all, keyOf(c));
    candidates.push({
      match,
      n: s.n,
      pending: s.byOutcome.pending.length,
      period: s.period
        ? s.period.from === s.period.to
          ? formatPeriod(s.period.from)
          : `${formatPeriod(s.period.from)} – ${formatPeriod(s.period.to)}`
        : 'dates not given',
      text: `${briefText({ ...brief, waiting: 0 })}.`,
      href: hrefOf(c),
    });
  }
  return candidates;
}
