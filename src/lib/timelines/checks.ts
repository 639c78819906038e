/**
 * Consistency checks on one reported case: the things a record can get wrong that a field-by-field
 * schema cannot see (dates going back in time, an "issued" outcome with no Issued status …).
 * src/schemas/case.ts runs them; a record that fails a check must either be fixed (when its excerpt
 * supports the fix) or carry a flag naming the check and the reason, which its page shows.
 */
import type { CaseRecord } from './types';
import { daysBetween } from './dates';

export interface CheckIssue {
  /** Stable id of the check, used by a record's flags. */
  check: CheckId;
  /** What is wrong, in words an editor can act on. */
  message: string;
  /** The field the problem is in. */
  path: (string | number)[];
}

export const checkIds = [
  'dates-out-of-order',
  'started-after-status',
  'issued-without-issued-step',
  'issued-step-not-last',
  'issued-step-without-issued-outcome',
  'days-without-outcome',
  'days-disagree-with-dates',
  'outcome-date-without-outcome',
  'outcome-date-before-start',
  'waiting-date-out-of-range',
  'period-after-first-date',
  'period-basis-mismatch',
  'officer-without-interview',
  'no-slip-but-221g',
  'passport-returned-later-not-dropbox',
  'duplicate-of-itself',
] as const;
export type CheckId = (typeof checkIds)[number];

const pending = new Set(['pending', 'unknown']);

/** Every problem with one record. Flags are not consulted here; see unflaggedIssues. */
export function checkCase(c: CaseRecord): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const add = (check: CheckId, message: string, path: (string | number)[]) => issues.push({ check, message, path });
  const seq = c.ceac_sequence;

  let lastDated: { index: number; date: string } | undefined;
  seq.forEach((step, i) => {
    if (!step.date) return;
    if (lastDated && step.date < lastDated.date) {
      add(
        'dates-out-of-order',
        `Status ${i + 1} (${step.status}, ${step.date}) is dated before status ${lastDated.index + 1} (${lastDated.date}); list statuses in the order they were seen.`,
        ['ceac_sequence', i, 'date'],
      );
    }
    if (c.started && step.date < c.started.date) {
      add(
        'started-after-status',
        `The case started on ${c.started.date}, after status ${i + 1} (${step.status}) was seen on ${step.date}.`,
        ['started', 'date'],
      );
    }
    lastDated = { index: i, date: step.date };
  });

  const issuedAt = seq.map((s, i) => (s.status === 'Issued' ? i : -1)).filter((i) => i >= 0);
  if (c.outcome === 'issued') {
    if (issuedAt.length === 0)
      add(
        'issued-without-issued-step',
        'The outcome is "issued" but no Issued status is listed; add the Issued step (with a note if it is implied) or change the outcome.',
        ['outcome'],
      );
    else if (seq.at(-1)?.status !== 'Issued')
      add('issued-step-not-last', 'The outcome is "issued" but a later status follows Issued; the last status must be Issued.', [
        'ceac_sequence',
      ]);
  } else if (issuedAt.length > 0) {
    add('issued-step-without-issued-outcome', `An Issued status is listed but the outcome is "${c.outcome}".`, ['outcome']);
  }

  if (c.days_to_outcome !== null) {
    if (pending.has(c.outcome))
      add(
        'days-without-outcome',
        `days_to_outcome is ${c.days_to_outcome} but the outcome is "${c.outcome}"; a case without an outcome has no days to outcome.`,
        ['days_to_outcome'],
      );
    const issuedDate = c.outcome === 'issued' ? seq.find((s) => s.status === 'Issued' && s.date)?.date : c.outcome_date?.date;
    if (c.started && issuedDate) {
      const days = daysBetween(c.started.date, issuedDate);
      if (days !== c.days_to_outcome)
        add('days-disagree-with-dates', `days_to_outcome is ${c.days_to_outcome} but ${c.started.date} to ${issuedDate} is ${days} days.`, [
          'days_to_outcome',
        ]);
    }
  }

  if (c.outcome_date) {
    if (pending.has(c.outcome) || c.outcome === 'issued')
      add(
        'outcome-date-without-outcome',
        `outcome_date is only for outcomes without a CEAC step (asked to interview); this outcome is "${c.outcome}".`,
        ['outcome_date'],
      );
    if (c.started && c.outcome_date.date < c.started.date)
      add('outcome-date-before-start', `The outcome (${c.outcome_date.date}) comes before the case started (${c.started.date}).`, [
        'outcome_date',
        'date',
      ]);
  }

  if (c.still_waiting_on) {
    const w = c.still_waiting_on.date;
    const end = c.outcome === 'issued' ? seq.find((s) => s.status === 'Issued' && s.date)?.date : c.outcome_date?.date;
    if ((c.started && w < c.started.date) || (end && w >= end))
      add('waiting-date-out-of-range', `still_waiting_on (${w}) must fall after the start and before the outcome.`, [
        'still_waiting_on',
        'date',
      ]);
  }

  const firstDate = [c.started?.date, ...seq.map((s) => s.date)].filter((d): d is string => Boolean(d)).sort()[0];
  if (c.period && firstDate && c.period > firstDate.slice(0, c.period.length)) {
    add('period-after-first-date', `The period (${c.period}) is later than the first date in the record (${firstDate}).`, ['period']);
  }
  if ((c.period === null) !== (c.period_basis === 'unknown')) {
    add('period-basis-mismatch', 'period is null exactly when period_basis is "unknown".', ['period_basis']);
  }

  if (c.officer_said && c.channel === 'dropbox')
    add('officer-without-interview', 'An officer statement is recorded for a dropbox case with no interview.', ['officer_said']);
  if (c.slip === 'none' && c.form_221g === true) add('no-slip-but-221g', 'slip is "none" but form_221g is true.', ['slip']);
  if (c.passport === 'returned-later-with-221g' && c.channel !== 'dropbox')
    add('passport-returned-later-not-dropbox', 'A passport "returned later with a 221(g)" only happens after a drop-off.', ['passport']);
  if (c.possible_duplicate_of === c.id)
    add('duplicate-of-itself', 'A case cannot be a possible duplicate of itself.', ['possible_duplicate_of']);

  return issues;
}

/**
 * The problems that make a record invalid: failed checks without a matching flag, and flags
 * whose check passes (a stale flag would hide a case from the statistics for no reason).
 */
export function unflaggedIssues(c: CaseRecord): CheckIssue[] {
  const issues = checkCase(c);
  const flagged = new Set((c.flags ?? []).map((f) => f.check));
  const failing = new Set(issues.map((i) => i.check));
  const problems = issues
    .filter((i) => !flagged.has(i.check))
    .map((i) => ({
      ...i,
      message: `${c.id}: ${i.message} Fix the record if its excerpt supports the fix, or add a flag { check: "${i.check}", reason } explaining why not.`,
    }));
  (c.flags ?? []).forEach((f, i) => {
    if (!failing.has(f.check as CheckId)) {
      problems.push({
        check: f.check as CheckId,
        message: `${c.id}: flag "${f.check}" is set but that check passes; remove the flag.`,
        path: ['flags', i, 'check'],
      });
    }
  });
  return problems;
}

/** Problems across records: duplicate ids and duplicate references to missing cases. */
export function checkCollection(cases: readonly CaseRecord[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) problems.push(`${c.id}: the id is used twice.`);
    ids.add(c.id);
  }
  for (const c of cases) {
    if (c.possible_duplicate_of && !ids.has(c.possible_duplicate_of)) {
      problems.push(`${c.id}: possible_duplicate_of names ${c.possible_duplicate_of}, which is not in the dataset.`);
    }
  }
  return problems;
}
