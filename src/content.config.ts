import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';
import { statusSchema } from './schemas/status';
import { glossarySchema } from './schemas/glossary';
import { outcomeSchema } from './schemas/outcome';
import { caseSchema } from './schemas/case';
import { policySchema } from './schemas/policy';
import { changeSchema } from './schemas/change';
import { postCountrySchema, postSchema } from './schemas/post';
import { parseCasesFile } from './lib/timelines/dataset';
import { wordSchema } from './schemas/words';
import { letterFieldSchema, letterSchema } from './schemas/letter';
import { bestBetSchema } from './schemas/best-bet';
import { parse as parseYaml } from 'yaml';
import { aliasSchema, vocabularyWordSchema } from './schemas/search-words';
import { aliasItems, vocabularyEntries } from './lib/search/tables';
import { phrasesSchema, questionWordsSchema, timingWordsSchema } from './schemas/wizard-words';

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

// The change log (/changes/): one dated entry per change that alters what a CEAC status means or
// what to do. The file name is the entry id and the page anchor (/changes/#<id>).
const changes = defineCollection({
  loader: glob({ base: './src/content/changes', pattern: '**/[^_]*.yaml' }),
  schema: changeSchema,
});

// Embassies and consulates, one file per post (src/content/posts/<city>.yaml), and the facts shared
// by every post in a country (src/content/post-countries/<iso code>.yaml).
const posts = defineCollection({
  loader: glob({ base: './src/content/posts', pattern: '**/[^_]*.yaml' }),
  schema: postSchema,
});

const postCountries = defineCollection({
  loader: glob({ base: './src/content/post-countries', pattern: '**/[^_]*.yaml' }),
  schema: postCountrySchema,
});

// Search best bets: task questions and the section that answers them, one file per bet.
const bestBets = defineCollection({
  loader: glob({ base: './src/content/best-bets', pattern: '**/[^_]*.yaml' }),
  schema: bestBetSchema,
});

// The decoder's words (/decode/), one YAML file per kind, each keyed by the ids the decoder's logic
// uses: variant ids, confidence levels, reasons (src/lib/decoder/readings.ts checks both directions).
const decoderReadings = defineCollection({ loader: file('src/content/decoder/readings.yaml'), schema: wordSchema });
const decoderConfidence = defineCollection({ loader: file('src/content/decoder/confidence.yaml'), schema: wordSchema });
const decoderAdvice = defineCollection({ loader: file('src/content/decoder/advice.yaml'), schema: wordSchema });

// The letter templates of /next-steps/, one file per letter id, and the words of their fields,
// keyed by field name (src/lib/templates/letters.ts checks both directions).
const letters = defineCollection({
  loader: glob({ base: './src/content/letters', pattern: '**/[^_]*.yaml' }),
  schema: letterSchema,
});
const letterFields = defineCollection({ loader: file('src/content/letter-fields/fields.yaml'), schema: letterFieldSchema });

// The notice shown where a part of a page could not load, and its reload button, keyed by the ids in
// src/lib/content/reload-notice.ts (src/components/ReloadNotice.astro renders it).
const reloadNotice = defineCollection({ loader: file('src/content/notices/reload.yaml'), schema: wordSchema });

// The wizard's words (/wizard/), keyed by the ids its logic uses: questions and their answers by
// question key and answer value, dated lines by timing kind, short phrases by group and id
// (src/lib/wizard/words-from.ts checks both directions). Outcome words are in outcomes/.
const wizardQuestions = defineCollection({ loader: file('src/content/wizard/questions.yaml'), schema: questionWordsSchema });
const wizardTiming = defineCollection({ loader: file('src/content/wizard/timing.yaml'), schema: timingWordsSchema });
const wizardPhrases = defineCollection({ loader: file('src/content/wizard/phrases.yaml'), schema: phrasesSchema });

// The search's word tables: what applicants type, keyed by the typed phrase, and the words the
// spelling corrector may correct to (src/lib/search/tables.ts checks them; /search/aliases.json serves them).
const searchAliases = defineCollection({
  loader: file('src/content/search/aliases.yaml', { parser: (text) => aliasItems(parseYaml(text)) }),
  schema: aliasSchema.extend({ id: z.string(), order: z.number().int().nonnegative() }),
});
const searchVocabulary = defineCollection({
  loader: file('src/content/search/vocabulary.yaml', { parser: (text) => vocabularyEntries(parseYaml(text)) }),
  schema: vocabularyWordSchema,
});

export const collections = {
  guides,
  statuses,
  glossary,
  cases,
  outcomes,
  policies,
  changes,
  posts,
  postCountries,
  bestBets,
  decoderReadings,
  decoderConfidence,
  decoderAdvice,
  letters,
  letterFields,
  reloadNotice,
  wizardQuestions,
  wizardTiming,
  wizardPhrases,
  searchAliases,
  searchVocabulary,
};
