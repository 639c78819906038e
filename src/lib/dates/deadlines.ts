/**
 * Every date an applicant plans with, computed by one function (`keyDate`) and said with one set of
 * words (`sayDate`). The wizard's verdict, the next-steps planner, the letters, the printed case card
 * and the calendar file all call these, so one situation gives one date and one sentence everywhere.
 *
 * Each date says what it is counted from, as its source counts it:
 * - check-status: from the interview (CEAC's Application Received text: "check your status after two
 *   business days").
 * - inquiry: from the interview or the day requested documents were sent, whichever is later (the
 *   State Department wording quoted in rules.ts).
 * - documents: from the refusal date, the date on the refusal letter or 221(g) slip ("within one year
 *   from the date of refusal", 22 CFR 42.81(e); "must follow up within one year", the CGI support
 *   site). "Within one year" leaves open whether the anniversary itself still counts, so the last day
 *   we give is the day before it: never late on either reading.
 * - issued-contact: from the day CEAC changed to Issued, the "Case Last Updated" date shown with it
 *   (the Issued text: "more than 10 working days").
 * - dv-year-end: 30 September, the end of the fiscal year the interview falls in (9 FAM 502.6-4(d)).
 */
import { formatIsoDate, type IsoDate } from './calendar';
import { documentsDeadline, dvYearEnd } from './limits';
import { addBusinessDays } from './business';

export { documentsDeadline, dvYearEnd };
import { CHECK_STATUS_BUSINESS_DAYS, GENERAL_INQUIRY_DAYS, ISSUED_CONTACT_WORKING_DAYS, inquiryWindow } from './rules';
import { fill } from '../text/fill';

export type KeyDateKind = 'check-status' | 'inquiry' | 'documents' | 'issued-contact' | 'dv-year-end';

/** What a date is counted from. */
export type CountedFrom =
  /** The interview or drop-off date. */
  | 'interview'
  /** The day the requested documents were sent (later than the interview). */
  | 'documents'
  /** Today, as if the requested documents go out today (documents asked for, not yet sent). */
  | 'documents-today'
  /** The refusal date on the letter or slip. */
  | 'refusal'
  /** The interview or drop-off date, taken as the refusal date because none was given. */
  | 'interview-as-refusal'
  /** The day CEAC changed to Issued. */
  | 'issued'
  /** The diversity-visa program year (a fixed date). */
  | 'program-year';

export interface KeyDate {
  kind: KeyDateKind;
  /** The date itself: the first day (check-status, inquiry, issued-contact) or the last day (documents, dv-year-end). */
  date: IsoDate;
  /** The day it is counted from. */
  from: IsoDate;
  countedFrom: CountedFrom;
  /** The wait in days, for the inquiry date. */
  days?: number;
}

/** What a situation gives to count from. Dates are valid YYYY-MM-DD (check them with isIsoDate first). */
export interface Situation {
  /** The interview or drop-off date. */
  interview: IsoDate;
  /** The day requested documents were sent, if they were. */
  documentsSent?: IsoDate | undefined;
  /**
   * Documents were asked for and are not sent yet: the inquiry wait then counts from this day (today),
   * as if they go out today, and never from before the interview.
   */
  documentsPendingFrom?: IsoDate | undefined;
  /** The refusal date on the letter or slip, when it is not the interview day. */
  refusal?: IsoDate | undefined;
  /** The day CEAC changed to Issued. */
  issued?: IsoDate | undefined;
  /** The inquiry wait in days: the chosen post's own figure, or the general 180. */
  inquiryDays?: number | undefined;
}

/** The one function that dates a deadline or a first day, with what it is counted from. */
export function keyDate(kind: KeyDateKind, s: Situation): KeyDate | undefined {
  switch (kind) {
    case 'check-status':
      return { kind, date: addBusinessDays(s.interview, CHECK_STATUS_BUSINESS_DAYS), from: s.interview, countedFrom: 'interview' };
    case 'inquiry': {
      const w = inquiryWindow(
        { interview: s.interview, documentsSent: s.documentsSent ?? s.documentsPendingFrom },
        { days: s.inquiryDays ?? GENERAL_INQUIRY_DAYS },
      );
      const countedFrom: CountedFrom = w.basis === 'interview' ? 'interview' : s.documentsSent ? 'documents' : 'documents-today';
      return { kind, date: w.earliest, from: w.countedFrom, countedFrom, days: w.days };
    }
    case 'documents': {
      const from = s.refusal ?? s.interview;
      return { kind, date: documentsDeadline(from), from, countedFrom: s.refusal ? 'refusal' : 'interview-as-refusal' };
    }
    case 'issued-contact':
      // "More than 10 working days": the first business day after ten have passed.
      return s.issued
        ? { kind, date: addBusinessDays(s.issued, ISSUED_CONTACT_WORKING_DAYS + 1), from: s.issued, countedFrom: 'issued' }
        : undefined;
    case 'dv-year-end':
      return { kind, date: dvYearEnd(s.interview), from: s.interview, countedFrom: 'program-year' };
  }
}

/** The one wording of each date ({date} is filled in). A deadline is "by … at the latest"; a first day is "from …". */
export const DATE_TITLES: Readonly<Record<KeyDateKind, string>> = {
  'check-status': 'Check CEAC again from {date}',
  inquiry: 'Ask about administrative processing from {date}',
  documents: 'Send the requested documents by {date} at the latest',
  'issued-contact': 'Contact the embassy or consulate from {date} if your passport has not come back',
  'dv-year-end': 'Your diversity visa must be issued by {date} at the latest',
};

/** What each date is counted from, in one sentence ({from}, {days} and {fy} are filled in). */
export const COUNTED_FROM: Readonly<Record<CountedFrom, string>> = {
  interview: 'Counted from your interview or drop-off on {from}.',
  documents: 'Counted from {from}, the day you sent the documents, because it is later than the interview.',
  'documents-today': 'Counted from today, {from}, as if you send the documents today; it moves with the day you send them.',
  refusal:
    'Counted from the refusal date on your letter or slip, {from}: within one year, so the last day is the day before the same date a year later.',
  'interview-as-refusal':
    'Counted from {from}, your interview or drop-off, taken as the refusal date (for most people it is the same day; if your letter or slip gives a later date, this date is later too): within one year, so the last day is the day before the same date a year later.',
  issued: 'Counted from {from}, the day CEAC changed to Issued (the “Case Last Updated” date shown with it).',
  'program-year': 'The end of fiscal year {fy}, the program year your interview falls in, whatever its date.',
};

/** How long each wait is, in the words of its source (shown after the counted-from sentence). */
export const DATE_RULES: Readonly<Record<KeyDateKind, string>> = {
  'check-status': 'Two business days, skipping weekends and U.S. federal holidays.',
  inquiry: '{days} calendar days; emergencies are the exception.',
  documents: 'After that the case is closed and you apply again and pay a new fee. It does not apply if nothing was asked of you.',
  'issued-contact': 'More than 10 working days, skipping weekends and U.S. federal holidays.',
  'dv-year-end': 'After it no diversity visa of that year can be issued, whatever stage the case is at.',
};

/**
 * The rule to work each date out by hand, for pages read without JavaScript. Figures come from the
 * constants in rules.ts, never typed twice.
 */
export const BY_HAND: Readonly<Record<Exclude<KeyDateKind, 'dv-year-end'>, string>> = {
  'check-status': `Count ${CHECK_STATUS_BUSINESS_DAYS} business days from your interview or drop-off, skipping Saturdays, Sundays and U.S. federal holidays. Check CEAC again from that day.`,
  inquiry: `Count ${GENERAL_INQUIRY_DAYS} days from your interview or drop-off, or from the day you sent requested documents if that is later (or your embassy’s own figure, if it gives one). Ask about administrative processing from the day you reach.`,
  documents:
    'Find the refusal date on your letter or slip (for most people, the interview day). Take the same date one year later and go back one day: send the requested documents by that day at the latest. Refused on 29 February? Take 28 February, then go back one day.',
  'issued-contact': `Count ${ISSUED_CONTACT_WORKING_DAYS + 1} working days from the day CEAC changed to Issued, skipping weekends and U.S. federal holidays. Contact the embassy or consulate from that day if your passport has not come back.`,
};

/** A date in words: its title ("Send the requested documents by 8 November 2027 at the latest") and what it is counted from. */
export function sayDate(d: KeyDate): { title: string; counted: string; rule: string } {
  const values = { date: formatIsoDate(d.date), from: formatIsoDate(d.from), days: String(d.days ?? ''), fy: d.date.slice(0, 4) };
  return {
    title: fill(DATE_TITLES[d.kind], values),
    counted: fill(COUNTED_FROM[d.countedFrom], values),
    rule: fill(DATE_RULES[d.kind], values),
  };
}
