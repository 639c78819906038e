import { afterAll, describe, expect, test } from 'vitest';
import {
  addDays,
  addYears,
  compareDates,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  laterOf,
  localToday,
  toDayNumber,
  weekday,
} from '../../../src/lib/dates';

describe('calendar dates', () => {
  test('accepts real dates and rejects impossible or malformed ones', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '2026-12-31', '1999-01-01']) expect(isIsoDate(ok)).toBe(true);
    for (const bad of [
      '2023-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-1-5',
      '26-01-05',
      ' 2026-01-05',
      '2026-01-05T00:00',
      '',
      null,
      20260105,
      undefined,
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });

  test('knows the Gregorian leap years', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
  });

  test('day numbers round-trip and start at 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    for (let n = -5000; n < 40000; n += 37) expect(toDayNumber(fromDayNumber(n))).toBe(n);
  });

  test('adds days across month ends, year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-03-10', 180)).toBe('2026-09-06');
  });

  test('counts days between dates, negative when the second is earlier', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });

  test('adds years, turning February 29 into February 28', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-01-31', 1)).toBe('2027-01-31');
  });

  test('names weekdays from a known anchor', () => {
    expect(weekday('1970-01-01')).toBe(4); // Thursday
    expect(weekday('2024-01-01')).toBe(1); // Monday
    expect(weekday('2026-07-04')).toBe(6); // Saturday
    expect(weekday('1969-12-31')).toBe(3); // Wednesday, before day zero
  });

  test('compares and picks the later date', () => {
    expect(compareDates('2026-01-02', '2026-01-10')).toBeLessThan(0);
    expect(laterOf('2026-05-01', '2026-04-30')).toBe('2026-05-01');
    expect(laterOf('2026-04-30', '2026-05-01')).toBe('2026-05-01');
  });

  test('throws on invalid input instead of guessing', () => {
    expect(() => addDays('2023-02-29', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('the user’s local date is the date', () => {
  const original = process.env['TZ'];
  afterAll(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  const zones = ['Pacific/Kiritimati', 'Asia/Kolkata', 'UTC', 'America/New_York', 'Pacific/Pago_Pago'];

  test.each(zones)('late evening stays on the same date in %s', (zone) => {
    process.env['TZ'] = zone;
    expect(localToday(new Date(2026, 2, 8, 23, 30))).toBe('2026-03-08');
    expect(localToday(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
  });

  test('one instant is a different date in different zones', () => {
    const instant = new Date('2026-03-09T03:30:00Z');
    process.env['TZ'] = 'America/New_York';
    expect(localToday(instant)).toBe('2026-03-08');
    process.env['TZ'] = 'Asia/Kolkata';
    expect(localToday(instant)).toBe('2026-03-09');
  });

  test.each(zones)('date arithmetic ignores daylight-saving changes in %s', (zone) => {
    process.env['TZ'] = zone;
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
  });
});
