import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';
import { statusSchema } from './schemas/status';
import { glossarySchema } from './schemas/glossary';
import { outcomeSchema } from './schemas/outcome';

// Files whose names start with "_" are drafts or partials and are skipped (Starlight's pattern).
const guides = defineCollection({
  loader: glob({ base: './src/content/guides', pattern: '**/[^_]*.mdx' }),
  schema: guideSchema,
});

const statuses = defineCollection({
  loader: glob({ base: './src/content/statuses', pattern: '**/[^_]*.yaml' }),
  schema: statusSchema,
});

const glossary = defineCollection({
  loader: glob({ base: './src/content/glossary', pattern: '**/[^_]*.yaml' }),
  schema: glossarySchema,
});

// The wizard's verdict words, one file per outcome id (src/lib/wizard/rules.ts names them).
const outcomes = defineCollection({
  loader: glob({ base: './src/content/outcomes', pattern: '**/[^_]*.yaml' }),
  schema: outcomeSchema,
});

export const collections = { guides, statuses, glossary, outcomes };
