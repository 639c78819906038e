/**
 * The one function that dates every deadline (keyDate) and the one wording (sayDate), which the
 * wizard, the planner, the letters and the calendar file all use.
 */
import { afterEach, describe, expect, test } from 'vitest';
import {
  BY_HAND,
  COUNTED_FROM,
  DATE_TITLES,
  documentsDeadline,
  dvYearEnd,
  formatIsoDate,
  isIsoDate,
  keyDate,
  sayDate,
} from '../../../src/lib/dates';

describe('keyDate: each date with what it is counted from', () => {
  test('check CEAC two business days after the interview, counted from the interview', () => {
    expect(keyDate('check-status', { interview: '2026-07-02' })).toEqual({
      kind: 'check-status',
      date: '2026-07-07',
      from: '2026-07-02',
      countedFrom: 'interview',
    });
  });

  test('the inquiry date counts from the interview, or from documents sent later', () => {
    expect(keyDate('inquiry', { interview: '2026-03-10' })).toMatchObject({
      date: '2026-09-06',
      from: '2026-03-10',
      countedFrom: 'interview',
      days: 180,
    });
    expect(keyDate('inquiry', { interview: '2026-03-10', documentsSent: '2026-04-01' })).toMatchObject({
      date: '2026-09-28',
      countedFrom: 'documents',
    });
    expect(keyDate('inquiry', { interview: '2026-03-10', documentsSent: '2026-03-01' })).toMatchObject({
      date: '2026-09-06',
      countedFrom: 'interview',
    });
  });

  test('documents not yet sent: the inquiry wait counts from today, never from before the interview', () => {
    expect(keyDate('inquiry', { interview: '2026-03-10', documentsPendingFrom: '2026-05-01' })).toMatchObject({
      date: '2026-10-28',
      countedFrom: 'documents-today',
    });
    expect(keyDate('inquiry', { interview: '2026-03-10', documentsPendingFrom: '2026-03-01' })).toMatchObject({
      date: '2026-09-06',
      countedFrom: 'interview',
    });
  });

  test('a post’s own figure replaces the 180 days', () => {
    expect(keyDate('inquiry', { interview: '2026-03-10', inquiryDays: 120 })).toMatchObject({ date: '2026-07-08', days: 120 });
  });

  test('the documents deadline counts from the refusal date, or from the interview taken as it', () => {
    expect(keyDate('documents', { interview: '2026-03-10' })).toMatchObject({
      date: '2027-03-09',
      from: '2026-03-10',
      countedFrom: 'interview-as-refusal',
    });
    expect(keyDate('documents', { interview: '2026-03-10', refusal: '2026-03-20' })).toMatchObject({
      date: '2027-03-19',
      from: '2026-03-20',
      countedFrom: 'refusal',
    });
  });

  test('contacting the post about an issued visa counts from the day CEAC changed to Issued', () => {
    // Issued Mon 2026-11-16: 10 working days end Tue 12-01 (Thanksgiving 11-26 skipped); contact from Wed 12-02.
    expect(keyDate('issued-contact', { interview: '2026-10-01', issued: '2026-11-16' })).toMatchObject({
      date: '2026-12-02',
      countedFrom: 'issued',
    });
    expect(keyDate('issued-contact', { interview: '2026-10-01' })).toBeUndefined();
  });

  test('the diversity-visa year ends on 30 September of the fiscal year of the interview', () => {
    expect(keyDate('dv-year-end', { interview: '2026-09-30' })!.date).toBe('2026-09-30');
    expect(keyDate('dv-year-end', { interview: '2026-10-01' })!.date).toBe('2027-09-30');
    expect(dvYearEnd('2026-01-15')).toBe('2026-09-30');
  });
});

describe('documentsDeadline: within one year, so the day before the anniversary', () => {
  test('month ends and year ends', () => {
    expect(documentsDeadline('2026-01-31')).toBe('2027-01-30');
    expect(documentsDeadline('2026-03-01')).toBe('2027-02-28');
    expect(documentsDeadline('2027-03-01')).toBe('2028-02-29'); // 2028 is a leap year
    expect(documentsDeadline('2026-12-31')).toBe('2027-12-30');
    expect(documentsDeadline('2026-01-01')).toBe('2026-12-31');
  });

  test('leap years: 29 February counts to 28 February, then back one day', () => {
    expect(documentsDeadline('2024-02-29')).toBe('2025-02-27');
    expect(documentsDeadline('2023-02-28')).toBe('2024-02-27');
    expect(documentsDeadline('2024-02-28')).toBe('2025-02-27');
    expect(documentsDeadline('2099-03-01')).toBe('2100-02-28'); // 2100 is not a leap year
  });

  test('bad input throws instead of giving a date', () => {
    for (const bad of ['2023-02-29', '2026-13-01', '26-03-10', '']) expect(() => documentsDeadline(bad)).toThrow(RangeError);
    expect(() => keyDate('documents', { interview: '2026-02-30' })).toThrow(RangeError);
    expect(() => keyDate('check-status', { interview: 'tomorrow' })).toThrow(RangeError);
  });
});

describe('sayDate: one wording for every date', () => {
  test('a deadline is “by … at the latest”, a first day is “from …”', () => {
    const say = (kind: Parameters<typeof keyDate>[0], s: Parameters<typeof keyDate>[1]) => sayDate(keyDate(kind, s)!).title;
    expect(say('documents', { interview: '2026-11-10' })).toBe('Send the requested documents by 9 November 2027 at the latest');
    expect(say('dv-year-end', { interview: '2026-11-10' })).toBe('Your diversity visa must be issued by 30 September 2027 at the latest');
    expect(say('inquiry', { interview: '2026-03-10' })).toBe('Ask about administrative processing from 6 September 2026');
    expect(say('check-status', { interview: '2026-03-10' })).toBe('Check CEAC again from 12 March 2026');
    expect(say('issued-contact', { interview: '2026-03-10', issued: '2026-11-16' })).toBe(
      'Contact the embassy or consulate from 2 December 2026 if your passport has not come back',
    );
    for (const title of Object.values(DATE_TITLES)) expect(title).not.toMatch(/\bbefore\b|last day/i);
  });

  test('each date says what it is counted from, with that day in words', () => {
    const d = sayDate(keyDate('documents', { interview: '2026-11-10', refusal: '2026-11-12' })!);
    expect(d.counted).toBe(
      'Counted from the refusal date on your letter or slip, 12 November 2026: within one year, so the last day is the day before the same date a year later.',
    );
    expect(sayDate(keyDate('inquiry', { interview: '2026-03-10', documentsSent: '2026-04-01' })!).counted).toBe(
      'Counted from 1 April 2026, the day you sent the documents, because it is later than the interview.',
    );
    expect(sayDate(keyDate('inquiry', { interview: '2026-03-10' })!).rule).toBe('180 calendar days; emergencies are the exception.');
    for (const text of Object.values(COUNTED_FROM)) expect(text).toMatch(/\{(from|fy)\}/);
  });

  test('the rules by hand name their figures and leave no slot unfilled', () => {
    expect(BY_HAND.inquiry).toMatch(/^Count 180 days from your interview/);
    expect(BY_HAND['check-status']).toMatch(/^Count 2 business days/);
    expect(BY_HAND['issued-contact']).toMatch(/^Count 11 working days/);
    for (const rule of Object.values(BY_HAND)) expect(rule).not.toMatch(/[{}]/);
  });

  test('formatIsoDate says a date day-month-year and rejects what is not a date', () => {
    expect(formatIsoDate('2027-11-09')).toBe('9 November 2027');
    expect(formatIsoDate('2024-02-29')).toBe('29 February 2024');
    expect(() => formatIsoDate('2026-02-30')).toThrow(RangeError);
    expect(() => formatIsoDate('9 November 2027')).toThrow(RangeError);
  });
});

describe('the one date check (isIsoDate with a range)', () => {
  test('accepts a real date inside the range and rejects one outside it or not real', () => {
    expect(isIsoDate('2026-03-10', '2000-01-01', '2099-12-31')).toBe(true);
    expect(isIsoDate('2000-01-01', '2000-01-01', '2099-12-31')).toBe(true);
    expect(isIsoDate('1999-12-31', '2000-01-01', '2099-12-31')).toBe(false);
    expect(isIsoDate('2100-01-01', '2000-01-01', '2099-12-31')).toBe(false);
    expect(isIsoDate('2023-02-29', '2000-01-01')).toBe(false);
    expect(isIsoDate(20260310, '2000-01-01')).toBe(false);
  });
});

describe('dates are calendar dates in every time zone', () => {
  const original = process.env['TZ'];
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  test('the same situation gives the same dates and words from UTC−12 to UTC+14, across a daylight-saving change', () => {
    const situation = { interview: '2026-03-06', refusal: '2026-03-08', issued: '2026-10-30' }; // 8 March 2026: US clocks change
    const all = () => (['check-status', 'inquiry', 'documents', 'issued-contact'] as const).map((k) => sayDate(keyDate(k, situation)!));
    process.env['TZ'] = 'UTC';
    const utc = all();
    for (const zone of ['Etc/GMT+12', 'America/Los_Angeles', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati']) {
      process.env['TZ'] = zone;
      expect(all()).toEqual(utc);
    }
    expect(utc[2]!.title).toBe('Send the requested documents by 7 March 2027 at the latest');
  });
});
