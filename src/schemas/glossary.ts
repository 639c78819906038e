import { z } from 'astro/zod';
import { slug } from './source';

/** A glossary term, in src/content/glossary/<id>.yaml. */
export const glossarySchema = z.strictObject({
  /** The term as it is usually written: "221(g)", "Administrative processing". */
  term: z.string().min(2),
  /** Other ways people write or search it: "221 g", "221g", "AP", "admin processing". */
  aliases: z.array(z.string().min(1)).default([]),
  /** One to three plain sentences. */
  definition: z.string().min(30).max(600, { error: 'Keep a definition under 600 characters; link a guide for more.' }),
  /** The guide that explains the term (id), if any. */
  guide: slug.optional(),
  /** A status page that shows the term (id), if any. */
  status: slug.optional(),
});
export type GlossaryEntry = z.infer<typeof glossarySchema>;
