import { z } from 'astro/zod';

/**
 * One entry of src/content/search/aliases.yaml, keyed by what applicants type: the page phrase that
 * replaces it, or the one searched as well. src/lib/search/tables.ts checks that each entry has
 * exactly one and that both sides are written as search compares them.
 */
export const aliasSchema = z.strictObject({
  replace: z.string().min(1).optional(),
  also: z.string().min(1).optional(),
});

/** One word of src/content/search/vocabulary.yaml: the entry id is the word, there is nothing else. */
export const vocabularyWordSchema = z.object({});
