/**
 * The search's word tables (src/content/search/): what applicants type mapped to how our pages write
 * it, and the words the spelling corrector may correct to. Built and checked at build time
 * (`aliasTablesFrom`), served in /search/aliases.json with the glossary's aliases, and read back in
 * the browser (`parseAliasTables`), which only searches once that file has arrived (pagefind-client).
 */
import { normalizeQuery } from './normalize';
import type { AliasTables } from './plan';

export const ALIASES_FILE = 'src/content/search/aliases.yaml';
export const VOCABULARY_FILE = 'src/content/search/vocabulary.yaml';

/** One entry of aliases.yaml, keyed by the typed phrase: exactly one of the two. */
export interface AliasWords {
  /** The page phrase that replaces the typed one. */
  readonly replace?: string | undefined;
  /** The page phrase searched as well as the typed one. */
  readonly also?: string | undefined;
  /** Where the entry is in the file (set by `aliasItems`): synonyms are tried in file order. */
  readonly order?: number | undefined;
}

/** The tables as /search/aliases.json carries them. */
export interface AliasTablesJson {
  replacements: [string, string][];
  synonyms: [string, string][];
  vocabulary: string[];
}

/** Searching with no tables: what the browser uses when /search/aliases.json cannot be read. */
export const EMPTY_TABLES: AliasTables = { replacements: [], synonyms: [], vocabulary: new Set() };

/** The vocabulary file's words as entries named by the word (its loader's parser), refusing a repeated word. */
export function vocabularyEntries(parsed: unknown): { id: string }[] {
  const list = (parsed as { words?: unknown } | null)?.words;
  if (!Array.isArray(list) || !list.every((w) => typeof w === 'string'))
    throw new Error(`${VOCABULARY_FILE}: expected "words:" with a list of words`);
  const twice = list.filter((w, i) => list.indexOf(w) !== i);
  if (twice.length) throw new Error(`${VOCABULARY_FILE}: ${twice.join(', ')} listed twice`);
  return list.map((id) => ({ id }));
}

/**
 * The aliases file's entries as a list in file order (its loader's parser): the collection is read
 * back sorted by id, and the order of the synonyms decides which are searched first.
 */
export function aliasItems(parsed: unknown): Record<string, unknown>[] {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`${ALIASES_FILE}: expected typed phrases as top-level keys`);
  return Object.entries(parsed as Record<string, unknown>).map(([id, data], order) => ({
    ...(typeof data === 'object' ? data : { value: data }),
    id,
    order,
  }));
}

/**
 * The tables from the entries of aliases.yaml (in file order: the order synonyms are tried in) and
 * the vocabulary's words, or an error naming the file and every entry that is not written the way
 * search compares text, maps a phrase to itself, or is not exactly one of `replace` and `also`.
 */
export function aliasTablesFrom(aliases: readonly { id: string; data: AliasWords }[], vocabulary: readonly string[]): AliasTablesJson {
  const problems: string[] = [];
  const written = (text: string, where: string) => {
    if (normalizeQuery(text) !== text)
      problems.push(`${where}: write "${text}" as "${normalizeQuery(text)}" (lower case, as search compares it)`);
  };
  const replacements: [string, string][] = [];
  const synonyms: [string, string][] = [];
  const inOrder = [...aliases].sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0));
  for (const { id, data } of inOrder) {
    const to = data.replace ?? data.also;
    if ((data.replace === undefined) === (data.also === undefined) || !to) {
      problems.push(`${id}: give exactly one of replace and also`);
      continue;
    }
    written(id, id);
    written(to, id);
    if (normalizeQuery(id) === normalizeQuery(to)) problems.push(`${id}: maps to itself`);
    (data.replace !== undefined ? replacements : synonyms).push([id, to]);
  }
  if (problems.length) throw new Error(`${ALIASES_FILE}: ${problems.join('; ')}`);
  const odd = vocabulary.filter((w) => !/^[a-z]+$/.test(w));
  if (odd.length) throw new Error(`${VOCABULARY_FILE}: ${odd.join(', ')}: one lower-case word each, letters only`);
  return { replacements, synonyms, vocabulary: [...vocabulary] };
}

/** Reads /search/aliases.json in the browser; a malformed part is left empty (search still works without it). */
export function parseAliasTables(json: unknown): AliasTables {
  const o = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const pairs = (x: unknown): [string, string][] =>
    Array.isArray(x)
      ? x.filter(
          (p): p is [string, string] =>
            Array.isArray(p) &&
            p.length === 2 &&
            typeof p[0] === 'string' &&
            typeof p[1] === 'string' &&
            p[0].length > 0 &&
            p[1].length > 0,
        )
      : [];
  const vocabulary = Array.isArray(o['vocabulary']) ? o['vocabulary'].filter((w): w is string => typeof w === 'string') : [];
  return { replacements: pairs(o['replacements']), synonyms: pairs(o['synonyms']), vocabulary: new Set(vocabulary) };
}
