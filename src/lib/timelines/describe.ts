/** Plain-words summaries of the charts: the text alternative every chart carries. */
import { enoughOutcomes, survivalAt } from './km';
import { pathText, type PathGroup } from './sequences';
import { cases, days, type ScenarioSummary } from './summary';

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function waitingSummary(s: ScenarioSummary): string {
  const { km } = s;
  if (km.n === 0) {
    return 'None of these reports gives both the day of the interview or drop-off and a later dated status, so there is no estimate of the wait.';
  }
  const parts: string[] = [];
  parts.push(
    `Of ${cases(km.n)} with dates, ${km.events} had an outcome (issued, or asked to come to an interview) on a known day and ${km.censored} ${km.censored === 1 ? 'was' : 'were'} last reported still waiting.`,
  );
  parts.push(s.median.kind === 'value' ? `By this estimate, half had an outcome by day ${s.median.days}.` : s.median.reason);
  if (s.p90.kind === 'value') parts.push(`9 in 10 had an outcome by day ${s.p90.days}.`);
  if (!enoughOutcomes(km)) {
    parts.push('So no curve is drawn.');
    return parts.join(' ');
  }
  const last = km.steps.at(-1)!;
  parts.push(
    `The estimate ends at day ${last.time}, the last day a case here was seen, with ${percent(survivalAt(km, last.time))} still waiting.`,
  );
  return parts.join(' ');
}

export function pathsSummary(paths: readonly PathGroup[]): string {
  if (paths.length === 0) return 'No cases.';
  const [top, second] = paths;
  const first = `The most common path was ${pathText(top!.path)} (${cases(top!.caseIds.length)}).`;
  const next = second ? ` Next: ${pathText(second.path)} (${cases(second.caseIds.length)}).` : '';
  return `${first}${next} ${paths.length === 1 ? 'All cases took this path.' : `${paths.length} different paths in all.`}`;
}

/** "Day 3" or "no date". */
export function dayLabel(day: number | undefined): string {
  return day === undefined ? 'no date' : `day ${day}`;
}

export { days };

/**
 * The one plain sentence a scenario page leads with: how many reported it and how their cases
 * ended, then the typical wait or the shared "too few" words.
 */
export function leadSentence(s: ScenarioSummary): string {
  const b = s.byOutcome;
  const parts = [
    `${b.issued.length} got the visa`,
    b['interview-required'].length > 0
      ? `${b['interview-required'].length} ${b['interview-required'].length === 1 ? 'was' : 'were'} asked to come to an interview`
      : '',
    b.pending.length > 0 ? `${b.pending.length} ${b.pending.length === 1 ? 'was' : 'were'} still waiting when they last wrote` : '',
    b.unknown.length > 0 ? `${b.unknown.length} did not say how it ended` : '',
  ].filter(Boolean);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  const wait = s.median.kind === 'value' ? `Half had an outcome by day ${s.median.days}.` : s.median.reason;
  return `Of the ${cases(s.n)} reported for this situation, ${list}. ${wait}`;
}
