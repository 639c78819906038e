/**
 * Builds the wizard's words (the `WizardWords` the island gets as a prop and the no-JavaScript pages
 * render) from the entries of its collections in src/content/wizard/, and checks them against the
 * logic in both directions: every question, answer, timing kind and phrase the logic uses needs
 * words, and words for an id the logic does not know (a renamed or removed id) are an error too.
 * Build-side only: the island imports the types and `pick` from wording.ts, never this file.
 */
import { wordsById, wordsMismatch } from '../content/words';
import { DATE_TITLES } from '../dates/deadlines';
import { INQUIRY_RULES } from '../dates/rules';
import { fill } from '../text/fill';
import { contradictions } from './codec';
import { factValues, meanings, type EnumFactKey } from './facts';
import { questions } from './questions';
import { timingKinds } from './timing';
import type { QuestionWords, TimingWords, Worded, WizardWords } from './wording';

type Entry<T> = { readonly id: string; readonly data: T };

export interface WizardWordEntries {
  readonly questions: readonly Entry<QuestionWords>[];
  readonly timing: readonly Entry<TimingWords[string]>[];
  readonly phrases: readonly Entry<Readonly<Record<string, string>>>[];
}

export const QUESTIONS_FILE = 'src/content/wizard/questions.yaml';
export const TIMING_FILE = 'src/content/wizard/timing.yaml';
export const PHRASES_FILE = 'src/content/wizard/phrases.yaml';

/** Timing words: each timing kind of the outcomes, and the line added once every date has passed (dated.ts). */
export const timingWordIds: readonly string[] = [...timingKinds, 'ask-now'];

/** The phrase groups of phrases.yaml and the ids each must have: the places the views show them. */
export const phraseIds = {
  meanings,
  labels: ['since', 'nationality'],
  time: ['asOf', 'next', 'ifVisa', 'dvYearEnd', 'oneYear'],
  share: ['copy', 'copied', 'shared', 'manual', 'leftOut', 'print'],
  error: ['title', 'message'],
  dateLabels: ['past', 'future', 'official', 'secondary', 'reported'],
  // The first inquiry rule is the one the date line states; the others are named in its {others}.
  inquiryFigures: INQUIRY_RULES.slice(1).map((r) => r.id),
  notices: ['heading', 'badValue', 'badDate', 'futureDate'],
  contradictions: contradictions.map((c) => c.key),
  noticeLabels: [...(Object.keys(factValues) as EnumFactKey[]), 'since', 'nationality'],
} as const satisfies Record<string, readonly string[]>;

type PhraseGroup = keyof typeof phraseIds;
type Phrases = { [G in PhraseGroup]: Record<(typeof phraseIds)[G][number], string> };

/** Problems with the `if` of words that depend on earlier answers: an unknown question or answer, or no last case. */
function casesProblems(text: Worded | undefined, where: string): string[] {
  if (text === undefined || typeof text === 'string') return [];
  const problems: string[] = [];
  text.forEach((c, i) => {
    for (const [key, value] of Object.entries(c.if ?? {})) {
      const values = (factValues as Record<string, readonly string[]>)[key];
      if (!values) problems.push(`${where}[${i}].if names an unknown question ${key} (known: ${Object.keys(factValues).join(', ')})`);
      else if (value === undefined || !values.includes(value))
        problems.push(`${where}[${i}].if: ${value} is not an answer to ${key} (answers: ${values.join(', ')})`);
    }
  });
  if (text.at(-1)?.if) problems.push(`${where}: the last case must have no "if", so every answer has words`);
  return problems;
}

function questionProblems(key: EnumFactKey, w: QuestionWords, options: readonly string[], unsure: readonly string[]): string[] {
  const { missing, unknown } = wordsMismatch(options, Object.keys(w.options));
  const problems = [
    ...(missing.length ? [`${key}.options: no words for ${missing.join(', ')}`] : []),
    ...(unknown.length ? [`${key}.options: words for unknown answer ${unknown.join(', ')} (answers: ${options.join(', ')})`] : []),
    ...casesProblems(w.legend, `${key}.legend`),
    ...casesProblems(w.hint, `${key}.hint`),
  ];
  for (const [value, o] of Object.entries(w.options)) {
    problems.push(...casesProblems(o.label, `${key}.options.${value}.label`));
    if (unsure.includes(value) && !o.uncertainty) problems.push(`${key}.options.${value}: an "I'm not sure" answer needs an uncertainty`);
    if (!unsure.includes(value) && o.uncertainty)
      problems.push(`${key}.options.${value}: only "I'm not sure" answers (${unsure.join(', ') || 'none here'}) have an uncertainty`);
  }
  return problems;
}

/** The first letter in lower case, to put a deadline's title inside a sentence. */
const inSentence = (title: string) => title.charAt(0).toLowerCase() + title.slice(1);

/** The wizard's words from its collections, or an error naming the file and every missing or unknown id. */
export function wizardWordsFrom(entries: WizardWordEntries): WizardWords {
  const byKey = wordsById(
    questions.map((q) => q.key),
    entries.questions,
    QUESTIONS_FILE,
  );
  const problems = questions.flatMap((q) => questionProblems(q.key, byKey[q.key], q.options, q.unsure ?? []));
  if (problems.length) throw new Error(`${QUESTIONS_FILE}: ${problems.join('; ')}`);
  const timing = wordsById(timingWordIds, entries.timing, TIMING_FILE);
  const groups = wordsById(Object.keys(phraseIds) as PhraseGroup[], entries.phrases, PHRASES_FILE);
  const p = Object.fromEntries(
    (Object.keys(phraseIds) as PhraseGroup[]).map((g) => [
      g,
      wordsById(
        phraseIds[g],
        Object.entries(groups[g]).map(([id, data]) => ({ id, data })),
        `${PHRASES_FILE} (${g})`,
      ),
    ]),
  ) as Phrases;
  return {
    questions: byKey,
    meanings: p.meanings,
    sinceLabel: p.labels.since,
    nationalityLabel: p.labels.nationality,
    timing,
    inquiryFigures: p.inquiryFigures,
    // The deadline's own title (the planner's and the calendar file's words) goes where {deadline} is.
    time: {
      ...p.time,
      dvYearEnd: fill(p.time.dvYearEnd, { deadline: inSentence(DATE_TITLES['dv-year-end']) }),
      oneYear: fill(p.time.oneYear, { deadline: inSentence(DATE_TITLES.documents) }),
    },
    share: p.share,
    error: p.error,
    dateLabels: p.dateLabels,
    notices: { ...p.notices, contradiction: p.contradictions, labels: p.noticeLabels },
  };
}
