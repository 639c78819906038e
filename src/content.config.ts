import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';
import { statusSchema } from './schemas/status';
import { glossarySchema } from './schemas/glossary';
import { outcomeSchema } from './schemas/outcome';
import { caseSchema } from './schemas/case';
import { policySchema } from './schemas/policy';
import { parseCasesFile } from './lib/timelines/dataset';

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

// Reported applicant cases: one JSON file with a source note and the records (src/content/cases/).
const cases = defineCollection({
  loader: file('src/content/cases/reported-cases.json', { parser: parseCasesFile }),
  schema: caseSchema,
});

// Nationality-based measures that stop or condition visa issuance (travel bans, pauses, visa bonds),
// one file per measure. The wizard reads them through src/lib/policies (policiesFor).
const policies = defineCollection({
  loader: glob({ base: './src/content/policies', pattern: '**/[^_]*.yaml' }),
  schema: policySchema,
});

export const collections = { guides, statuses, glossary, cases, outcomes, policies };
