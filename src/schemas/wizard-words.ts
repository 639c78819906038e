import { z } from 'astro/zod';

/**
 * The wizard's words (src/content/wizard/), keyed by the ids its logic uses. Which ids must be there,
 * and which fact an `if` may name, is checked against the logic by src/lib/wizard/words-from.ts in
 * both directions; these schemas check each entry's shape.
 */
const words = z.string().min(1, { error: 'Write the words; an empty text shows nothing.' });

/**
 * Words that may depend on earlier answers: plain text, or a list of cases where the first case whose
 * `if` answers all match is used, and the last case (with no `if`) is used otherwise.
 */
export const wordedSchema = z.union([
  words,
  z
    .array(
      z.strictObject({
        /** Earlier answers by question key, for example `{ route: dropbox }`. */
        if: z.record(z.string(), z.string()).optional(),
        text: words,
      }),
    )
    .min(1),
]);

export const optionWordsSchema = z.strictObject({
  label: wordedSchema,
  hint: words.optional(),
  /** One sentence for the verdict's "why" list: what this answer tells us. */
  reason: words,
  /** Only for "I'm not sure" answers: what the uncertainty means for the verdict. */
  uncertainty: words.optional(),
});

/** One question, in src/content/wizard/questions.yaml, keyed by its question key (src/lib/wizard/questions.ts). */
export const questionWordsSchema = z.strictObject({
  /** The question in the applicant's words: the legend and the step heading. */
  legend: wordedSchema,
  hint: wordedSchema.optional(),
  /** Short name for the answers list ("CEAC status", "Passport"). */
  summary: words,
  /** Links for people the question does not fit yet. */
  aside: z
    .strictObject({
      text: words,
      links: z
        .array(
          z.strictObject({ href: z.string().startsWith('/', { error: 'Link to a page of this site, starting with /.' }), label: words }),
        )
        .min(1),
    })
    .optional(),
  /** The words of each answer, keyed by the answer's value in the URL. */
  options: z.record(z.string(), optionWordsSchema),
});

/** One dated line, in src/content/wizard/timing.yaml, keyed by timing kind ({date}, {from}, {others} are filled in). */
export const timingWordsSchema = z.strictObject({
  title: words.optional(),
  detail: words,
  basis: z.enum(['official', 'secondary', 'reported']),
});

/** One group of short phrases, in src/content/wizard/phrases.yaml, keyed by group, each phrase by its id. */
export const phrasesSchema = z.record(z.string(), words);
