/**
 * Calendar dates as YYYY-MM-DD strings, computed with integer day numbers. The one place on the site
 * where a date is checked or counted: every page, island and worker imports these functions.
 *
 * Why never a local Date: `new Date('2026-03-08')` is midnight UTC, which is still the 7th in the
 * Americas, and adding 24 hours across a daylight-saving change drifts by an hour. A visa date is a
 * calendar date at the post, so it is never turned into a moment in the user's time zone. Day numbers
 * go through `Date.UTC` and back through `getUTC…`, which have no time zone and no daylight saving,
 * so the same date gives the same day number on every device. The one bridge from the clock is
 * `localToday`, which reads the user's own local date on purpose: the user's local date is today.
 */

/** A calendar date written YYYY-MM-DD (years 1000–9999). Check input with `isIsoDate`. */
export type IsoDate = string;

const DAY_MS = 86_400_000;

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);
}

/** Gregorian leap year: every 4th year, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Splits a date into numbers, or returns null if it is not a real calendar date. */
export function parseIsoDate(value: unknown): { year: number; month: number; day: number } | null {
  const m = typeof value === 'string' ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(value) : null;
  if (!m) return null;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/**
 * True for a real calendar date written YYYY-MM-DD ("2023-02-29" is false). With `min` and `max`
 * (YYYY-MM-DD, inclusive) it is also inside that range: the one date check for every form, link,
 * saved record and data file.
 */
export function isIsoDate(value: unknown, min?: IsoDate, max?: IsoDate): value is IsoDate {
  return parseIsoDate(value) !== null && !(min && (value as string) < min) && !(max && (value as string) > max);
}

function must(value: IsoDate): { year: number; month: number; day: number } {
  const p = parseIsoDate(value);
  if (!p) throw new RangeError(`Not a YYYY-MM-DD calendar date: ${String(value)}`);
  return p;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days since 1970-01-01 (proleptic Gregorian), the same on every device: UTC has no time zone. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = must(date);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // setUTCFullYear, unlike Date.UTC, does not map 0–99 to 1900s
  return d.getTime() / DAY_MS;
}

/** Inverse of `toDayNumber`. */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Not a whole day number: ${dayNumber}`);
  const d = new Date(dayNumber * DAY_MS);
  const year = d.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) throw new RangeError(`Date out of range (years 1000–9999): day ${dayNumber}`);
  return `${year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The date `days` calendar days later (negative for earlier). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The same calendar date `years` later. February 29 becomes February 28 in a common year: of the two
 * possible readings (Feb 28 or Mar 1) it is the earlier, so a deadline computed this way is never late.
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = must(date);
  const y = year + years;
  return `${pad(y, 4)}-${pad(month)}-${pad(Math.min(day, daysInMonth(y, month)))}`;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Day of the week: 0 Sunday … 6 Saturday. 1970-01-01 was a Thursday. */
export function weekday(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** Negative, zero or positive, for sorting. Valid ISO dates compare correctly as strings. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** The later of two dates. */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/** Today's date on the user's own clock (local year, month and day of `now`, not UTC). */
export function localToday(now: Date = new Date()): IsoDate {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "2026-11-26" → "26 November 2026": how every date is said on the site, in the planner, the
 * wizard, the letters and the calendar file. Day-month-year avoids the ambiguity of 11/12. Throws on
 * anything that is not a real calendar date.
 */
export function formatIsoDate(date: IsoDate): string {
  const { year, month, day } = must(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
