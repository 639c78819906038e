import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';
import { statusSchema } from './schemas/status';
import { glossarySchema } from './schemas/glossary';

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

export const collections = { guides, statuses, glossary };
