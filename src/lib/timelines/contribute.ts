/**
 * "Add your case": turns what a reader typed into a record in the dataset's format, ready to paste
 * into src/content/cases/reported-cases.json in a pull request. Runs in the browser; nothing is sent.
 * No zod here (it would weigh more than the whole page); the unit tests check the output against
 * the real schema.
 */
import { checkCase } from './checks';
import { daysBetween, isCalendarDate } from './dates';
import { channels, officerSaid, outcomes, passportKinds, reportedStatuses, slipKinds, type CaseRecord, type SequenceStep } from './types';

/** The form's fields, as the browser gives them: strings, "" when left empty. */
export interface ContributionInput {
  visa: string;
  channel: string;
  post: string;
  started: string;
  officer: string;
  slip: string;
  slipReason: string;
  form221g: string;
  passport: string;
  steps: { status: string; date: string; note: string }[];
  outcome: string;
  outcomeDate: string;
  excerpt: string;
  lesson: string;
}

export const emptyContribution: ContributionInput = {
  visa: '',
  channel: '',
  post: '',
  started: '',
  officer: '',
  slip: '',
  slipReason: '',
  form221g: '',
  passport: '',
  steps: [],
  outcome: '',
  outcomeDate: '',
  excerpt: '',
  lesson: '',
};

/** Placeholder id: the maintainer who merges the case gives it the next number. */
export const NEW_CASE_ID = 'c00';

const PRIVATE: { pattern: RegExp; what: string }[] = [
  { pattern: /[\w.+-]+@[\w-]+\.\w+/, what: 'an e-mail address' },
  { pattern: /\b[A-Z]{2}\d{2}[A-Z0-9]{6}\b/i, what: 'a CEAC application id' },
  { pattern: /\b[A-Z]{3}\d{10}\b/i, what: 'a case or receipt number' },
  { pattern: /\b[A-Z]\d{7}\b/i, what: 'a passport number' },
  { pattern: /\+\d{6,}|\b\d{3}[ .-]\d{3}[ .-]\d{4}\b|\b\d{10,}\b/, what: 'a phone number or long number' },
  { pattern: /https?:\/\/|www\./i, what: 'a link' },
];

/** What in a text looks like personal data that must not be published. */
export function privacyProblems(text: string): string[] {
  return PRIVATE.filter((p) => p.pattern.test(text)).map((p) => p.what);
}

function pick<T extends string>(allowed: readonly T[], value: string): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export interface Contribution {
  record: CaseRecord;
  /** Everything to fix before the snippet can go into a pull request; empty when ready. */
  problems: string[];
  /** The record as pretty JSON, ready to paste. */
  json: string;
}

export function buildContribution(input: ContributionInput): Contribution {
  const problems: string[] = [];
  const text = (s: string) => s.trim().replace(/\s+/g, ' ');
  const date = (s: string, label: string): string | null => {
    if (!s) return null;
    if (!isCalendarDate(s)) {
      problems.push(`${label}: write a real date as YYYY-MM-DD.`);
      return null;
    }
    return s;
  };

  const steps: SequenceStep[] = input.steps
    .filter((s) => s.status !== '')
    .map((s, i) => {
      const status = pick(reportedStatuses, s.status);
      if (!status) problems.push(`Status ${i + 1}: choose one of the listed statuses.`);
      const step: SequenceStep = { status: status ?? 'Administrative Processing', date: date(s.date, `Status ${i + 1} date`) };
      if (text(s.note)) step.note = text(s.note);
      return step;
    });

  const channel = pick(channels, input.channel);
  const started = date(input.started, 'Interview or drop-off date');
  const outcome = pick(outcomes, input.outcome) ?? 'pending';
  const outcomeDate = date(input.outcomeDate, 'Outcome date');
  const issuedDate = steps.find((s) => s.status === 'Issued' && s.date)?.date;
  const end = outcome === 'issued' ? issuedDate : outcome === 'interview-required' ? outcomeDate : null;
  const firstDate = [started, ...steps.map((s) => s.date)].filter((d): d is string => Boolean(d)).sort()[0];

  const record: CaseRecord = {
    id: NEW_CASE_ID,
    source_excerpt: text(input.excerpt),
    visa: text(input.visa) || null,
    channel,
    post: text(input.post) || null,
    officer_said: pick(officerSaid, input.officer),
    slip: pick(slipKinds, input.slip),
    slip_reason: text(input.slipReason) || null,
    form_221g: input.form221g === 'yes' ? true : input.form221g === 'no' ? false : null,
    passport: pick(passportKinds, input.passport),
    passport_note: null,
    ceac_sequence: steps,
    outcome,
    days_to_outcome: started && end ? daysBetween(started, end) : null,
    days_note: null,
    period: firstDate ? firstDate.slice(0, 7) : null,
    period_basis: firstDate ? 'stated' : 'unknown',
    lesson: text(input.lesson),
    ambiguity: null,
    possible_duplicate_of: null,
  };
  if (started)
    record.started = {
      date: started,
      event: channel === 'interview' ? 'interview' : 'drop-off',
      basis: 'contributor: date of interview or drop-off',
    };
  if (outcomeDate && outcome === 'interview-required')
    record.outcome_date = { date: outcomeDate, basis: 'contributor: date asked to interview' };
  if (outcomeDate && outcome !== 'interview-required')
    problems.push('Outcome date: only give it when you were asked to come to an interview; for an issued visa, date the Issued status.');
  if (started && !channel) problems.push('How you applied: choose interview or dropbox, so we know what the date means.');

  if (record.source_excerpt.length < 20) problems.push('What happened: describe your case in a sentence or two (at least 20 characters).');
  if (record.lesson.length < 10) problems.push('What others can learn: add a sentence (at least 10 characters).');
  for (const [label, value] of [
    ['What happened', input.excerpt],
    ['What others can learn', input.lesson],
    ['Visa', input.visa],
    ['Post', input.post],
    ['Slip reason', input.slipReason],
    ...input.steps.map((s, i) => [`Status ${i + 1} note`, s.note] as const),
  ] as const) {
    for (const what of privacyProblems(value)) problems.push(`${label}: remove ${what}. Published cases carry no personal data.`);
  }
  for (const issue of checkCase(record)) problems.push(issue.message);

  return { record, problems, json: JSON.stringify(record, null, 1) };
}

/**
 * The same case as a short plain-text message, for readers without a GitHub account: one line
 * per fact, in words, with the JSON below for the maintainer. Unknown facts are left out.
 */
export function plainTextOf(record: CaseRecord): string {
  const lines = [
    'My CEAC timeline, for the reported cases on the CEAC Status Guide (no names or numbers in it):',
    '',
    record.visa ? `Visa: ${record.visa}` : '',
    record.channel
      ? `How I applied: ${record.channel === 'interview' ? 'interview' : record.channel === 'dropbox' ? 'dropbox (interview waiver)' : 'dropbox, then called to an interview'}`
      : '',
    record.post ? `Embassy or consulate: ${record.post}` : '',
    record.started ? `Date of the ${record.started.event}: ${record.started.date}` : '',
    record.officer_said ? `What the officer said: ${record.officer_said === '221g' ? 'gave a 221(g)' : record.officer_said}` : '',
    record.slip
      ? `Paper given: ${record.slip === 'none' ? 'none' : record.slip === 'letter' ? 'a letter' : `${record.slip} slip`}${record.slip_reason ? ` (${record.slip_reason})` : ''}`
      : '',
    record.passport ? `Passport: ${record.passport.replace(/-/g, ' ')}` : '',
    ...record.ceac_sequence.map((s, i) => `CEAC status ${i + 1}: ${s.status}${s.date ? `, ${s.date}` : ''}${s.note ? ` (${s.note})` : ''}`),
    `How it ended so far: ${record.outcome === 'interview-required' ? 'asked to come to an interview' : record.outcome === 'pending' ? 'still waiting' : record.outcome === 'unknown' ? 'not said' : 'visa issued'}${record.days_to_outcome !== null ? `, after ${record.days_to_outcome} days` : ''}`,
    '',
    `What happened: ${record.source_excerpt}`,
    `What others can learn: ${record.lesson}`,
  ].filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''));
  return `${lines.join('\n')}\n\nThe same as data:\n${JSON.stringify(record)}\n`;
}

/** A mailto: link that opens the reader's own mail program with the text; the site sends nothing. */
export function mailtoOf(record: CaseRecord): string {
  const subject = 'My CEAC timeline for the reported cases';
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(plainTextOf(record))}`;
}
