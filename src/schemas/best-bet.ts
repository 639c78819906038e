import { z } from 'astro/zod';

/**
 * A best bet, in src/content/best-bets/<id>.yaml: a task question people type into search and
 * the page section that answers it, shown above the ordinary results and labelled "Best bet".
 * Matching is done by src/lib/search/best-bets.ts on the query after the same folding as search
 * ("221 g" and "221-g" as "221g", lower case, small typos corrected); the file name is the id.
 */
export const bestBetSchema = z.strictObject({
  /** The link text: the question, as the answer's page puts it. */
  title: z.string().min(5).max(90),
  /** Where it leads: a site path ending in "/", usually with a "#section" anchor. The build checks it exists. */
  url: z.string().regex(/^\/[a-z0-9/-]*\/(#[a-z0-9-]+)?$/, { error: 'A site path like /guides/<id>/#<section>.' }),
  /** One plain sentence shown under the link: the short answer. */
  answer: z.string().min(20).max(220),
  /**
   * When it shows: the query must hold one word of every group. Words are written as search
   * folds them (lower case, "221g", "h1b"); a typed word one small typo away also counts.
   */
  all: z.array(z.array(z.string().min(2)).min(1)).min(1),
  /** It does not show when the query holds any of these words. */
  none: z.array(z.string().min(2)).default([]),
  /** Queries as people type them that must show this bet (checked by the unit tests). */
  examples: z.array(z.string().min(2)).min(2),
  /** Queries that must not show it (checked by the unit tests). */
  counterExamples: z.array(z.string().min(2)).default([]),
  /** Lower comes first when several bets match. */
  order: z.number().int().min(0).default(100),
});
export type BestBet = z.infer<typeof bestBetSchema>;
