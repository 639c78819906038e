/**
 * Calendar dates as YYYY-MM-DD strings, computed with integer day numbers.
 *
 * Why no Date objects: `new Date('2026-03-08')` is midnight UTC, which is still the 7th in the
 * Americas, and adding 24 hours across a daylight-saving change drifts by an hour. A visa date is a
 * calendar date at the post, so we never convert it to an instant. The one bridge from an instant to
 * a date is `localToday`, which reads the user's own clock: the user's local date is the date.
 */

/** A calendar date written YYYY-MM-DD (years 1000–9999). Check input with `isIsoDate`. */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Gregorian leap year: every 4th year, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Splits a date into numbers, or returns null if it is not a real calendar date. */
export function parseIsoDate(value: unknown): { year: number; month: number; day: number } | null {
  if (typeof value !== 'string') return null;
  const m = ISO.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a real calendar date written YYYY-MM-DD ("2023-02-29" is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== null;
}

function must(value: IsoDate): { year: number; month: number; day: number } {
  const p = parseIsoDate(value);
  if (!p) throw new RangeError(`Not a YYYY-MM-DD calendar date: ${String(value)}`);
  return p;
}

/** Days since 1970-01-01 (proleptic Gregorian; algorithm by H. Hinnant, "chrono-compatible low-level date algorithms"). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = must(date);
  const y = year - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Inverse of `toDayNumber`. */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Not a whole day number: ${dayNumber}`);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1000 || year > 9999) throw new RangeError(`Date out of range (years 1000–9999): day ${dayNumber}`);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
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
