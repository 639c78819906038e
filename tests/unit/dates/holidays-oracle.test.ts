/**
 * Our federal holidays (src/lib/dates/holidays.ts, computed by rule) against an independent
 * implementation, @18f/us-federal-holidays (a devDependency, used only here as an oracle), for every
 * year from 1990 to 2100: the same names on the same observed days. Business days in the wizard and
 * the planner skip these days, so a wrong holiday moves a date.
 */
import { describe, expect, test } from 'vitest';
import { allForYear } from '@18f/us-federal-holidays';
import { addDays, federalHolidayOn, federalHolidays, isBusinessDay } from '../../../src/lib/dates';

const FIRST = 1990;
const LAST = 2100;

/**
 * The oracle lists Inauguration Day (20 January after a presidential election) for the years it
 * falls in. It is a holiday only for federal employees in and around Washington, D.C. (5 U.S.C.
 * 6103(c)), not for the consular sections applicants deal with, so we leave it out on purpose.
 */
const oracle = (year: number) =>
  allForYear(year)
    .filter((h) => h.name !== 'Inauguration Day')
    .map((h) => ({ name: h.name, observed: h.dateString }));

describe(`federal holidays ${FIRST}–${LAST} agree with @18f/us-federal-holidays`, () => {
  test('every year has the same holidays, by name, on the same observed days', () => {
    const mismatches: string[] = [];
    for (let year = FIRST; year <= LAST; year++) {
      const ours = federalHolidays(year).map((h) => ({ name: h.name, observed: h.observed }));
      if (JSON.stringify(ours) !== JSON.stringify(oracle(year)))
        mismatches.push(`${year}: ours ${JSON.stringify(ours)} oracle ${JSON.stringify(oracle(year))}`);
    }
    expect(mismatches).toEqual([]);
  });

  test('on every day of those years, we call a day an observed holiday exactly when the oracle does', () => {
    const observed = new Map<string, string>();
    for (let year = FIRST; year <= LAST + 1; year++) for (const h of oracle(year)) observed.set(h.observed, h.name);
    const wrong: string[] = [];
    for (let d = `${FIRST}-01-01`; d <= `${LAST}-12-31`; d = addDays(d, 1)) {
      const ours = federalHolidayOn(d)?.name;
      if (ours !== observed.get(d)) wrong.push(`${d}: ours ${ours} oracle ${observed.get(d)}`);
      if (ours && isBusinessDay(d)) wrong.push(`${d}: a holiday counted as a business day`);
    }
    expect(wrong).toEqual([]);
  });
});
