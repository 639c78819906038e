/**
 * The wizard's flow as a graph for reviewers (/wizard/flow/), drawn at build time as SVG: each
 * question, each outcome, and for every answer where it leads. Built by walking every reachable
 * state, so the picture cannot drift from the rules. Also emits the same graph as Mermaid text.
 */
import type { EnumFactKey, Meaning } from './facts';
import { reachableStates } from './graph';
import { nextQuestion } from './flow';
import { questionFor, questions } from './questions';
import { allRules as rules, matchRule } from './rules';

export interface FlowEdge {
  from: EnumFactKey;
  /** A question key, or "outcome:<id>". */
  to: string;
  /** The answers (option values) that take this edge. */
  values: string[];
  /** True when the same answer can also lead elsewhere, depending on earlier answers. */
  conditional: boolean;
}

export interface FlowGraph {
  questions: EnumFactKey[];
  outcomes: { id: string; meaning: Meaning }[];
  edges: FlowEdge[];
}

export function flowGraph(): FlowGraph {
  const edges = new Map<string, FlowEdge>();
  const targetsOf = new Map<string, Set<string>>();
  for (const state of reachableStates()) {
    const key = state.question ?? state.refine;
    if (!key) continue;
    const q = questionFor(key);
    for (const value of q.options) {
      const child = { ...state.facts, [q.key]: value };
      const next = nextQuestion(child);
      const to = next ? next.key : `outcome:${matchRule(child)?.outcome ?? '?'}`;
      const key = `${q.key}->${to}`;
      const edge = edges.get(key) ?? { from: q.key, to, values: [], conditional: false };
      if (!edge.values.includes(value)) edge.values.push(value);
      edges.set(key, edge);
      const t = targetsOf.get(`${q.key}=${value}`) ?? new Set<string>();
      t.add(to);
      targetsOf.set(`${q.key}=${value}`, t);
    }
  }
  for (const edge of edges.values()) {
    edge.conditional = edge.values.some((v) => (targetsOf.get(`${edge.from}=${v}`)?.size ?? 0) > 1);
    const order = questionFor(edge.from).options;
    edge.values.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  const outcomeIds = [...new Set(rules.map((r) => r.outcome))];
  return {
    questions: questions.map((q) => q.key),
    outcomes: outcomeIds.map((id) => ({ id, meaning: rules.find((r) => r.outcome === id)!.meaning })),
    edges: [...edges.values()],
  };
}

export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Layout {
  width: number;
  height: number;
  questions: (Box & { key: EnumFactKey })[];
  outcomes: (Box & { meaning: Meaning })[];
  edges: (FlowEdge & { d: string; labelX: number; labelY: number; label: string })[];
}

const Q_X = 130;
const Q_W = 230;
const O_X = 840;
const O_W = 250;
const BOX_H = 40;
const ROW = 54;
const TOP = 30;
/** Vertical distance between fanned-out edges, and where their label level ends. */
const FAN = 15;
const LABEL_END = 240;

/**
 * Questions in a left column in the order asked, outcomes in a right column ordered by where their
 * answers come from (fewer crossings). Question-to-question edges bend around the left margin.
 */
export function layoutFlow(graph: FlowGraph, summaries: Readonly<Record<EnumFactKey, string>>): Layout {
  const height = TOP * 2 + Math.max(graph.outcomes.length, graph.questions.length) * ROW;
  const qGap = (height - TOP * 2 - BOX_H) / Math.max(1, graph.questions.length - 1);
  const qBoxes = graph.questions.map((key, i) => ({ id: key, key, x: Q_X, y: TOP + i * qGap, w: Q_W, h: BOX_H }));
  const qIndex = new Map(graph.questions.map((k, i) => [k, i]));
  const weight = (id: string) => {
    const from = graph.edges.filter((e) => e.to === `outcome:${id}`).map((e) => qIndex.get(e.from) ?? 0);
    return from.reduce((a, b) => a + b, 0) / Math.max(1, from.length);
  };
  const ordered = [...graph.outcomes].sort((a, b) => weight(a.id) - weight(b.id));
  const oBoxes = ordered.map((o, i) => ({ id: o.id, meaning: o.meaning, x: O_X, y: TOP + i * ROW, w: O_W, h: BOX_H }));
  const qBox = new Map(qBoxes.map((b) => [b.key as string, b]));
  const oBox = new Map(oBoxes.map((b) => [`outcome:${b.id}`, b]));

  const leftArcs = new Map<string, number>();
  // Edges to outcomes fan out from each question onto their own short level, where the label
  // sits, and then curve to the outcome; levels are ordered by target so curves cross less.
  const fanIndex = new Map<FlowEdge, { i: number; n: number }>();
  for (const q of graph.questions) {
    const out = graph.edges.filter((e) => e.from === q && oBox.has(e.to)).sort((a, b) => oBox.get(a.to)!.y - oBox.get(b.to)!.y);
    out.forEach((e, i) => fanIndex.set(e, { i, n: out.length }));
  }
  const edges = graph.edges.map((e) => {
    const from = qBox.get(e.from)!;
    const label = e.values.join(' / ') + (e.conditional ? ' *' : '');
    const toQ = qBox.get(e.to);
    if (toQ) {
      // Around the left margin: deeper arcs for longer jumps so they do not overlap. The label sits
      // under the source box and names the target, so it can be read without following the arc.
      const span = Math.abs((qIndex.get(e.to as EnumFactKey) ?? 0) - (qIndex.get(e.from) ?? 0));
      const n = leftArcs.get(e.from) ?? 0;
      leftArcs.set(e.from, n + 1);
      const bend = Q_X - 24 - span * 12 - n * 6;
      const y1 = from.y + from.h / 2 + 6;
      const y2 = toQ.y + toQ.h / 2 - 6;
      const target = summaries[e.to as EnumFactKey];
      const all = e.values.length === questionFor(e.from).options.length;
      const which = all ? 'any answer' : e.values.length > 3 ? 'the other answers' : label;
      return {
        ...e,
        label: `${which} → ${target}`,
        d: `M${Q_X},${y1} C${bend},${y1} ${bend},${y2} ${Q_X},${y2}`,
        labelX: Q_X + 6,
        labelY: from.y + from.h + 14 + n * 14,
      };
    }
    const to = oBox.get(e.to)!;
    const { i, n } = fanIndex.get(e)!;
    const x1 = Q_X + Q_W;
    const y1 = from.y + from.h / 2;
    const fy = y1 + (i - (n - 1) / 2) * FAN;
    const x2 = O_X;
    const y2 = to.y + to.h / 2;
    const mid = (x1 + LABEL_END + x2) / 2;
    const d = `M${x1},${y1} C${x1 + 40},${y1} ${x1 + 40},${fy} ${x1 + 80},${fy} H${x1 + LABEL_END} C${mid},${fy} ${mid},${y2} ${x2},${y2}`;
    return { ...e, label, d, labelX: x1 + 84, labelY: fy - 3 };
  });
  return { width: O_X + O_W + 20, height, questions: qBoxes, outcomes: oBoxes, edges };
}

/** The same graph as Mermaid flowchart text, for reviewers who use Mermaid tools. */
export function mermaidFor(graph: FlowGraph, summaries: Readonly<Record<EnumFactKey, string>>): string {
  const id = (s: string) => s.replace(/^outcome:/, 'o_').replace(/[^a-zA-Z0-9_]/g, '_');
  const lines = ['flowchart LR'];
  for (const q of graph.questions) lines.push(`  ${id(q)}["${summaries[q]}"]`);
  for (const o of graph.outcomes) lines.push(`  ${id(`outcome:${o.id}`)}(["${o.id} (${o.meaning})"])`);
  for (const e of graph.edges) lines.push(`  ${id(e.from)} -- "${e.values.join(' / ')}${e.conditional ? ' *' : ''}" --> ${id(e.to)}`);
  return lines.join('\n');
}
