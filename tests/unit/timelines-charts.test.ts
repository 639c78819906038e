import { describe, expect, test } from 'vitest';
import { kaplanMeier, type Observation } from '../../src/lib/timelines/km';
import { pathLayout, stepChart, type Box } from '../../src/lib/timelines/charts';
import { pathsSummary, waitingSummary } from '../../src/lib/timelines/describe';
import { summarize } from '../../src/lib/timelines/summary';
import { loadDataset, makeCase } from './fixtures/cases';

const e = (time: number): Observation => ({ time, event: true });
const c = (time: number): Observation => ({ time, event: false });
// A plot area of 100 × 100 starting at (10, 10) makes coordinates easy to check by hand.
const box: Box = { width: 120, height: 120, top: 10, right: 10, bottom: 10, left: 10 };

describe('the step chart of the share still waiting', () => {
  test('steps down at each outcome and marks cases last seen waiting', () => {
    // Outcomes on days 7 and 14 of 4 cases; one last seen on day 10, one on day 14.
    const chart = stepChart(kaplanMeier([e(7), c(10), e(14), c(14)]), box);
    expect(chart.maxDay).toBe(14);
    expect(chart.stretched).toBe(false);
    // x = 10 + 100 × day / 14; y = 10 + 100 × (1 − share). S(7) = 3/4, S(14) = 3/4 × 1/2.
    expect(chart.line).toBe('M10 10 H60 V35 H81.4 H110 V72.5');
    expect(chart.censored).toEqual([
      { x: 81.4, y: 35, count: 1 },
      { x: 110, y: 72.5, count: 1 },
    ]);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    expect(stepChart(kaplanMeier([e(7), c(10), e(14), c(14)])).xTicks.map((t) => t.label)).toEqual([
      '0',
      '2',
      '4',
      '6',
      '8',
      '10',
      '12',
      '14',
    ]);
  });

  test('stretches the start of the day axis when waits run past two months', () => {
    const chart = stepChart(kaplanMeier([e(7), c(400)]));
    expect(chart.maxDay).toBe(730);
    expect(chart.stretched).toBe(true);
    expect(chart.xTicks.map((t) => t.label)).toEqual(['0', '7', '30', '90', '180', '365', '730']);
    // log(1 + 7) / log(1 + 730) of the plot width: day 7 sits about a third of the way along.
    const { left, right, width } = chart.box;
    expect(chart.xTicks[1]!.pos).toBeCloseTo(left + ((width - left - right) * Math.log(8)) / Math.log(731), 1);
    // In a narrow plot, labels that would touch are dropped, and the last day is always labelled.
    expect(stepChart(kaplanMeier([e(7), c(400)]), box).xTicks.map((t) => t.label)).toEqual(['0', '7', '90', '730']);
  });

  test('draws nothing for an empty estimate', () => {
    const chart = stepChart(kaplanMeier([]), box);
    expect(chart.line).toBe('');
    expect(chart.censored).toEqual([]);
  });
});

describe('status path layout', () => {
  test('puts up to four boxes in a row, joined by arrows', () => {
    const layout = pathLayout(['Refused (short)', 'AP', 'Issued']);
    expect(layout.nodes.map((n) => [n.x, n.y, n.kind])).toEqual([
      [1, 1, 'status'],
      [127, 1, 'status'],
      [253, 1, 'status'],
    ]);
    expect(layout.nodes[0]!.lines).toEqual(['Refused', '(short text)']);
    expect(layout.arrows).toEqual(['M105 23 H124', 'M231 23 H250']);
    expect(layout.width).toBe(3 * 104 + 2 * 22 + 2);
  });

  test('wraps a fifth box onto a second row and draws how the case ended as an outcome box', () => {
    const layout = pathLayout(['Application Received', 'AP', 'Refused (long)', 'Refused (short)', 'Still waiting']);
    expect(layout.nodes[4]).toMatchObject({ x: 1, y: 67, kind: 'outcome', lines: ['Still', 'waiting'] });
    expect(layout.arrows[3]).toBe('M431 45 V56 H53 V64');
    expect(layout.height).toBe(2 * 44 + 22 + 2);
  });
});

describe('text alternatives', () => {
  test('say how many cases are dated, and below 10 outcomes the shared "too few" words and no curve', () => {
    // Once "median wait 12 days" from 3 outcomes; the 10-outcome rule now says too few.
    const s = summarize(loadDataset(), { route: 'interview', officer: 'approved' });
    expect(waitingSummary(s)).toBe(
      'Of 8 cases with dates, 3 had an outcome (issued, or asked to come to an interview) on a known day and 5 were last reported still waiting. Too few reports to say: only 3 cases have an outcome on a known day, and we need at least 10. So no curve is drawn.',
    );
  });

  test('say why there is no estimate when no case is dated', () => {
    const s = summarize([makeCase({ started: undefined, days_to_outcome: null })], {});
    expect(waitingSummary(s)).toMatch(/^None of these reports gives both the day of the interview or drop-off and a later dated status/);
  });

  test('name the most common status paths', () => {
    const s = summarize([makeCase(), makeCase({ id: 'c91' })], {});
    expect(pathsSummary(s.paths)).toBe('The most common path was Refused (short) → AP → Issued (2 cases). All cases took this path.');
  });
});
