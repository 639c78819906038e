/**
 * US federal holidays, computed by rule (no list to keep up to date by hand).
 *
 * Source: 5 U.S.C. 6103(a) lists the eleven legal public holidays; OPM's "Federal Holidays" page gives
 * the observed-date rules: a holiday on a Saturday is observed on the Friday before (5 U.S.C. 6103(b)),
 * one on a Sunday on the Monday after (Executive Order 11582, section 3(a)). So New Year's Day on a
 * Saturday is observed on December 31 of the year before.
 *
 * Limits, said plainly to users: embassies and consulates also close for the host country's holidays
 * and some keep a different working week; one-off closures by executive order (for example an extra
 * day at Christmas) are not rules and are not included. Business-day counts are therefore estimates.
 */
import { addDays, fromDayNumber, toDayNumber, weekday, type IsoDate } from './calendar';

export interface Holiday {
  /** The holiday's name in 5 U.S.C. 6103(a). */
  name: string;
  /** The date it falls on. */
  date: IsoDate;
  /** The weekday federal offices close for it (differs from `date` on weekends). */
  observed: IsoDate;
}

export const HOLIDAY_SOURCES = [
  { title: '5 U.S.C. 6103: Holidays', publisher: 'U.S. Code (Cornell LII)', url: 'https://www.law.cornell.edu/uscode/text/5/6103' },
  {
    title: 'Federal Holidays',
    publisher: 'U.S. Office of Personnel Management',
    url: 'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/',
  },
] as const;

/** The first year for which every current rule applies (Martin Luther King Jr. Day began in 1986). */
export const FIRST_HOLIDAY_YEAR = 1986;

function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The nth given weekday (0 Sunday … 6 Saturday) of a month; n = -1 for the last. */
function nthWeekday(year: number, month: number, dow: number, n: number): IsoDate {
  if (n > 0) {
    const first = iso(year, month, 1);
    return addDays(first, ((dow - weekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const last = fromDayNumber(toDayNumber(iso(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1)) - 1);
  return addDays(last, -((weekday(last) - dow + 7) % 7));
}

function observedDate(date: IsoDate): IsoDate {
  const dow = weekday(date);
  if (dow === 6) return addDays(date, -1);
  if (dow === 0) return addDays(date, 1);
  return date;
}

const cache = new Map<number, readonly Holiday[]>();

/** The federal holidays of a year, in date order. Throws for years before 1986. */
export function federalHolidays(year: number): readonly Holiday[] {
  if (!Number.isInteger(year) || year < FIRST_HOLIDAY_YEAR || year > 9998) {
    throw new RangeError(`Federal holidays are computed for ${FIRST_HOLIDAY_YEAR}–9998, not ${year}`);
  }
  const hit = cache.get(year);
  if (hit) return hit;
  const fixed = (name: string, month: number, day: number): Holiday => {
    const date = iso(year, month, day);
    return { name, date, observed: observedDate(date) };
  };
  const floating = (name: string, month: number, dow: number, n: number): Holiday => {
    const date = nthWeekday(year, month, dow, n);
    return { name, date, observed: date };
  };
  const list: Holiday[] = [
    fixed("New Year's Day", 1, 1),
    floating('Birthday of Martin Luther King, Jr.', 1, 1, 3),
    floating("Washington's Birthday", 2, 1, 3),
    floating('Memorial Day', 5, 1, -1),
    // Juneteenth became a legal public holiday on June 17, 2021 (Pub. L. 117-17).
    ...(year >= 2021 ? [fixed('Juneteenth National Independence Day', 6, 19)] : []),
    fixed('Independence Day', 7, 4),
    floating('Labor Day', 9, 1, 1),
    floating('Columbus Day', 10, 1, 2),
    fixed('Veterans Day', 11, 11),
    floating('Thanksgiving Day', 11, 4, 4),
    fixed('Christmas Day', 12, 25),
  ];
  cache.set(year, list);
  return list;
}

/** The holiday observed on this date, if any (looks at next year too: Jan 1 can be observed Dec 31). */
export function federalHolidayOn(date: IsoDate): Holiday | undefined {
  const year = Number(date.slice(0, 4));
  toDayNumber(date); // validates
  for (const y of [year, year + 1]) {
    if (y < FIRST_HOLIDAY_YEAR || y > 9998) continue;
    const found = federalHolidays(y).find((h) => h.observed === date);
    if (found) return found;
  }
  return undefined;
}
