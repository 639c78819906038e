/**
 * Business days: Monday to Friday, minus observed US federal holidays (see holidays.ts for the
 * source and the limits: posts also close for local holidays).
 */
import { addDays, compareDates, weekday, type IsoDate } from './calendar';
import { federalHolidayOn } from './holidays';

/** True on a weekday that is not an observed federal holiday. */
export function isBusinessDay(date: IsoDate): boolean {
  const dow = weekday(date);
  return dow !== 0 && dow !== 6 && federalHolidayOn(date) === undefined;
}

/**
 * The date `count` business days after `from` (before it when negative). `from` itself is never
 * counted, as in "check your status after two business days": Thursday + 2 is the next Monday.
 */
export function addBusinessDays(from: IsoDate, count: number): IsoDate {
  if (!Number.isInteger(count)) throw new RangeError(`Not a whole number of days: ${count}`);
  const step = count < 0 ? -1 : 1;
  let date = from;
  for (let left = Math.abs(count); left > 0;) {
    date = addDays(date, step);
    if (isBusinessDay(date)) left -= 1;
  }
  return date;
}

/**
 * Business days elapsed after `from` up to and including `to`: interview on Monday, today Wednesday
 * gives 2. Negative when `to` is before `from`.
 */
export function businessDaysBetween(from: IsoDate, to: IsoDate): number {
  const order = compareDates(from, to);
  if (order === 0) return 0;
  const [start, end, sign] = order < 0 ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let d = addDays(start, 1); compareDates(d, end) <= 0; d = addDays(d, 1)) {
    if (isBusinessDay(d)) count += 1;
  }
  return sign * count;
}
