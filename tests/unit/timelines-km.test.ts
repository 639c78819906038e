import { describe, expect, test } from 'vitest';
import {
  greenwoodSum,
  kaplanMeier,
  MIN_OUTCOMES,
  quantile,
  quantileInterval,
  shareDoneBy,
  supportedQuantile,
  survivalAt,
  survivalBand,
  tooFewWords,
  type Observation,
} from '../../src/lib/timelines/km';

const e = (time: number): Observation => ({ time, event: true });
const c = (time: number): Observation => ({ time, event: false });
const rows = (obs: Observation[]) =>
  kaplanMeier(obs).steps.map((s) => [s.time, s.atRisk, s.events, s.censored, Number(s.survival.toFixed(4))]);

describe('Kaplan–Meier estimate of the share still waiting', () => {
  test('empty input gives an empty estimate and no quantiles', () => {
    const km = kaplanMeier([]);
    expect(km).toEqual({ n: 0, events: 0, censored: 0, steps: [] });
    expect(quantile(km, 0.5)).toBeUndefined();
    expect(survivalAt(km, 100)).toBe(1);
    expect(supportedQuantile(km, 0.5)).toEqual({ kind: 'not-enough', reason: tooFewWords(0) });
  });

  test('a single case with an outcome on day 5 drops the curve from 100% to 0% on day 5', () => {
    const km = kaplanMeier([e(5)]);
    expect(rows([e(5)])).toEqual([[5, 1, 1, 0, 0]]);
    expect(survivalAt(km, 4)).toBe(1);
    expect(survivalAt(km, 5)).toBe(0);
    expect(quantile(km, 0.5)).toBe(5);
    // One report is not enough to call it typical.
    expect(supportedQuantile(km, 0.5)).toEqual({
      kind: 'not-enough',
      reason: 'Too few reports to say: only 1 case has an outcome on a known day, and we need at least 10.',
    });
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
    expect(supportedQuantile(km, 0.5)).toEqual({ kind: 'not-enough', reason: tooFewWords(0) });
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

describe('one rule everywhere: no median, percentile or curve below 10 outcomes', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  test('nine outcomes give the shared "too few" words; ten give a median', () => {
    expect(MIN_OUTCOMES).toBe(10);
    const nine = kaplanMeier(
      ten
        .slice(0, 9)
        .map(e)
        .concat([c(20), c(20), c(20)]),
    );
    expect(supportedQuantile(nine, 0.5)).toEqual({
      kind: 'not-enough',
      reason: 'Too few reports to say: only 9 cases have an outcome on a known day, and we need at least 10.',
    });
    expect(supportedQuantile(kaplanMeier(ten.map(e)), 0.5)).toEqual({ kind: 'value', days: 5 });
  });
  test('the words are the same whatever the count', () => {
    expect(tooFewWords(0)).toBe('Too few reports to say: no case has an outcome on a known day, and we need at least 10.');
    expect(tooFewWords(3)).toBe('Too few reports to say: only 3 cases have an outcome on a known day, and we need at least 10.');
  });
  test('many cases still waiting are not outcomes: 100 cases with 4 outcomes are too few', () => {
    const km = kaplanMeier([...ten.slice(0, 4).map(e), ...Array.from({ length: 96 }, () => c(3))]);
    expect(supportedQuantile(km, 0.5)).toEqual({ kind: 'not-enough', reason: tooFewWords(4) });
  });
  test('enough outcomes but fewer than half done: says so with the last day followed', () => {
    const km = kaplanMeier([...ten.map(e), ...Array.from({ length: 30 }, () => c(40))]);
    expect(supportedQuantile(km, 0.5)).toEqual({
      kind: 'not-enough',
      reason: 'Fewer than half had an outcome by the last day these cases were followed (day 40), so it took longer than that.',
    });
  });
  test('a median that rests on fewer than three cases still being followed is not shown', () => {
    const km = kaplanMeier([...ten.map((t) => c(t / 10)), ...Array.from({ length: 10 }, (_, i) => e(10 + i))]);
    // Half are done only on day 15, when 5 cases are left: shown. Drop to 2 left: not shown.
    expect(supportedQuantile(km, 0.5)).toMatchObject({ kind: 'value' });
    // 8 outcomes on day 1 among 100, 90 last seen on day 2, then the last 2 cases end on days 5 and 6.
    const thin = kaplanMeier([...Array.from({ length: 8 }, () => e(1)), ...Array.from({ length: 90 }, () => c(2)), e(5), e(6)]);
    const q = quantile(thin, 0.5)!;
    expect(thin.steps.find((s) => s.time === q)!.atRisk).toBeLessThan(3);
    expect(supportedQuantile(thin, 0.5)).toMatchObject({
      kind: 'not-enough',
      reason: expect.stringMatching(/still being followed; that is too few to say/),
    });
  });
});

describe('confidence intervals (Greenwood, log(−log) scale)', () => {
  test('hand-worked: four outcomes, no censoring, at day 2 (S = 0.75)', () => {
    const km = kaplanMeier([e(2), e(4), e(6), e(8)]);
    // Greenwood: 1 / (4 × 3); se of log(−log S) = √(1/12) / |log 0.75|.
    expect(greenwoodSum(km, 2)).toBeCloseTo(1 / 12, 12);
    const band = survivalBand(km, 2);
    const se = Math.sqrt(1 / 12) / Math.abs(Math.log(0.75));
    expect(band.low).toBeCloseTo(Math.exp(-Math.exp(Math.log(-Math.log(0.75)) + 1.959964 * se)), 6);
    expect(band.low).toBeCloseTo(0.1279, 4);
    expect(band.high).toBeCloseTo(0.9605, 3);
  });
  test('the band is a point at S = 1 and S = 0, and always inside 0–1', () => {
    const km = kaplanMeier([e(2), c(3), e(4), e(6), c(7), e(8)]);
    expect(survivalBand(km, 1)).toEqual({ low: 1, high: 1 });
    for (const t of [2, 4, 6]) {
      const b = survivalBand(km, t);
      expect(b.low).toBeGreaterThan(0);
      expect(b.high).toBeLessThan(1);
      expect(b.low).toBeLessThan(survivalAt(km, t));
      expect(b.high).toBeGreaterThan(survivalAt(km, t));
    }
    expect(survivalBand(km, 8)).toEqual({ low: 0, high: 0 });
  });
  test('median interval: from the day the lower edge reaches half to the day the upper edge does', () => {
    const km = kaplanMeier(Array.from({ length: 40 }, (_, i) => e(i + 1)));
    const ci = quantileInterval(km, 0.5);
    expect(quantile(km, 0.5)).toBe(20);
    expect(ci.low).toBeLessThan(20);
    expect(ci.high).toBeGreaterThan(20);
    expect(survivalBand(km, ci.low!).low).toBeLessThanOrEqual(0.5);
    expect(survivalBand(km, ci.low! - 1).low).toBeGreaterThan(0.5);
    expect(survivalBand(km, ci.high!).high).toBeLessThanOrEqual(0.5);
    expect(survivalBand(km, ci.high! - 1).high).toBeGreaterThan(0.5);
  });
  test('no upper end when the upper edge never reaches half within follow-up', () => {
    const km = kaplanMeier([...Array.from({ length: 12 }, (_, i) => e(i + 1)), ...Array.from({ length: 12 }, () => c(13))]);
    expect(quantileInterval(km, 0.5).high).toBeUndefined();
    expect(shareDoneBy(km, 12)).toBeCloseTo(0.5, 12);
  });
});
