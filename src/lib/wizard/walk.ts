/**
 * Walking the decision table (table.ts) in the browser: from the answers in the URL to the next
 * question or the verdict, the answers that count on the way (the same as pathFacts), and the
 * different answers that would change the meaning. Small on purpose: it ships to the browser.
 */
import { factValues, type EnumFactKey, type Facts } from './facts';

/**
 * A question (q, with n: the node each answer leads to, in the contract's order of values,
 * factValues[q]) or a verdict (o: outcome id, r: the answers it relies on, s: index of the closest
 * reported-cases summary, if any; m: index of the measured timing line, if any, which then
 * takes the place of the reported-cases summary). A node with o and q is a verdict that offers a
 * refining question (the kind of visa): without that answer the walk stops there at the verdict.
 * t: on a question, the number of questions on every path through it, when the later answers do
 * not change it (flow.ts questionTotal).
 */
export interface TableNode {
  q?: EnumFactKey;
  n?: number[];
  o?: string;
  r?: EnumFactKey[];
  s?: number;
  m?: number;
  t?: number;
}

export interface Walked {
  /** The node reached: the next question, or the verdict. */
  node: TableNode;
  /** The answers used on the way, in the order asked (plus `since`). */
  path: Facts;
  /** Only the answers to the questions asked on the way (no date, visa kind or nationality carried). */
  asked: Facts;
}

export function walk(table: readonly TableNode[], facts: Facts): Walked {
  let node = table[0]!;
  const path: Record<string, string> = {};
  while (node.q) {
    const value = facts[node.q as EnumFactKey];
    const next = value === undefined ? undefined : node.n?.[(factValues[node.q] as readonly string[]).indexOf(value)];
    if (next === undefined) break;
    path[node.q] = value!;
    node = table[next]!;
  }
  const asked = { ...path } as Facts;
  // As pathFacts (flow.ts): the date, the visa kind and the nationality always carry through.
  if (facts.since) path['since'] = facts.since;
  if (facts.visa && !path['visa']) path['visa'] = facts.visa;
  if (facts.nationality) path['nationality'] = facts.nationality;
  return { node, path: path as Facts, asked };
}

export interface Change {
  key: EnumFactKey;
  value: string;
  /** The answers with this one changed, as the wizard would use them. */
  path: Facts;
  outcome: string;
}

/**
 * For each answer the verdict relies on, the other answers that lead straight to a verdict with a
 * different meaning (answers that would need more questions, or "not sure" answers, are skipped).
 * The kind of visa is left out: it is changed from "Your answers", so listing its other answers
 * here would ask it a second time (verdict.ts leaves out every optional question the same way).
 */
export function changesFor(
  table: readonly TableNode[],
  path: Facts,
  meaningOf: (outcome: string) => string,
  unsure: Partial<Record<EnumFactKey, readonly string[]>>,
): Change[] {
  const here = walk(table, path).node;
  if (!here.o) return [];
  const out: Change[] = [];
  for (const key of here.r ?? []) {
    for (const value of factValues[key]) {
      if (key === 'visa' || value === path[key] || unsure[key]?.includes(value)) continue;
      const alt = walk(table, { ...path, [key]: value });
      if (alt.node.o && meaningOf(alt.node.o) !== meaningOf(here.o)) out.push({ key, value, path: alt.path, outcome: alt.node.o });
    }
  }
  return out;
}

/**
 * The verdict's "why" list: the answers the deciding rule relies on and any "I'm not sure" answers
 * on the way (marked unsure), in the order they were asked.
 */
export function explain(
  path: Facts,
  relied: readonly EnumFactKey[] | undefined,
  unsure: Partial<Record<EnumFactKey, readonly string[]>>,
): { key: EnumFactKey; value: string; unsure: boolean }[] {
  return Object.entries(path)
    .map(([k, value]) => ({ key: k as EnumFactKey, value, unsure: unsure[k as EnumFactKey]?.includes(value) ?? false }))
    .filter((a) => a.unsure || relied?.includes(a.key));
}

/** The no-JavaScript page for answers on the wizard's path (/wizard/steps/<key-value>/…/). */
export function stepsHref(path: Facts): string {
  const segments = Object.entries(path)
    .filter(([k]) => k !== 'since' && k !== 'nationality')
    .map(([k, v]) => `${k}-${v}/`);
  return `/wizard/steps/${segments.join('')}`;
}
