/**
 * Turns one report into days: from the interview or drop-off to each dated status, and into one
 * observation for the "still waiting" estimate (km.ts).
 *
 * The outcome is "issued" or "asked to interview". A case counts as an outcome at day t only
 * when the day of that outcome is known exactly. Otherwise it counts as still waiting on the last
 * day the report shows it waiting (a dated earlier status, or a dated note): true, and it never
 * makes a wait look shorter than it was.
 */
import type { CaseRecord, ReportedStatus } from './types';
import type { Observation } from './km';
import { daysBetween } from './dates';

export interface StepDay {
  status: ReportedStatus;
  /** Days from the start, or undefined when the step has no date (or the start is unknown). */
  day: number | undefined;
}

export type Timing =
  { kind: 'observed'; observation: Observation; /** Why this time, in words. */ basis: string } | { kind: 'untimed'; reason: string };

export function stepDays(c: CaseRecord): StepDay[] {
  const start = c.started?.date;
  return c.ceac_sequence.map((s) => ({
    status: s.status,
    day: start && s.date ? daysBetween(start, s.date) : undefined,
  }));
}

/** The exact day of the outcome, as days from the start, when the report gives it. */
function outcomeDay(c: CaseRecord, start: string): number | undefined {
  if (c.outcome === 'issued') {
    const issued = c.ceac_sequence.find((s) => s.status === 'Issued' && s.date)?.date;
    if (issued) return daysBetween(start, issued);
    return c.days_to_outcome ?? undefined;
  }
  if (c.outcome === 'interview-required') {
    if (c.outcome_date) return daysBetween(start, c.outcome_date.date);
    return c.days_to_outcome ?? undefined;
  }
  return undefined;
}

/** The last day the report shows the case still without its outcome. */
function lastWaitingDay(c: CaseRecord, start: string): { day: number; basis: string } | undefined {
  const candidates: { day: number; basis: string }[] = [];
  for (const s of c.ceac_sequence) {
    if (s.date && s.status !== 'Issued') candidates.push({ day: daysBetween(start, s.date), basis: `${s.status} on ${s.date}` });
  }
  if (c.still_waiting_on)
    candidates.push({ day: daysBetween(start, c.still_waiting_on.date), basis: `still waiting on ${c.still_waiting_on.date}` });
  return candidates.sort((a, b) => b.day - a.day)[0];
}

export function timingOf(c: CaseRecord): Timing {
  const start = c.started?.date;
  if (!start) return { kind: 'untimed', reason: 'The report does not give the day of the interview or drop-off.' };
  const done = outcomeDay(c, start);
  if (done !== undefined) {
    return { kind: 'observed', observation: { time: done, event: true }, basis: `outcome on day ${done}` };
  }
  const waiting = lastWaitingDay(c, start);
  if (!waiting || waiting.day <= 0) {
    return {
      kind: 'untimed',
      reason:
        c.outcome === 'issued' || c.outcome === 'interview-required'
          ? 'The report does not give the day of the outcome or any earlier dated status.'
          : 'The report gives no dated status after the day the case started.',
    };
  }
  const still = c.outcome === 'issued' || c.outcome === 'interview-required' ? 'outcome day not given; ' : '';
  return {
    kind: 'observed',
    observation: { time: waiting.day, event: false },
    basis: `${still}still waiting on day ${waiting.day} (${waiting.basis})`,
  };
}
