import { describe, expect, test } from 'vitest';
import { kaplanMeier, quantile, supportedQuantile, survivalAt, type Observation } from '../../src/lib/timelines/km';

const e = (time: number): Observation => ({ time, event: true });
const c = (time: number): Observation => ({ time, event: false });
const rows = (obs: Observation[]) => kaplanMeier(obs).steps.map((s) => [s.time, s.atRisk, s.events, s.censored, Number(s.survival.toFixed(4))]);

describe('Kaplan–Meier estimate of the share still waiting', () => {
  test('empty input gives an empty estimate and no quantiles', () => {
    const km = kaplanMeier([]);
    expect(km).toEqual({ n: 0, events: 0, censored: 0, steps: [] });
    expect(quantile(km, 0.5)).toBeUndefined();
    expect(survivalAt(km, 100)).toBe(1);
    expect(supportedQuantile(km, 0.5)).toEqual({ kind: 'not-enough', reason: 'No reports give dates; we need at least 5.' });
  });

  test('a single case with an outcome on day 5 drops the curve from 100% to 0% on day 5', () => {
    const km = kaplanMeier([e(5)]);
    expect(rows([e(5)])).toEqual([[5, 1, 1, 0, 0]]);
    expect(survivalAt(km, 4)).toBe(1);
    expect(survivalAt(km, 5)).toBe(0);
    expect(quantile(km, 0.5)).toBe(5);
    // One report is not enough to call it typical.
    expect(supportedQuantile(km, 0.5)).toEqual({ kind: 'not-enough', reason: 'Only 1 report gives dates; we need at least 5.' });
  });

  test('a single case still waiting on day 5 leaves the curve at 100%', () => {
    expect(rows([c(5)])).toEqual([[5, 1, 0, 1, 1]]);
    expect(quantile(kaplanMeier([c(5)]), 0.5)).toBeUndefined();
  });

  test('when every case is still waiting, the curve stays at 100% and there is no median', () => {
    const obs = [c(3), c(5), c(5), c(8), c(13)];
    const km = kaplanMeier(obs);
    expect(km.steps.every((s) => s.survival === 1)).toBe(true);
    expect(km.events).toBe(0);
    expect(km.censored).toBe(5);
    expect(quantile(km, 0.5)).toBeUndefined();
    expect(supportedQuantile(km, 0.5)).toEqual({
      kind: 'not-enough',
      reason: 'Fewer than half of the dated cases had an outcome by the time they were last reported.',
    });
  });

  test('without censoring it is the plain share still waiting (hand-worked: 3/4, 2/4, 1/4, 0)', () => {
    const obs = [e(2), e(4), e(6), e(8)];
    expect(rows(obs)).toEqual([
      [2, 4, 1, 0, 0.75],
      [4, 3, 1, 0, 0.5],
      [6, 2, 1, 0, 0.25],
      [8, 1, 1, 0, 0],
    ]);
    const km = kaplanMeier(obs);
    expect(quantile(km, 0.5)).toBe(4); // first day the share waiting is ≤ 50%
    expect(quantile(km, 0.9)).toBe(8);
  });

  test('a censored case counts only while it was seen (hand-worked product limit)', () => {
    // Days 3, 5, 7, 10 had outcomes; cases last seen waiting on days 4 and 9.
    // S(3) = 5/6; S(5) = 5/6 × 3/4 = 0.625; S(7) = 0.625 × 2/3 = 0.4167; S(10) = 0.
    const obs = [e(3), c(4), e(5), e(7), c(9), e(10)];
    expect(rows(obs)).toEqual([
      [3, 6, 1, 0, 0.8333],
      [4, 5, 0, 1, 0.8333],
      [5, 4, 1, 0, 0.625],
      [7, 3, 1, 0, 0.4167],
      [9, 2, 0, 1, 0.4167],
      [10, 1, 1, 0, 0],
    ]);
    const km = kaplanMeier(obs);
    expect(quantile(km, 0.5)).toBe(7);
    // Ignoring the two waiting cases would give a median of 5: censoring matters.
    expect(quantile(kaplanMeier([e(3), e(5), e(7), e(10)]), 0.5)).toBe(5);
  });

  test('a case censored on the same day as outcomes is still at risk that day', () => {
    // Day 2: 6 at risk (including the one last seen on day 2), 2 outcomes → 4/6.
    // Day 5: 3 at risk, 1 outcome → 4/6 × 2/3 = 0.4444. Day 8: 1 at risk, 1 outcome → 0.
    const obs = [e(2), e(2), c(2), e(5), c(5), e(8)];
    expect(rows(obs)).toEqual([
      [2, 6, 2, 1, 0.6667],
      [5, 3, 1, 1, 0.4444],
      [8, 1, 1, 0, 0],
    ]);
    expect(quantile(kaplanMeier(obs), 0.5)).toBe(5);
  });

  test('tied outcomes on one day drop the curve together', () => {
    expect(rows([e(4), e(4), e(4), e(4)])).toEqual([[4, 4, 4, 0, 0]]);
    expect(rows([e(1), e(4), e(4), c(6)])).toEqual([
      [1, 4, 1, 0, 0.75],
      [4, 3, 2, 0, 0.25],
      [6, 1, 0, 1, 0.25],
    ]);
  });

  test('the order of the input does not matter', () => {
    const obs = [e(3), c(4), e(5), e(7), c(9), e(10)];
    expect(kaplanMeier([...obs].reverse())).toEqual(kaplanMeier(obs));
  });

  test('rejects negative or non-numeric times and impossible quantiles', () => {
    expect(() => kaplanMeier([e(-1)])).toThrow(/≥ 0/);
    expect(() => kaplanMeier([e(Number.NaN)])).toThrow(RangeError);
    expect(() => quantile(kaplanMeier([e(1)]), 1)).toThrow(/between 0 and 1/);
  });
});

describe('medians and 90th percentiles are shown only when the reports support them', () => {
  test('five dated cases with half done give a median', () => {
    const km = kaplanMeier([e(2), e(4), e(6), c(9), c(12)]);
    expect(supportedQuantile(km, 0.5)).toEqual({ kind: 'value', days: 6 });
  });

  test('four dated cases are not enough for a median', () => {
    expect(supportedQuantile(kaplanMeier([e(2), e(4), e(6), e(8)]), 0.5)).toMatchObject({ kind: 'not-enough', reason: 'Only 4 reports give dates; we need at least 5.' });
  });

  test('a 90th percentile needs ten dated cases', () => {
    const nine = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(e);
    expect(supportedQuantile(kaplanMeier(nine), 0.9)).toMatchObject({ kind: 'not-enough' });
    expect(supportedQuantile(kaplanMeier([...nine, e(10)]), 0.9)).toEqual({ kind: 'value', days: 9 });
  });

  test('a median that rests on fewer than three cases still being followed is not shown', () => {
    // Five left early; the curve halves on day 10 when only two cases remain.
    const km = kaplanMeier([c(1), c(1), c(1), c(2), c(2), e(10), e(20)]);
    expect(quantile(km, 0.5)).toBe(10);
    expect(supportedQuantile(km, 0.5)).toEqual({
      kind: 'not-enough',
      reason: 'The estimate reaches half only at day 10, when just 2 cases were still being followed; that is too few to say.',
    });
  });
});

test('a 90th percentile resting on a single case still being followed is not shown', () => {
  const km = kaplanMeier([1, 2, 3, 4, 5, 6, 7, 8].map(e).concat([c(8), e(30)]));
  expect(quantile(km, 0.9)).toBe(30);
  expect(supportedQuantile(km, 0.9)).toMatchObject({ kind: 'not-enough', reason: expect.stringMatching(/just 1 case was still being followed/) });
});
