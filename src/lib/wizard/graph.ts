/**
 * Checks over the whole wizard, run by the unit tests and at build time (src/data/outcomes.ts),
 * so a gap in the rules fails the build: every question is reachable, every path of answers
 * ends in exactly one verdict, every rule is used, and every verdict has content and sources.
 */
import { baseFactKeys, factValues, meanings, type EnumFactKey, type Facts, type Meaning } from './facts';
import { nextQuestion } from './flow';
import { questions } from './questions';
import { allRules as rules, matchRule } from './rules';
import { timeRules } from './when';

export interface PathState {
  /** The answers so far, in the order they were given. */
  facts: Facts;
  /** The question asked here, or undefined at a verdict. */
  question?: EnumFactKey;
  /** The rule that decides here (verdicts only). */
  rule?: string;
  /** A refining question the verdict here offers (its answers lead to further verdicts). */
  refine?: EnumFactKey;
}

/**
 * Every state the wizard can reach by answering its questions from the start: each question
 * node and each verdict leaf, depth first, in question and option order.
 */
export function reachableStates(): PathState[] {
  const out: PathState[] = [];
  const walk = (facts: Facts) => {
    const q = nextQuestion(facts, true);
    if (!q || q.optional) {
      out.push({ facts, rule: matchRule(facts)?.id ?? '', ...(q ? { refine: q.key } : {}) });
      if (!q) return;
    } else out.push({ facts, question: q.key });
    for (const value of q.options) walk({ ...facts, [q.key]: value } as Facts);
  };
  walk({});
  return out;
}

/**
 * Every combination of fact values, each fact also possibly missing (the raw URL space). By
 * default the facts of the contract before 2026 (baseFactKeys); the tests add `visa` and
 * nationality classes on the reachable paths instead of multiplying the whole space.
 */
export function* allFactCombinations(keys: readonly EnumFactKey[] = baseFactKeys): Generator<Facts> {
  const choices = keys.map((k) => [undefined, ...factValues[k]] as const);
  const index = keys.map(() => 0);
  while (true) {
    const facts: Record<string, string> = {};
    keys.forEach((k, i) => {
      const v = choices[i]![index[i]!];
      if (v !== undefined) facts[k] = v;
    });
    yield facts as Facts;
    let i = 0;
    while (i < keys.length) {
      index[i]! += 1;
      if (index[i]! < choices[i]!.length) break;
      index[i] = 0;
      i += 1;
    }
    if (i === keys.length) return;
  }
}

export interface OutcomeSummary {
  id: string;
  meaning: Meaning;
  sourceKinds: readonly string[];
  /** The outcome this one becomes once its window has passed (content `lapse.becomes`). */
  becomes?: string | undefined;
}

/** Problems with the wizard as a whole; empty when it is sound. */
export function checkGraph(outcomes: readonly OutcomeSummary[]): string[] {
  const problems: string[] = [];
  const states = reachableStates();
  const asked = new Set(states.flatMap((s) => [s.question, s.refine]).filter((q) => q !== undefined));
  for (const q of questions) if (!asked.has(q.key)) problems.push(`Question "${q.key}" is never asked.`);

  const usedRules = new Set<string>();
  for (const s of states) {
    if (s.question) continue;
    if (!s.rule) problems.push(`No rule decides ${JSON.stringify(s.facts)}.`);
    else usedRules.add(s.rule);
  }
  for (const r of rules) if (!usedRules.has(r.id)) problems.push(`Rule "${r.id}" is never reached.`);

  const byId = new Map(outcomes.map((o) => [o.id, o]));
  for (const r of rules) {
    const o = byId.get(r.outcome);
    if (!o) {
      problems.push(`Rule "${r.id}" shows outcome "${r.outcome}", which has no content in src/content/outcomes/.`);
      continue;
    }
    if (o.meaning !== r.meaning) {
      problems.push(`Rule "${r.id}" means "${r.meaning}" but outcome "${o.id}" says "${o.meaning}".`);
    }
    if (!o.sourceKinds.includes('official')) problems.push(`Outcome "${o.id}" has no official source.`);
  }
  // Outcomes the time and policy rules (when.ts) show, and those an interim outcome becomes.
  const later = [...timeRules.flatMap((r) => r.outcomes), ...outcomes.flatMap((o) => (o.becomes ? [o.becomes] : []))];
  for (const id of later) {
    const o = byId.get(id);
    if (!o) problems.push(`The time and policy rules show outcome "${id}", which has no content in src/content/outcomes/.`);
    else if (!o.sourceKinds.includes('official')) problems.push(`Outcome "${o.id}" has no official source.`);
  }
  const shown = new Set([...rules.map((r) => r.outcome), ...later]);
  for (const o of outcomes) if (!shown.has(o.id)) problems.push(`Outcome "${o.id}" is never shown by any rule.`);
  const reachedMeanings = new Set([
    ...rules.filter((r) => usedRules.has(r.id)).map((r) => r.meaning),
    ...later.flatMap((id) => (byId.get(id) ? [byId.get(id)!.meaning] : [])),
  ]);
  for (const m of meanings) if (!reachedMeanings.has(m)) problems.push(`No path leads to the meaning "${m}".`);
  return problems;
}
