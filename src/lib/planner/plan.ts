/**
 * The next-steps plan: from the dates a user types, the dates that matter, each with why.
 * Pure; the planner island only renders it. All arithmetic is in src/lib/dates.
 */
// Imported module by module, not from '../dates' (whose index also loads the .ics writer), so a
// page script that uses the plan does not carry code it loads only on demand.
import { addYears, compareDates, daysBetween, isIsoDate, type IsoDate } from '../dates/calendar';
import { businessDaysBetween } from '../dates/business';
import { checkStatusFrom, inquiryWindow, issuedContactFrom, oneYearDeadline, type InquiryRule } from '../dates/rules';
import type { IcsEvent } from '../dates/ics';
import { formatIsoDate } from '../content/dates';
import { postInquiryDates } from '../posts/dates';
import type { PostPick } from '../posts/types';

export type RuleId = InquiryRule['id'];

/** Rules a user can pick as "my post"; a superseded figure is shown for comparison, never chosen. */
export function selectableRules(rules: readonly InquiryRule[]): InquiryRule[] {
  return rules.filter((r) => r.standing !== 'superseded');
}

/** Raw form values: strings as typed (date inputs give YYYY-MM-DD or ''). */
export interface PlanInput {
  interview: string;
  documentsSent?: string | undefined;
  refusal?: string | undefined;
  issued?: string | undefined;
  rule?: string | undefined;
  /** The embassy or consulate the person chose, if any: its own waiting figure replaces the rule's. */
  post?: Pick<PostPick, 'name' | 'days'> | undefined;
}

export interface PlanEntry {
  id: 'check-status' | 'inquiry' | 'deadline' | 'issued-contact';
  title: string;
  date: IsoDate;
  /** Why this date, in a sentence. */
  why: string;
  /** Calendar days from today (negative: already passed). */
  inDays: number;
  /** For the inquiry date under a post's own figure: the date under the general guidance, shown beside it. */
  general?: IsoDate;
}

export interface Plan {
  today: IsoDate;
  interview: IsoDate;
  calendarDaysSince: number;
  businessDaysSince: number;
  entries: PlanEntry[];
  /** The earliest inquiry date under every rule, for the comparison table. */
  inquiries: { rule: InquiryRule; earliest: IsoDate }[];
  /** The same, as sentences for the list under the table ("6 September 2026: Most posts… (180 days)."). */
  comparison: string[];
  rule: InquiryRule;
}

export type PlanOutcome = { ok: true; plan: Plan; notes: string[] } | { ok: false; problems: string[] };

const MIN = '2000-01-01';
const FIELD_NAMES = { interview: 'interview or drop-off date', documentsSent: 'date you sent documents', refusal: 'refusal date', issued: 'date CEAC showed Issued' } as const;

function checkDate(value: string | undefined, field: keyof typeof FIELD_NAMES, today: IsoDate, problems: string[]): IsoDate | undefined {
  if (value === undefined || value === '') return undefined;
  if (!isIsoDate(value)) {
    problems.push(`The ${FIELD_NAMES[field]} is not a real date. Use the date picker or write it as YYYY-MM-DD.`);
    return undefined;
  }
  if (compareDates(value, MIN) < 0 || compareDates(value, addYears(today, 2)) > 0) {
    problems.push(`The ${FIELD_NAMES[field]} must be between 2000 and two years from today.`);
    return undefined;
  }
  return value;
}

/**
 * Builds the plan, or says what is wrong with the input. `today` is the user's local date.
 * `rules` is INQUIRY_RULES from src/lib/dates, passed in so that a page can hand the rules (with
 * their long source quotes) to its island as data instead of bundling them into the script.
 */
export function makePlan(input: PlanInput, today: IsoDate, rules: readonly InquiryRule[]): PlanOutcome {
  const problems: string[] = [];
  const notes: string[] = [];
  if (!input.interview) return { ok: false, problems: ['Enter the date of your interview or drop-off.'] };
  const interview = checkDate(input.interview, 'interview', today, problems);
  const documentsSent = checkDate(input.documentsSent, 'documentsSent', today, problems);
  const refusal = checkDate(input.refusal, 'refusal', today, problems);
  const issued = checkDate(input.issued, 'issued', today, problems);
  const choices = selectableRules(rules);
  const rule = choices.find((r) => r.id === input.rule) ?? choices[0];
  if (!rule) return { ok: false, problems: ['No inquiry guidance is configured.'] };
  if (!interview || problems.length > 0) return { ok: false, problems };

  if (documentsSent && compareDates(documentsSent, interview) < 0) {
    notes.push('The documents date is before the interview, so the wait is counted from the interview.');
  }
  if (compareDates(interview, today) > 0) notes.push('Your interview date is in the future; the dates below count from it.');

  const inDays = (date: IsoDate) => daysBetween(today, date);
  const chosen = input.post;
  const postDates = chosen ? postInquiryDates({ interview, documentsSent }, chosen) : undefined;
  const window = postDates ?? inquiryWindow({ interview, documentsSent }, rule);
  const guidance = postDates?.from === 'post'
    ? `the guidance of the ${chosen!.name}`
    : rule.standing === 'current' || chosen ? 'the general State Department guidance' : `the guidance of ${rule.appliesTo}`;
  const alsoGeneral = postDates?.general
    ? ` The general ${postDates.general.days}-day guidance gives ${formatIsoDate(postDates.general.earliest)}.`
    : '';
  const refusedOn = refusal ?? interview;
  const entry = (id: PlanEntry['id'], title: string, date: IsoDate, why: string, general?: IsoDate): PlanEntry => ({
    id, title, date, why, inDays: inDays(date), ...(general ? { general } : {}),
  });
  const entries: PlanEntry[] = [
    entry(
      'check-status',
      'Check CEAC again',
      checkStatusFrom(interview),
      'The Application Received text says to check your status two business days after the interview.',
    ),
    entry(
      'inquiry',
      'Earliest day to ask about administrative processing',
      window.earliest,
      `${window.days} days after ${window.basis === 'documents' ? 'you sent the documents (later than the interview)' : 'the interview'}, under ${guidance}.${alsoGeneral} Emergencies are the exception.`,
      postDates?.general?.earliest,
    ),
    entry(
      'deadline',
      'Last day to send documents the officer asked for',
      oneYearDeadline(refusedOn),
      `One year after the refusal${refusal ? '' : ' (taken as the interview date)'}. After that you apply again and pay a new fee. It does not apply if nothing was asked of you.`,
    ),
  ];
  if (issued) {
    entries.push(
      entry(
        'issued-contact',
        'Contact the post if your passport has not come back',
        issuedContactFrom(issued),
        'The Issued text says to contact the embassy or consulate if you have not received your visa in more than 10 working days.',
      ),
    );
  }
  entries.sort((a, b) => compareDates(a.date, b.date));
  const inquiries = rules.map((r) => ({ rule: r, earliest: inquiryWindow({ interview, documentsSent }, r).earliest }));

  return {
    ok: true,
    notes,
    plan: {
      today,
      interview,
      calendarDaysSince: daysBetween(interview, today),
      businessDaysSince: businessDaysBetween(interview, today),
      entries,
      inquiries,
      comparison: inquiries.map((q) => `${formatIsoDate(q.earliest)}: ${q.rule.appliesTo} (${q.rule.days} days).`),
      rule,
    },
  };
}

/** The plan's dates as calendar events. */
export function planEvents(plan: Plan): IcsEvent[] {
  return plan.entries.map((e) => ({
    date: e.date,
    summary: `Visa: ${e.title}`,
    description: `${e.why}\nInterview or drop-off: ${plan.interview}. Made with the CEAC Status Guide next-steps planner.`,
  }));
}

/** "in 12 days", "today", "3 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
