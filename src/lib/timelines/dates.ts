/** Calendar-day arithmetic on YYYY-MM-DD strings, in UTC so time zones never shift a day. */

const DAY_MS = 86_400_000;

/** True for a real calendar date written YYYY-MM-DD (rejects 2021-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The YYYY-MM-DD day `days` after `from`. */
export function addDays(from: string, days: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021-01" → "Jan 2021", "2020" → "2020", "2021-01-15" → "15 Jan 2021". */
export function formatPeriod(value: string): string {
  const [y, m, d] = value.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? value;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
