import { describe, expect, test } from 'vitest';
import { groupByYear, newestDate, statusSentence } from '../../src/lib/changes';

describe('statusSentence', () => {
  test('in force', () => {
    expect(statusSentence({ status: 'in-force', asOf: '2026-11-26' })).toBe('Known to be in force as of 26 November 2026.');
  });
  test('unknown after a date says so', () => {
    expect(statusSentence({ status: 'unknown-after', asOf: '2026-02-02' })).toBe(
      'Known to be in force as of 2 February 2026. We could not confirm what happened after that.',
    );
  });
  test('ended, with and without an end date', () => {
    expect(statusSentence({ status: 'ended', asOf: '2025-12-17', ended: '2026-01-01' })).toBe(
      'No longer in force: it stopped applying on 1 January 2026.',
    );
    expect(statusSentence({ status: 'ended', asOf: '2025-02-18' })).toBe(
      'No longer in force. Our newest source on it is from 18 February 2025.',
    );
  });
});

describe('groupByYear', () => {
  test('keeps the order and starts a group at each new year', () => {
    const dates = ['2026-02-02', '2026-01-01', '2025-12-15', '2020-03-03'];
    expect(groupByYear(dates, (d) => d)).toEqual([
      { year: '2026', entries: ['2026-02-02', '2026-01-01'] },
      { year: '2025', entries: ['2025-12-15'] },
      { year: '2020', entries: ['2020-03-03'] },
    ]);
  });
  test('an empty list gives no groups', () => {
    expect(groupByYear([], (d: string) => d)).toEqual([]);
  });
});

test('newestDate', () => {
  expect(newestDate(['2025-01-01', '2026-02-02', '2025-12-31'])).toBe('2026-02-02');
  expect(newestDate([])).toBeUndefined();
});
