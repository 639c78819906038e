/**
 * Dates for a verdict, from the interview or drop-off date (`since`). Arithmetic comes from
 * src/lib/dates (business days with U.S. federal holidays, the inquiry window, the one-year
 * deadline); this file only picks which dates an outcome needs. Words: timing-words.ts.
 */
import { addBusinessDays } from '../dates/business';
import { addDays, compareDates, type IsoDate } from '../dates/calendar';
import { checkStatusFrom, inquiryWindows, oneYearDeadline, type InquiryRule } from '../dates/rules';

/** The kinds of date an outcome can ask for (src/content/outcomes/*.yaml, field `timing`). */
export const timingKinds = ['check-status', 'dropbox-decision', 'reported-follow-up', 'inquiry', 'inquiry-after-documents', 'one-year'] as const;
export type TimingKind = (typeof timingKinds)[number];

export interface InquiryDate {
  rule: InquiryRule;
  date: IsoDate;
}

export type DatedStep =
  | { kind: 'check-status' | 'reported-follow-up' | 'one-year'; date: IsoDate; past: boolean }
  | { kind: 'dropbox-decision'; from: IsoDate; date: IsoDate; past: boolean }
  | { kind: 'inquiry' | 'inquiry-after-documents'; date: IsoDate; past: boolean; variants: InquiryDate[] };

/**
 * The dates for these kinds, counted from `since`. `today` (the user's local date) only marks
 * dates that have passed. Reported follow-up: about 10 days, from the explainer article the
 * reported cases come from (src/content/cases/reported-cases.json names it in its source note).
 */
export function datesFor(kinds: readonly TimingKind[], since: IsoDate, today: IsoDate): DatedStep[] {
  const past = (d: IsoDate) => compareDates(d, today) < 0;
  return kinds.map((kind): DatedStep => {
    switch (kind) {
      case 'check-status': {
        const date = checkStatusFrom(since);
        return { kind, date, past: past(date) };
      }
      case 'dropbox-decision': {
        const from = addBusinessDays(since, 7);
        const date = addBusinessDays(since, 10);
        return { kind, from, date, past: past(date) };
      }
      case 'reported-follow-up': {
        const date = addDays(since, 10);
        return { kind, date, past: past(date) };
      }
      case 'one-year': {
        const date = oneYearDeadline(since);
        return { kind, date, past: past(date) };
      }
      case 'inquiry':
      case 'inquiry-after-documents': {
        // After a document request the wait counts from when the documents are sent; the earliest
        // possible day is then counted from today (if they go out today), never before the interview.
        const from = kind === 'inquiry' || compareDates(today, since) < 0 ? since : today;
        const variants = inquiryWindows({ interview: since, documentsSent: from }).map((w) => ({ rule: w.rule, date: w.earliest }));
        const general = variants[0]!.date;
        return { kind, date: general, past: past(general), variants };
      }
    }
  });
}
