/**
 * How applicants write things, mapped to how our pages write them. Sources: the phrasings in
 * src/content/cases/reported-cases.json and the forum words the guides quote (221g-slip-colours, myths-and-invented-statistics).
 *
 * Keys and values are in normalized form (see normalize.ts): lower case, "221(g)" as "221g".
 * Glossary aliases are added to these at run time (glossary-aliases.ts), so an editor who adds
 * "Also written: …" to a glossary entry teaches search the new spelling without code.
 */

/**
 * Abbreviations and spellings that never help on their own: the typed words are replaced.
 * "ap" is the reason this exists: as a prefix it matches "application" and "approved" on every
 * page, so the query is rewritten to the words the pages use.
 */
export const REPLACEMENTS: ReadonlyArray<readonly [typed: string, canonical: string]> = [
  ['ap', 'administrative processing'],
  ['admin processing', 'administrative processing'],
  ['admin process', 'administrative processing'],
  ['administration processing', 'administrative processing'],
  ['administrative process', 'administrative processing'],
  ['iw', 'interview waiver'],
  ['drop box', 'dropbox'],
  ['drop-box', 'dropbox'],
  ['drop off', 'dropbox'],
  ['pp', 'passport'],
  ['ppt', 'passport'],
  ['221 g', '221g'],
  ['214 b', '214b'],
  ['212 f', '212f'],
  ['ds160', 'ds-160'],
  ['ds 160', 'ds-160'],
  ['ds260', 'ds-260'],
  ['ds 260', 'ds-260'],
  ['cllu', 'case last updated'],
  ['last updated date', 'case last updated'],
  ['ceak', 'ceac'],
  ['caec', 'ceac'],
  ['vissa', 'visa'],
  ['viza', 'visa'],
];

/**
 * Words with a near-synonym on our pages. Both are searched: the typed words first (a page may
 * use them), then the page words.
 */
export const SYNONYMS: ReadonlyArray<readonly [typed: string, alsoSearch: string]> = [
  ['denied', 'refused'],
  ['rejected', 'refused'],
  ['rejection', 'refused'],
  ['denial', 'refused'],
  ['sao', 'security advisory opinion'],
  ['security check', 'administrative processing'],
  ['background check', 'administrative processing'],
  ['name check', 'administrative processing'],
  ['interview waiver', 'dropbox'],
  ['slip color', 'slip colours'],
  ['color', 'colour'],
  ['colors', 'colours'],
  ['visa stamp', 'issued'],
  // People asking for a rate want the figures; our pages call them statistics (and say which are invented).
  ['approval rate', 'approval statistics'],
  ['refusal rate', 'refusal statistics'],
];

/**
 * Words the spelling corrector may correct to (spelling.ts): long words our pages use and
 * applicants misspell. Left out on purpose: words one typo away from another common word
 * ("white"/"write", "issued"/"issues", "employer"/"employee"), which would be "corrected" wrongly.
 */
export const VOCABULARY: readonly string[] = [
  'administrative', 'processing', 'refused', 'refusal', 'passport', 'returned', 'interview',
  'waiver', 'dropbox', 'embassy', 'consulate', 'consular', 'officer', 'approved',
  'received', 'application', 'applicant', 'immigrant', 'nonimmigrant', 'documents', 'document',
  'requested', 'inquiry', 'congressional', 'mandamus', 'security', 'advisory', 'opinion',
  'clearance', 'status', 'updated', 'transfer', 'transit', 'expired', 'withdraw', 'reapply',
  'reapplying', 'proclamation', 'colours', 'yellow',
  'visa', 'visas', 'pending', 'additional', 'information', 'adjudication', 'schedule',
  'appointment', 'stamped', 'deadline', 'petition', 'timeline', 'statistics',
];
