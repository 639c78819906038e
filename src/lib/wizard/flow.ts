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
  const path: Record<string, string> = {};
  for (const q of questions) {
    if (!q.askedWhen(path as Facts)) continue;
    const value = facts[q.key];
    // An answer the question does not offer counts as no answer: the question is asked again.
    if (value === undefined || !q.options.includes(value)) break;
    path[q.key] = value;
  }
  // Facts about the applicant rather than answers on the way: the date, the kind of visa (when no
  // question asked it) and the passport nationality, which the time and policy rules read (when.ts).
  if (facts.since !== undefined) path['since'] = facts.since;
  if (facts.visa !== undefined && path['visa'] === undefined) path['visa'] = facts.visa;
  if (facts.nationality !== undefined) path['nationality'] = facts.nationality;
  return path as Facts;
}

/** The questions answered on the way here, in order. */
export function answeredQuestions(facts: Facts): Question[] {
  const path = pathFacts(facts);
  return questions.filter((q) => path[q.key] !== undefined);
}

/** The next question the rules need, or undefined when every needed answer is known. */
export function nextQuestion(facts: Facts): Question | undefined {
  const path = pathFacts(facts);
  return questions.find((q) => q.askedWhen(path) && path[q.key] === undefined);
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
