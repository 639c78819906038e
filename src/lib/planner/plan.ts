/**
 * The next-steps plan: from the dates a user types, the dates that matter, each with what it is
 * counted from and why. Pure; the planner island only renders it. Every date and its wording come
 * from `keyDate` and `sayDate` (src/lib/dates/deadlines.ts), as in the wizard and the calendar file.
 */
// Imported module by module, not from '../dates' (whose index also loads the .ics writer), so a
// page script that uses the plan does not carry code it loads only on demand.
import { addYears, compareDates, daysBetween, formatIsoDate, isIsoDate, type IsoDate } from '../dates/calendar';
import { businessDaysBetween } from '../dates/business';
import { inquiryWindow, type InquiryRule } from '../dates/rules';
import { keyDate, sayDate, type KeyDate } from '../dates/deadlines';
import type { IcsEvent } from '../dates/ics';
import { postInquiryDates } from '../posts/dates';
import type { PostPick } from '../posts/types';

export type RuleId = InquiryRule['id'];

/** Rules a user can pick as "my post"; a superseded figure is shown for comparison, never chosen. */
export function selectableRules(rules: readonly InquiryRule[]): InquiryRule[] {
  return rules.filter((r) => r.standing !== 'superseded');
}

/** Were documents asked for? yes, no, or not known (the deadline is then shown with "only if"). */
export type Asked = 'yes' | 'no' | '';

/** Raw form values: strings as typed (date inputs give YYYY-MM-DD or ''). */
export interface PlanInput {
  interview: string;
  documentsSent?: string | undefined;
  refusal?: string | undefined;
  issued?: string | undefined;
  rule?: string | undefined;
  /** Whether the officer asked for documents ('' when not known). */
  asked?: Asked | undefined;
  /** The embassy or consulate the person chose, if any: its own waiting figure replaces the rule's. */
  post?: Pick<PostPick, 'name' | 'days'> | undefined;
  /** What the wizard's verdict said (`?meaning=`), with its words. */
  meaning?: { id: string; label: string } | undefined;
}

export interface PlanEntry {
  id: 'check-status' | 'inquiry' | 'deadline' | 'issued-contact';
  /** The one wording of the date, with the date in it ("Send the requested documents by … at the latest"). */
  title: string;
  date: IsoDate;
  /** What the date is counted from, in a sentence. */
  counted: string;
  /** The rule and any caveat, in a sentence or two. */
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
  /** The wizard's meaning, when the link carried one. */
  meaning?: { id: string; label: string };
}

export type PlanOutcome = { ok: true; plan: Plan; notes: string[] } | { ok: false; problems: string[] };

const MIN = '2000-01-01';
const FIELD_NAMES = {
  interview: 'interview or drop-off date',
  documentsSent: 'date you sent documents',
  refusal: 'refusal date',
  issued: 'date CEAC showed Issued',
} as const;

function checkDate(value: string | undefined, field: keyof typeof FIELD_NAMES, today: IsoDate, problems: string[]): IsoDate | undefined {
  if (value === undefined || value === '') return undefined;
  if (!isIsoDate(value)) {
    problems.push(`The ${FIELD_NAMES[field]} is not a real date. Use the date picker or write it as YYYY-MM-DD.`);
    return undefined;
  }
  if (!isIsoDate(value, MIN, addYears(today, 2))) {
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

  const chosen = input.post;
  const postDates = chosen ? postInquiryDates({ interview, documentsSent }, chosen) : undefined;
  const days = postDates?.days ?? rule.days;
  const guidance =
    postDates?.from === 'post'
      ? `the guidance of the ${chosen!.name}`
      : rule.standing === 'current' || chosen
        ? 'the general State Department guidance'
        : `the guidance of ${rule.appliesTo}`;
  const alsoGeneral = postDates?.general
    ? ` The general ${postDates.general.days}-day guidance gives ${formatIsoDate(postDates.general.earliest)}.`
    : '';
  // Documents asked for and not sent yet: the inquiry wait counts from the day they go out, taken as
  // today (as the wizard counts it); it moves when the sent date is filled in.
  const documentsPendingFrom = input.asked === 'yes' && !documentsSent ? today : undefined;
  const situation = { interview, documentsSent, documentsPendingFrom, refusal, issued, inquiryDays: days };
  const entry = (id: PlanEntry['id'], key: KeyDate, why: string, general?: IsoDate): PlanEntry => {
    const said = sayDate(key);
    return {
      id,
      title: said.title,
      date: key.date,
      counted: said.counted,
      why,
      inDays: daysBetween(today, key.date),
      ...(general ? { general } : {}),
    };
  };
  const entries: PlanEntry[] = [
    entry('check-status', keyDate('check-status', situation)!, sayDate(keyDate('check-status', situation)!).rule),
    entry(
      'inquiry',
      keyDate('inquiry', situation)!,
      `${days} calendar days, under ${guidance}.${alsoGeneral} Emergencies are the exception.`,
      postDates?.general?.earliest,
    ),
  ];
  // The documents deadline: only while documents are asked for and not yet sent.
  if (documentsSent) {
    notes.push(
      `You sent the documents on ${formatIsoDate(documentsSent)}, so the one-year limit for sending them is met and no deadline is shown for it.`,
    );
  } else if (input.asked === 'no') {
    notes.push('Nothing was asked of you, so there is no deadline for sending documents.');
  } else {
    const key = keyDate('documents', situation)!;
    const only = input.asked === 'yes' ? '' : ' It applies only if the officer asked you for documents.';
    entries.push(entry('deadline', key, `${sayDate(key).rule.replace(' It does not apply if nothing was asked of you.', '')}${only}`));
  }
  const issuedKey = keyDate('issued-contact', situation);
  if (issuedKey) entries.push(entry('issued-contact', issuedKey, sayDate(issuedKey).rule));
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
      ...(input.meaning ? { meaning: input.meaning } : {}),
    },
  };
}

/**
 * The plan's dates as calendar events: only those from today on (a reminder for a day that has
 * passed helps no one). Each description says what the date is counted from, why, what the wizard
 * said (when it did), and where to ask: the chosen post's inquiry channel, or our list of posts.
 */
export function planEvents(plan: Plan, where: { url: string; name: string }): IcsEvent[] {
  return plan.entries
    .filter((e) => compareDates(e.date, plan.today) >= 0)
    .map((e) => ({
      date: e.date,
      summary: `Visa: ${e.title}`,
      description: [
        `${e.counted} ${e.why}`,
        ...(plan.meaning ? [`What your answers most likely mean: ${plan.meaning.label}.`] : []),
        `Where to ask: ${where.name}, ${where.url}`,
        'Made with the CEAC Status Guide next-steps planner.',
      ].join('\n'),
    }));
}

/** "in 12 days", "today", "3 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
