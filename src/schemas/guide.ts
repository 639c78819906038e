import { z } from 'astro/zod';
import { topicIds } from '../lib/content/topics';
import { isoDate, slug, sourcesWithOfficial } from './source';

/** Frontmatter of a guide in src/content/guides/<id>.mdx. */
export const guideSchema = z.strictObject({
  /** The page title and the first heading. Plain words, as an applicant would search. */
  title: z.string().min(10, { error: 'The title is too short to tell a reader what the guide answers.' }).max(90, {
    error: 'Keep the title under 90 characters; it is also the search-result title.',
  }),
  /** One or two sentences for search results and link previews. 160 characters at most. */
  description: z
    .string()
    .min(50, { error: 'The description should be a full sentence (50 characters or more).' })
    .max(160, { error: 'Descriptions must be 160 characters or fewer (search engines cut the rest).' }),
  /** Which group the guide is listed under on /guides/. */
  topic: z.enum(topicIds, { error: `topic must be one of: ${topicIds.join(', ')}.` }),
  /** Ids of entries in the statuses collection this guide explains (may be empty). */
  statuses: z.array(slug).default([]),
  /** The day someone last checked every claim against the sources, YYYY-MM-DD. */
  reviewed: isoDate,
  /**
   * How current the facts are: the date of the newest source the guide was checked against
   * (its content date, not the day we read it), YYYY-MM-DD. Shown beside the reviewed date.
   * The build checks that it is not later than `reviewed` nor than the newest source's
   * `dated` (or `accessed` when a source has no `dated`).
   */
  factsCurrentTo: isoDate,
  /** Ids of change-log entries (src/content/changes/) the guide depends on; linked as /changes/#<id>. */
  changes: z.array(slug).default([]),
  /** Where the claims come from. At least one must be official; official ones are listed first. */
  sources: sourcesWithOfficial,
  /** Ids of other guides a reader should see next (at least one). */
  related: z.array(slug).min(1, { error: 'Link at least one related guide.' }),
  /** Position within its topic on the guides index; lower comes first. */
  order: z.number().int().min(0).default(100),
});
export type GuideFrontmatter = z.infer<typeof guideSchema>;
