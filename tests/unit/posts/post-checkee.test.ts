import { describe, expect, it } from 'vitest';
import { checkMonthsOf, checkeeNamesFor, postCheckee } from '../../../src/lib/measured/post-checkee';
import { MIN_OUTCOMES, tooFewWords } from '../../../src/lib/timelines/km';
import type { CheckeeCase } from '../../../src/lib/measured/types';

let line = 1;
const row = (consulate: string, check_date: string, waiting_days: number, status: CheckeeCase['status'] = 'Clear'): CheckeeCase => ({
  check_date,
  complete_date: check_date,
  waiting_days,
  status,
  visa_type: 'F1',
  entry: 'New',
  consulate,
  major: '',
  line: line++,
});
const period = { from: '2024-11', to: '2026-07', followUp: '2026-07-29' };

/** The median recomputed here on its own: the smallest wait with at least half the cases done by it. */
function plainMedian(days: number[]): number {
  const sorted = [...days].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 2) - 1]!;
}

describe('checkee names of a post', () => {
  it('are read from the entry, and none means no figures', () => {
    expect(checkeeNamesFor({ checkee: ['BeiJing'] })).toEqual(['BeiJing']);
    expect(checkeeNamesFor({})).toEqual([]);
  });
});

describe('postCheckee', () => {
  const waits = [12, 40, 33, 90, 5, 61, 27, 18, 150, 44, 70];
  const cases = [
    ...waits.map((d, i) => row('BeiJing', `2025-0${(i % 9) + 1}-10`, d, i === 3 ? 'Reject' : 'Clear')),
    row('ShangHai', '2025-03-01', 1),
    row('BeiJing', '2024-10-30', 2), // before the period
    row('BeiJing', '2026-08-01', 3), // after it
  ];

  it('counts only the post’s cases in the period and gives their median', () => {
    const out = postCheckee(cases, ['BeiJing'], period);
    expect(out.figures.outcomes).toBe(waits.length);
    expect(out.figures.enough).toBe(true);
    expect(out.figures.median).toBe(plainMedian(waits));
    expect(out.rejected).toBe(1);
    expect(out.followUp).toBe('2026-07-29');
  });

  it('counts several spellings together', () => {
    expect(postCheckee(cases, ['BeiJing', 'ShangHai'], period).figures.outcomes).toBe(waits.length + 1);
  });

  it('gives no median below 10 outcomes, with the shared words', () => {
    const few = cases.filter((c) => c.consulate === 'BeiJing').slice(0, MIN_OUTCOMES - 1);
    const out = postCheckee(few, ['BeiJing'], period);
    expect(out.figures.outcomes).toBe(MIN_OUTCOMES - 1);
    expect(out.figures.enough).toBe(false);
    expect(out.figures.median).toBeUndefined();
    expect(out.figures.medianNote).toBe(tooFewWords(MIN_OUTCOMES - 1));
    const ten = cases.filter((c) => c.consulate === 'BeiJing').slice(0, MIN_OUTCOMES);
    expect(postCheckee(ten, ['BeiJing'], period).figures.enough).toBe(true);
  });

  it('takes the period from the file’s check months', () => {
    expect(checkMonthsOf(cases)).toEqual({ from: '2024-10', to: '2026-08' });
  });
});
