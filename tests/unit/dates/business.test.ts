import { describe, expect, test } from 'vitest';
import { addBusinessDays, businessDaysBetween, federalHolidayOn, federalHolidays, isBusinessDay } from '../../../src/lib/dates';

const observed = (year: number) => federalHolidays(year).map((h) => h.observed);

describe('US federal holidays by rule', () => {
  test('2026 matches the OPM list, with July 4 (a Saturday) observed on Friday July 3', () => {
    expect(observed(2026)).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
  });

  test('Sunday holidays move to Monday and Saturday holidays to Friday (2022)', () => {
    const h = federalHolidays(2022);
    expect(h.find((x) => x.name.startsWith('Juneteenth'))).toEqual({
      name: 'Juneteenth National Independence Day',
      date: '2022-06-19',
      observed: '2022-06-20',
    });
    expect(h.find((x) => x.name === 'Christmas Day')?.observed).toBe('2022-12-26');
    expect(h.find((x) => x.name === "New Year's Day")?.observed).toBe('2021-12-31');
  });

  test('New Year’s Day on a Saturday is observed on December 31 of the year before', () => {
    expect(federalHolidayOn('2027-12-31')?.name).toBe("New Year's Day");
    expect(federalHolidayOn('2027-12-31')?.date).toBe('2028-01-01');
    expect(isBusinessDay('2027-12-31')).toBe(false);
  });

  test('Juneteenth exists from 2021 only', () => {
    expect(federalHolidays(2020)).toHaveLength(10);
    expect(federalHolidays(2021).find((x) => x.name.startsWith('Juneteenth'))?.observed).toBe('2021-06-18');
  });

  test('floating holidays land on the right Monday or Thursday', () => {
    expect(federalHolidays(2024).map((h) => h.observed)).toEqual([
      '2024-01-01',
      '2024-01-15',
      '2024-02-19',
      '2024-05-27',
      '2024-06-19',
      '2024-07-04',
      '2024-09-02',
      '2024-10-14',
      '2024-11-11',
      '2024-11-28',
      '2024-12-25',
    ]);
    expect(federalHolidays(2023).find((h) => h.name === 'Veterans Day')?.observed).toBe('2023-11-10');
  });

  test('refuses years before the current rules existed', () => {
    expect(() => federalHolidays(1985)).toThrow(RangeError);
  });
});

describe('business days', () => {
  test('weekends and observed holidays are not business days', () => {
    expect(isBusinessDay('2026-07-03')).toBe(false);
    expect(isBusinessDay('2026-07-04')).toBe(false);
    expect(isBusinessDay('2026-07-06')).toBe(true);
    expect(isBusinessDay('2026-11-27')).toBe(true); // day after Thanksgiving is not a federal holiday
  });

  test('adding business days skips weekends, holidays and month ends', () => {
    expect(addBusinessDays('2026-07-02', 1)).toBe('2026-07-06');
    expect(addBusinessDays('2026-07-02', 2)).toBe('2026-07-07');
    expect(addBusinessDays('2026-01-30', 1)).toBe('2026-02-02');
    expect(addBusinessDays('2026-11-25', 1)).toBe('2026-11-27');
    expect(addBusinessDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(addBusinessDays('2026-07-06', -1)).toBe('2026-07-02');
    expect(addBusinessDays('2026-07-04', 0)).toBe('2026-07-04');
  });

  test('counts business days elapsed across the year-end holidays', () => {
    expect(businessDaysBetween('2026-12-21', '2027-01-04')).toBe(8);
    expect(businessDaysBetween('2027-01-04', '2026-12-21')).toBe(-8);
    expect(businessDaysBetween('2026-03-02', '2026-03-04')).toBe(2);
    expect(businessDaysBetween('2026-03-06', '2026-03-08')).toBe(0);
  });

  test('adding then counting agrees', () => {
    for (const start of ['2024-02-27', '2026-06-15', '2026-12-20', '2027-12-29']) {
      for (const n of [1, 5, 10, 23]) expect(businessDaysBetween(start, addBusinessDays(start, n))).toBe(n);
    }
  });
});
