/**
 * One step of the wizard read from the compiled decision table (table.ts), as the no-JavaScript
 * pages under /wizard/steps/ draw it: the question to ask, or the verdict with its reasons, the
 * answers that would change it and the evidence the table chose. The island walks the same table
 * with the same functions (walk.ts), so both views show one decision (docs/adr/012-wizard-decision-homes.md).
 */
import { factValues, type EnumFactKey, type Facts } from './facts';
import { changesFor, explain, walk, type Change, type TableNode } from './walk';

export type TableStep =
  | { kind: 'question'; key: EnumFactKey; options: readonly string[]; path: Facts }
  | {
      kind: 'verdict';
      /** The outcome id the table holds for these answers (before time and policy, when.ts). */
      outcome: string;
      /** The "why" list: answers the rule relies on and "not sure" answers, in the order asked. */
      reasons: ReturnType<typeof explain>;
      /** Answers that would lead straight to a verdict with another meaning. */
      changes: Change[];
      /** Index of the reported-cases summary the table chose, if any. */
      summary?: number;
      /** Index of the measured timing line the table chose, if any (it then replaces the summary). */
      measured?: number;
      /** A refining question the verdict also offers (the kind of visa), if any. */
      refine?: EnumFactKey;
      path: Facts;
    };

export function tableStep(
  table: readonly TableNode[],
  facts: Facts,
  meaningOf: (outcome: string) => string,
  unsure: Partial<Record<EnumFactKey, readonly string[]>>,
): TableStep {
  const { node, path } = walk(table, facts);
  if (!node.o) return { kind: 'question', key: node.q!, options: factValues[node.q!], path };
  return {
    kind: 'verdict',
    outcome: node.o,
    reasons: explain(path, node.r, unsure),
    changes: changesFor(table, path, meaningOf, unsure),
    ...(node.s !== undefined ? { summary: node.s } : {}),
    ...(node.m !== undefined ? { measured: node.m } : {}),
    ...(node.q ? { refine: node.q } : {}),
    path,
  };
}
