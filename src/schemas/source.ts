import { z } from 'astro/zod';
import { isIsoDate } from '../lib/dates/calendar';

/** How far a source is from the decision maker. Official sources are listed first. */
export const sourceKinds = ['official', 'secondary', 'community'] as const;
export type SourceKind = (typeof sourceKinds)[number];
const kindRank: Record<SourceKind, number> = { official: 0, secondary: 1, community: 2 };

/**
 * A date written as YYYY-MM-DD in frontmatter or data files. YAML reads an unquoted date as a
 * Date object; it is turned back into the same YYYY-MM-DD string, so quotes are optional.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'Write the date as YYYY-MM-DD.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Write the date as YYYY-MM-DD.' })
    .refine((value) => isIsoDate(value), { error: 'This is not a real calendar date.' }),
);

/** A reference an article or status page relies on. */
export const sourceSchema = z.strictObject({
  /** The page or document title, as its publisher wrote it. */
  title: z.string().min(3, { error: 'Give the source a title.' }),
  /** Where a reader can check it. Must be https. */
  url: z
    .url({ error: 'The source url must be a full https:// address.' })
    .refine((u) => u.startsWith('https://'), { error: 'The source url must use https://.' }),
  /** Who published it: "U.S. Department of State", "BAL", "redbus2us (comment thread)". */
  publisher: z.string().min(2, { error: 'Name the publisher.' }),
  /**
   * official: a government page or law (travel.state.gov, usembassy.gov, FAM, CFR, INA).
   * secondary: a law firm, university office, news or legal publisher describing official action.
   * community: applicants' own reports (forums, comment threads, hobby tools).
   */
  kind: z.enum(sourceKinds, { error: 'kind must be official, secondary or community.' }),
  /** The day the source (or our archived copy of it) was read, YYYY-MM-DD. */
  accessed: isoDate,
  /**
   * Optional: the date of the source's content, YYYY-MM-DD: its publication or "last updated"
   * date, or the capture date of the archived copy we read. Not the day we read it (that is
   * `accessed`). A guide's factsCurrentTo date cannot be later than its newest source's date.
   */
  dated: isoDate.optional(),
  /** Optional: what this source supports, or a caveat ("archived copy, 2013"). */
  note: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** A list of sources with at least one official one. */
export const sourcesWithOfficial = z
  .array(sourceSchema)
  .min(1, { error: 'List at least one source.' })
  .refine((list) => list.some((s) => s.kind === 'official'), {
    error: 'List at least one official source (kind: official).',
  })
  .refine((list) => list.every((s, i) => i === 0 || kindRank[list[i - 1]!.kind] <= kindRank[s.kind]), {
    error: 'List sources in order: official first, then secondary, then community (citation numbers follow this order).',
  });

/** A content id: lower-case words joined by hyphens, as in the file name. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Use the id of the entry: lower-case words joined by hyphens.' });
