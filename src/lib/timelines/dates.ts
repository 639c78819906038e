/** Dates in the reported cases: calendar arithmetic from src/lib/dates, plus how periods are written. */

import { addDays, daysBetween, isIsoDate } from '../dates/calendar';

// One implementation of calendar arithmetic for the whole site (src/lib/dates, unit-tested there).
export { addDays, daysBetween };

/** True for a real calendar date written YYYY-MM-DD (rejects 2021-02-30): the site's one check, isIsoDate. */
export function isCalendarDate(value: string): boolean {
  return isIsoDate(value);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021-01" → "Jan 2021", "2020" → "2020", "2021-01-15" → "15 Jan 2021". */
export function formatPeriod(value: string): string {
  const [y, m, d] = value.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? value;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
