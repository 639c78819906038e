/**
 * The verdict's dates from the interview or drop-off date: which dates, counted how, and the words
 * the island shows (as DOM: src/islands/dates-list.ts). The arithmetic itself is src/lib/dates (tested in tests/unit/dates).
 */
import { describe, expect, test } from 'vitest';
import { datesFor } from '../../src/lib/wizard/timing';
import { describeStep } from '../../src/lib/wizard/timing-words';
import { dateLines } from '../../src/lib/wizard/dated';
import { wizardWords } from './wizard-words-data';

const one = (kind: Parameters<typeof datesFor>[0][number], since: string, today: string) => datesFor([kind], since, today)[0]!;

describe('dates counted from the interview or drop-off', () => {
  test('CEAC says to check two business days after the interview: Thursday → Monday', () => {
    expect(one('check-status', '2026-03-05', '2026-03-05')).toMatchObject({ date: '2026-03-09', past: false });
  });

  test('business days skip U.S. federal holidays: Friday 3 July 2026 (observed Independence Day)', () => {
    // Thursday 2 July + 2 business days skips Friday 3 July (observed holiday) and the weekend.
    expect(one('check-status', '2026-07-02', '2026-07-02').date).toBe('2026-07-07');
  });

  test('a dropbox decision is expected 7 to 10 business days after drop-off', () => {
    expect(one('dropbox-decision', '2026-03-02', '2026-03-02')).toMatchObject({
      kind: 'dropbox-decision',
      from: '2026-03-11',
      date: '2026-03-16',
    });
  });

  test('the reported follow-up is 10 calendar days after', () => {
    expect(one('reported-follow-up', '2026-01-25', '2026-01-26').date).toBe('2026-02-04');
  });

  test('the one-year deadline is the day before the same date a year later (29 February → 27 February)', () => {
    expect(one('one-year', '2026-03-03', '2026-03-03').date).toBe('2027-03-02');
    expect(one('one-year', '2024-02-29', '2024-03-01').date).toBe('2025-02-27');
  });

  test('the inquiry date is 180 days after the interview, with the Colombia (120) and older (60) figures', () => {
    const step = one('inquiry', '2026-01-10', '2026-01-20');
    expect(step.kind === 'inquiry' && step.variants.map((v) => [v.rule.days, v.date])).toEqual([
      [180, '2026-07-09'],
      [120, '2026-05-10'],
      [60, '2026-03-11'],
    ]);
    expect(step.date).toBe('2026-07-09');
  });

  test('after a document request the inquiry wait counts from sending the documents (today, at the earliest)', () => {
    const step = one('inquiry-after-documents', '2026-01-10', '2026-02-01');
    expect(step.date).toBe('2026-07-31'); // 180 days after 1 February, not after 10 January
  });

  test('a date that has passed is marked', () => {
    expect(one('check-status', '2026-03-05', '2026-04-01').past).toBe(true);
    expect(one('one-year', '2026-03-05', '2026-04-01').past).toBe(false);
  });
});

describe('the words and HTML for dates', () => {
  test('each line names its date in words and says where the figure comes from', () => {
    const lines = datesFor(
      ['check-status', 'inquiry', 'one-year', 'dropbox-decision', 'reported-follow-up'],
      '2026-03-05',
      '2026-03-05',
    ).map((s) => describeStep(s, wizardWords));
    expect(lines.map((l) => l.title)).toEqual([
      'Check CEAC again from 9 March 2026',
      'Ask about administrative processing from 1 September 2026',
      'Send the requested documents by 4 March 2027 at the latest',
      'A 2019 figure from one post would have meant 16 March 2026 to 19 March 2026',
      'From 15 March 2026, a short question to the embassy or consulate is reasonable',
    ]);
    expect(lines.map((l) => l.basis)).toEqual(['official', 'official', 'official', 'secondary', 'reported']);
    expect(lines[1]!.detail).toContain('the U.S. Embassy in Colombia asks for 120 days (3 July 2026)');
    expect(lines[1]!.detail).toContain('older guidance, still on some pages, said 60 days (4 May 2026)');
    for (const l of lines) expect(l.title + l.detail).not.toMatch(/\{\w+\}/);
    // The one-year limit runs from the refusal; counted from the interview or drop-off it errs early, and says so.
    expect(lines[2]!.detail).toContain('one year from the refusal date');
    expect(lines[2]!.detail).toContain('Counted from 5 March 2026, your interview or drop-off, taken as the refusal date');
    expect(lines[2]!.detail).toContain('if your letter or slip gives a later date, this date is later too');
    expect(lines[0]!.detail).toMatch(/^Counted from your interview or drop-off on 5 March 2026\. /);
  });

  test('each line says whether its date has passed and carries the date for <time datetime>', () => {
    const lines = dateLines(['check-status'], '2026-03-05', '2026-04-01', wizardWords);
    expect(lines[0]).toMatchObject({ past: true, date: '2026-03-09', basis: 'official' });
    expect(dateLines(['check-status'], '2026-05-05', '2026-04-01', wizardWords)[0]).toMatchObject({ past: false, date: '2026-05-07' });
  });
});

describe('a passed date is never the only date shown', () => {
  test('when the early dates have passed, the inquiry date is added; when it has passed too, a line for today', () => {
    const soon = dateLines(['check-status', 'reported-follow-up'], '2026-09-15', '2026-10-20', wizardWords);
    expect(soon.some((l) => !l.past)).toBe(true);
    expect(soon.at(-1)!.title).toMatch(/^Ask about administrative processing from /);
    const late = dateLines(['inquiry'], '2026-01-15', '2026-12-01', wizardWords);
    expect(late.at(-1)).toMatchObject({ past: false, date: '2026-12-01' });
    expect(late.at(-1)!.title).toMatch(/ask .* now/);
  });
});
