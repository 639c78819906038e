/**
 * From answers to a verdict: the meaning and outcome the first matching rule gives, the answers
 * that led there, the "I'm not sure" answers on the way, and which different answers would change
 * the meaning. Only keys and values: the views put words to them (src/content/wizard/, outcome content).
 * `stepFor` is the one entry point views use: the next question or the verdict, never both.
 */
import type { EnumFactKey, Facts, Meaning } from './facts';
import { nextQuestion, pathFacts, withAnswer } from './flow';
import { isUnsure, questionFor, questions, type Question } from './questions';
import { matchRule } from './rules';
import { decideAt, type Decided, type Lapse } from './when';
import type { WizardPolicy } from './policy';

/** An answer, as a key and a value. */
export interface Answer {
  key: EnumFactKey;
  value: string;
}

export interface Alternative extends Answer {
  /** The meaning and outcome the answers would lead to with this one answer different. */
  meaning: Meaning;
  outcome: string;
}

export interface Verdict {
  meaning: Meaning;
  /** Id of the outcome content (src/content/outcomes/<id>.yaml) and the verdict's data-outcome. */
  outcome: string;
  /** Id of the rule that decided (src/lib/wizard/rules.ts). */
  rule: string;
  /** The answers that led here, in the rule's order. */
  reasons: Answer[];
  /** "I'm not sure" answers on the way here. */
  uncertain: Answer[];
  /** Different answers (to the questions the rule relies on) that would lead to another meaning. */
  whatWouldChange: Alternative[];
}

export type Step = { kind: 'question'; question: Question; facts: Facts } | { kind: 'verdict'; verdict: Verdict; facts: Facts };

function decide(path: Facts) {
  const rule = matchRule(path);
  if (!rule) throw new Error(`No verdict rule matches ${JSON.stringify(path)}: the rules have a gap.`);
  return rule;
}

function alternativesFor(path: Facts, keys: readonly EnumFactKey[], meaning: Meaning): Alternative[] {
  const out: Alternative[] = [];
  for (const key of keys) {
    const q = questionFor(key);
    // A refining question (the kind of visa) is changed from "Your answers": listing its other
    // answers here would ask it a second time on the same page.
    if (q.optional) continue;
    for (const value of q.options) {
      if (value === path[key] || isUnsure(key, value)) continue;
      const alt = pathFacts(withAnswer(path, key, value));
      if (nextQuestion(alt)) continue; // would need more answers: not a change we can state
      const other = decide(alt);
      if (other.meaning !== meaning) out.push({ key, value, meaning: other.meaning, outcome: other.outcome });
    }
  }
  return out;
}

/** The verdict for a complete set of answers. Throws if a question is still open. */
export function verdictFor(facts: Facts): Verdict {
  const path = pathFacts(facts);
  const open = nextQuestion(path);
  if (open) throw new Error(`verdictFor needs an answer to "${open.key}" first.`);
  const rule = decide(path);
  const keys = rule.uses.filter((k): k is EnumFactKey => k !== 'since' && path[k as EnumFactKey] !== undefined);
  const answer = (key: EnumFactKey): Answer => ({ key, value: path[key]! });
  return {
    meaning: rule.meaning,
    outcome: rule.outcome,
    rule: rule.id,
    reasons: keys.map(answer),
    uncertain: questions.filter((q) => path[q.key] !== undefined && isUnsure(q.key, path[q.key]!)).map((q) => answer(q.key)),
    whatWouldChange: alternativesFor(path, keys, rule.meaning),
  };
}

/** Where a set of answers leads: the next question, or the verdict. */
export function stepFor(facts: Facts): Step {
  const path = pathFacts(facts);
  const question = nextQuestion(path);
  if (question) return { kind: 'question', question, facts: path };
  return { kind: 'verdict', verdict: verdictFor(path), facts: path };
}

/** The data the time and policy rules read: from content at build time, or from files in tests. */
export interface DecisionData {
  policies: readonly WizardPolicy[];
  lapse: Readonly<Record<string, Lapse>>;
  oneYear: readonly string[];
  meaningOf: (outcome: string) => Meaning;
}

/**
 * Where a set of answers leads on a given day: the next question, or the verdict with time and
 * policy applied (when.ts). The same decision the island makes from the table.
 */
export function stepOn(facts: Facts, today: string, data: DecisionData): Step & { decided?: Decided } {
  const step = stepFor(facts);
  if (step.kind !== 'verdict') return step;
  const decided = decideAt({ base: { outcome: step.verdict.outcome, meaning: step.verdict.meaning }, facts: step.facts, today, ...data });
  return { ...step, decided };
}
