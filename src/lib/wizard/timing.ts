/**
 * Dates for a verdict, from the interview or drop-off date (`since`). Every deadline and first day
 * comes from `keyDate` in src/lib/dates/deadlines.ts, the one function the planner and the calendar
 * file use too; this file only picks which dates an outcome needs. Words: timing-words.ts.
 */
import { addBusinessDays } from '../dates/business';
import { addDays, compareDates, type IsoDate } from '../dates/calendar';
import { keyDate, type KeyDate } from '../dates/deadlines';
import { INQUIRY_RULES, type InquiryRule } from '../dates/rules';

/** The kinds of date an outcome can ask for (src/content/outcomes/*.yaml, field `timing`). */
export const timingKinds = [
  'check-status',
  'dropbox-decision',
  'reported-follow-up',
  'inquiry',
  'inquiry-after-documents',
  'one-year',
] as const;
export type TimingKind = (typeof timingKinds)[number];

export interface InquiryDate {
  rule: InquiryRule;
  date: IsoDate;
}

export type DatedStep =
  | { kind: 'reported-follow-up'; date: IsoDate; past: boolean }
  | { kind: 'dropbox-decision'; from: IsoDate; date: IsoDate; past: boolean }
  | { kind: 'check-status' | 'one-year'; date: IsoDate; past: boolean; key: KeyDate }
  | { kind: 'inquiry' | 'inquiry-after-documents'; date: IsoDate; past: boolean; key: KeyDate; variants: InquiryDate[] };

/**
 * The dates for these kinds, counted from `since`. `today` (the user's local date) only marks
 * dates that have passed, and is the day requested documents are taken to go out when they are not
 * sent yet. Reported follow-up: about 10 days, from the explainer article the reported cases come
 * from (src/content/cases/reported-cases.json names it in its source note).
 */
export function datesFor(kinds: readonly TimingKind[], since: IsoDate, today: IsoDate): DatedStep[] {
  const past = (d: IsoDate) => compareDates(d, today) < 0;
  return kinds.map((kind): DatedStep => {
    switch (kind) {
      case 'check-status': {
        const key = keyDate('check-status', { interview: since })!;
        return { kind, date: key.date, past: past(key.date), key };
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
        const key = keyDate('documents', { interview: since })!;
        return { kind, date: key.date, past: past(key.date), key };
      }
      case 'inquiry':
      case 'inquiry-after-documents': {
        // After a document request the wait counts from when the documents are sent: today, if they
        // go out today (keyDate never counts from before the interview).
        const situation = { interview: since, documentsPendingFrom: kind === 'inquiry' ? undefined : today };
        const variants = INQUIRY_RULES.map((rule) => ({ rule, date: keyDate('inquiry', { ...situation, inquiryDays: rule.days })!.date }));
        const key = keyDate('inquiry', situation)!;
        return { kind, date: key.date, past: past(key.date), key, variants };
      }
    }
  });
}
