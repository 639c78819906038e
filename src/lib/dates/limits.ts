/**
 * The two last days an applicant must not miss, as pure calendar arithmetic: a module of its own so
 * the wizard's page script can date them without loading the rest of deadlines.ts (business days,
 * holidays, the rules' quotes), which its worker loads later. deadlines.ts explains the sources.
 */
import { addDays, addYears, type IsoDate } from './calendar';

/** The last day to send requested documents: within one year of the refusal, so the day before the same date a year later. */
export function documentsDeadline(refusal: IsoDate): IsoDate {
  return addDays(addYears(refusal, 1), -1);
}

/** The last day a diversity visa of the fiscal year containing `date` can be issued: 30 September. */
export function dvYearEnd(date: IsoDate): IsoDate {
  const year = +date.slice(0, 4);
  return `${date.slice(5) > '09-30' ? year + 1 : year}-09-30`;
}
