/**
 * Geometry for the build-time SVG charts, kept pure so it can be tested without a browser.
 * Components in src/components/timelines/ only turn these numbers into SVG elements.
 */
import type { KmEstimate } from './km';
import { outcomeNodes, type PathNode } from './sequences';

export interface Box {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const stepChartBox: Box = { width: 420, height: 270, top: 16, right: 20, bottom: 56, left: 54 };

/** Up to this many days the day axis is linear; beyond it, stretched at the start (log(1 + days)). */
const LINEAR_LIMIT = 60;
const axisEnds = [14, 30, 60, 90, 180, 365, 730, 1000, 1500, 2000, 3000];
const logTicks = [0, 7, 30, 90, 180, 365, 730, 1000, 2000, 3000];

export interface Tick {
  pos: number;
  label: string;
}

export interface StepChart {
  box: Box;
  /** Last day on the axis. */
  maxDay: number;
  /** True when the day axis is stretched at the start. */
  stretched: boolean;
  /** SVG path data of the "share still waiting" steps; empty when there is nothing to draw. */
  line: string;
  /** Where cases were last seen still waiting (drawn as small ticks on the line). */
  censored: { x: number; y: number; count: number }[];
  xTicks: Tick[];
  yTicks: Tick[];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export function stepChart(km: KmEstimate, box: Box = stepChartBox): StepChart {
  const lastTime = km.steps.at(-1)?.time ?? 0;
  const maxDay = axisEnds.find((d) => d >= lastTime) ?? lastTime;
  const stretched = maxDay > LINEAR_LIMIT;
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const xOf = (day: number) => round(box.left + plotW * (stretched ? Math.log1p(day) / Math.log1p(maxDay) : day / maxDay));
  const yOf = (share: number) => round(box.top + plotH * (1 - share));

  let line = '';
  const censored: StepChart['censored'] = [];
  if (km.steps.length > 0) {
    let s = 1;
    line = `M${xOf(0)} ${yOf(1)}`;
    for (const step of km.steps) {
      line += ` H${xOf(step.time)}`;
      if (step.events > 0) {
        s = step.survival;
        line += ` V${yOf(s)}`;
      }
      if (step.censored > 0) censored.push({ x: xOf(step.time), y: yOf(s), count: step.censored });
    }
  }

  const dayTicks = stretched
    ? logTicks.filter((d) => d <= maxDay)
    : Array.from({ length: Math.floor(maxDay / (maxDay <= 14 ? 2 : 7)) + 1 }, (_, i) => i * (maxDay <= 14 ? 2 : 7));
  if (!dayTicks.includes(maxDay)) dayTicks.push(maxDay);
  // Keep tick labels apart: drop any tick too close to the one before it, but always keep the last.
  const MIN_GAP = 28;
  const kept: number[] = [];
  for (const d of dayTicks) {
    if (d === maxDay) {
      while (kept.length > 1 && xOf(maxDay) - xOf(kept.at(-1)!) < MIN_GAP) kept.pop();
      kept.push(d);
    } else if (kept.length === 0 || xOf(d) - xOf(kept.at(-1)!) >= MIN_GAP) {
      kept.push(d);
    }
  }
  const xTicks = kept.map((d) => ({ pos: xOf(d), label: String(d) }));
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((share) => ({ pos: yOf(share), label: `${share * 100}%` }));
  return { box, maxDay, stretched, line, censored, xTicks, yTicks };
}

export interface PathLayoutNode {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  /** "status": a CEAC status; "outcome": how the case ended (not a status). */
  kind: 'status' | 'outcome';
}

export interface PathLayout {
  width: number;
  height: number;
  nodes: PathLayoutNode[];
  /** Arrows between consecutive nodes, as SVG path data. */
  arrows: string[];
}

/** Two short lines per node keep the diagram readable on a phone. */
const nodeLines: Record<PathNode, string[]> = {
  'Application Received': ['Application', 'Received'],
  AP: ['Administrative', 'Processing'],
  Refused: ['Refused', '(text not given)'],
  'Refused (long)': ['Refused', '(long text)'],
  'Refused (short)': ['Refused', '(short text)'],
  Issued: ['Issued'],
  Ready: ['Ready'],
  'No status reported': ['No status', 'reported'],
  'Asked to interview': ['Asked to', 'interview'],
  'Still waiting': ['Still', 'waiting'],
  'Not reported': ['Outcome not', 'reported'],
};

export const pathNodeSize = { width: 104, height: 44, gap: 22, rowGap: 22, perRow: 4 } as const;

/** One path as a row of boxes with arrows, wrapping after four boxes. */
export function pathLayout(path: readonly PathNode[]): PathLayout {
  const { width: w, height: h, gap, rowGap, perRow } = pathNodeSize;
  const nodes = path.map((node, i) => {
    const row = Math.floor(i / perRow);
    const col = i % perRow;
    return {
      x: 1 + col * (w + gap),
      y: 1 + row * (h + rowGap),
      width: w,
      height: h,
      lines: nodeLines[node],
      kind: outcomeNodes.has(node) ? ('outcome' as const) : ('status' as const),
    };
  });
  const arrows: string[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1]!;
    const b = nodes[i]!;
    if (a.y === b.y) {
      arrows.push(`M${a.x + w} ${a.y + h / 2} H${b.x - 3}`);
    } else {
      // Wrap: down from the end of the row, back to the start of the next one.
      const midY = a.y + h + rowGap / 2;
      arrows.push(`M${a.x + w / 2} ${a.y + h} V${midY} H${b.x + w / 2} V${b.y - 3}`);
    }
  }
  const cols = Math.min(path.length, perRow);
  const rows = Math.ceil(path.length / perRow);
  return { width: cols * w + (cols - 1) * gap + 2, height: rows * h + (rows - 1) * rowGap + 2, nodes, arrows };
}

export interface ShareBar {
  label: string;
  /** 0–1. */
  share: number;
  /** The printed value ("47%"). */
  value: string;
  y: number;
  /** Bar length in px. */
  width: number;
}

export interface ShareBars {
  width: number;
  height: number;
  /** Where bars start (after the row labels). */
  left: number;
  /** Full length of a bar at 100 %. */
  track: number;
  barHeight: number;
  bars: ShareBar[];
}

/**
 * Horizontal bars "share with an answer by day …", one row per label, sized for a phone: the
 * view box is narrow so the text stays large when the SVG is scaled to the screen width.
 */
export function shareBars(
  rows: readonly { label: string; share: number; value: string }[],
  opts: { width?: number; labelWidth?: number } = {},
): ShareBars {
  const width = opts.width ?? 340;
  const left = opts.labelWidth ?? 74;
  const valueWidth = 46;
  const barHeight = 22;
  const gap = 12;
  const track = width - left - valueWidth;
  const bars = rows.map((r, i) => ({ ...r, y: 4 + i * (barHeight + gap), width: round(Math.max(0, Math.min(1, r.share)) * track) }));
  return { width, height: 8 + rows.length * (barHeight + gap) - gap, left, track, barHeight, bars };
}
