/**
 * Routing only: which question comes next, given the answers so far. No policy lives here;
 * each question says when it is needed (questions.ts) and the verdict rules decide (rules.ts).
 */
import type { EnumFactKey, Facts } from './facts';
import { questions, type Question } from './questions';

/**
 * The answers the wizard would have collected on its way to this point: each question is
 * consulted in order and its answer kept only if the question is needed given the answers
 * kept before it. Answers to questions that no longer apply stay in the URL (so changing an
 * earlier answer back restores them) but do not count. `since`, `visa` and `nationality` always carry through.
 */
export function pathFacts(facts: Facts): Facts {
  const path = askedPath(facts) as Record<string, string>;
  // Facts about the applicant rather than answers on the way: the date, the kind of visa (when no
  // question asked it) and the passport nationality, which the time and policy rules read (when.ts).
  if (facts.since !== undefined) path['since'] = facts.since;
  if (facts.visa !== undefined && path['visa'] === undefined) path['visa'] = facts.visa;
  if (facts.nationality !== undefined) path['nationality'] = facts.nationality;
  return path as Facts;
}

/** Only the answers to the questions asked on the way, in order (no date, no carried facts). */
export function askedPath(facts: Facts): Facts {
  const path: Record<string, string> = {};
  for (const q of questions) {
    if (!q.askedWhen(path as Facts)) continue;
    const value = facts[q.key];
    // An answer the question does not offer counts as no answer: the question is asked again.
    if (value === undefined || !q.options.includes(value)) break;
    path[q.key] = value;
  }
  return path as Facts;
}

/** The questions answered on the way here, in order. */
export function answeredQuestions(facts: Facts): Question[] {
  const path = askedPath(facts);
  return questions.filter((q) => path[q.key] !== undefined);
}

/**
 * The next question the rules need, or undefined when every needed answer is known. Refining
 * (optional) questions count only with `withOptional`: the verdict is shown without them.
 */
export function nextQuestion(facts: Facts, withOptional = false): Question | undefined {
  const path = pathFacts(facts);
  const q = questions.find((x) => x.askedWhen(path) && path[x.key] === undefined);
  return q && (withOptional || !q.optional) ? q : undefined;
}

/** The refining question a verdict offers here (questions.ts `optional`), if any. */
export function refinement(facts: Facts): Question | undefined {
  const q = nextQuestion(facts, true);
  return q?.optional ? q : undefined;
}

/** The answers with one of them replaced; answers that become contradictory are the codec's job. */
export function withAnswer(facts: Facts, key: EnumFactKey, value: string): Facts {
  return { ...facts, [key]: value } as Facts;
}

/** The answers without one of them (used by "Change": the question is asked again, later answers kept). */
export function withoutAnswer(facts: Facts, key: EnumFactKey | 'since' | 'nationality'): Facts {
  const next: Record<string, string> = { ...(facts as Record<string, string>) };
  delete next[key];
  return next as Facts;
}

/**
 * How many questions every complete path from here still asks, as { min, max } (refining
 * questions do not count: the verdict is shown without them). With min === max the total is
 * known ("Question 3 of 5"); otherwise it depends on the answers still to come and the wizard says
 * only "Question 3" (docs/design.md §5.1, step titles).
 */
export function questionsLeft(facts: Facts): { min: number; max: number } {
  const q = nextQuestion(facts);
  if (!q) return { min: 0, max: 0 };
  let min = Infinity;
  let max = 0;
  for (const value of q.options) {
    const rest = questionsLeft({ ...facts, [q.key]: value } as Facts);
    min = Math.min(min, rest.min + 1);
    max = Math.max(max, rest.max + 1);
  }
  return { min, max };
}

/** The number of questions on every path through here, or undefined when it depends on later answers. */
export function questionTotal(facts: Facts): number | undefined {
  const left = questionsLeft(facts);
  return left.min === left.max ? answeredQuestions(facts).filter((q) => !q.optional).length + left.min : undefined;
}
