/**
 * The wizard's decisions as a table, built at build time from the rules (questions.ts, rules.ts)
 * and handed to the island as data, so the browser walks a table instead of running the rules.
 * This keeps the page's JavaScript inside its budget (docs/adr/005-wizard-javascript-budget.md).
 * tests/unit/wizard-exhaustive.test.ts checks the walk equals stepFor() for every combination of facts.
 */
import { factValues, type EnumFactKey, type Facts } from './facts';
import { nextQuestion } from './flow';
import { questions } from './questions';
import { matchRule } from './rules';
import type { TableNode } from './walk';
import { evidenceFor, type ReportedSummary } from './reported';

/**
 * Every reachable state as a node: a question with where each answer goes, or a verdict (with the
 * closest reported-cases summary, chosen here so the browser does not need the matching code).
 */
export function buildTable(
  reported: readonly ReportedSummary[] = [],
  /** The measured timing line for a verdict (src/lib/timelines/measured-wait.ts), as an index. */
  measuredFor: (facts: Facts, outcome: string) => number | undefined = () => undefined,
): TableNode[] {
  const nodes: TableNode[] = [];
  const visit = (facts: Facts): number => {
    const index = nodes.length;
    const q = nextQuestion(facts, true);
    let node: TableNode | undefined;
    if (!q || q.optional) {
      const rule = matchRule(facts);
      if (!rule) throw new Error(`No rule decides ${JSON.stringify(facts)}`);
      node = { o: rule.outcome, r: rule.uses.filter((k): k is EnumFactKey => k !== 'since' && facts[k as EnumFactKey] !== undefined) };
      const evidence = evidenceFor(facts, rule, reported, measuredFor(facts, rule.outcome));
      if (evidence.measured !== undefined) node.m = evidence.measured;
      if (evidence.summary) node.s = reported.indexOf(evidence.summary);
      if (!q) {
        nodes.push(node);
        return index;
      }
    }
    // The island reads n in the contract's order of values (walk.ts), which is the order asked.
    if (q.options.join() !== factValues[q.key].join()) throw new Error(`Question ${q.key} must offer factValues.${q.key} in order`);
    // A refining question (questions.ts `optional`) is also a verdict: both o and q.
    node = { ...node, q: q.key, n: [] };
    nodes.push(node);
    for (const value of q.options) node.n!.push(visit({ ...facts, [q.key]: value } as Facts));
    return index;
  };
  visit({});
  // t: the number of questions on every path through a question, when the answers to come do not
  // change it (the same as flow.ts questionTotal, computed bottom-up: children come after parents).
  const left: { min: number; max: number }[] = [];
  const depth: number[] = [0];
  nodes.forEach((node, i) => node.o === undefined && node.n!.forEach((c) => (depth[c] = depth[i]! + 1)));
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (node.o !== undefined) {
      left[i] = { min: 0, max: 0 };
      continue;
    }
    const kids = node.n!.map((c) => left[c]!);
    left[i] = { min: 1 + Math.min(...kids.map((k) => k.min)), max: 1 + Math.max(...kids.map((k) => k.max)) };
    if (left[i]!.min === left[i]!.max) node.t = depth[i]! + left[i]!.min;
  }
  return nodes;
}

/** The "I'm not sure" answers per question, for the island (questions.ts `unsure`). */
export function unsureAnswers(): Partial<Record<EnumFactKey, readonly string[]>> {
  return Object.fromEntries(questions.filter((q) => q.unsure).map((q) => [q.key, q.unsure!]));
}
