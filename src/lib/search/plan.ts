/**
 * Plans the Pagefind queries for one search box entry.
 *
 * Pagefind matches pages that contain every word of a query and has no typo tolerance or
 * synonyms. So one typed query becomes a short ordered list of query variants (best first),
 * plus the single words to fall back on when the variants find too little.
 */
import { normalizeQuery, words } from './normalize';
import { correctWord } from './spelling';

export type PhrasePairs = ReadonlyArray<readonly [string, string]>;

export interface AliasTables {
  /** Typed phrase → page phrase; the typed phrase is dropped. */
  replacements: PhrasePairs;
  /** Typed phrase → page phrase; both are searched, typed first. */
  synonyms: PhrasePairs;
  /** Words misspellings are corrected to. */
  vocabulary: ReadonlySet<string>;
}

/** Tables with extra synonym pairs (for example the glossary aliases) added after the others. */
export function withSynonyms(tables: AliasTables, extra: PhrasePairs): AliasTables {
  return { ...tables, synonyms: [...tables.synonyms, ...extra] };
}

/**
 * Words that carry no meaning for matching. Kept on purpose: "no" and "not" ("no status"), "at"
 * ("At NVC"), "after" and "before" ("refused after dropbox"). "visa", "visas" and "ceac" are
 * filler on this site: every page is about them, so they only favour pages that repeat them
 * ("visa refused" put the immigrant-visa guide above "Refused on CEAC").
 */
const STOPWORDS = new Set(
  (
    'visa visas ceac a an the is are was were be been being am i me my mine we our you your it its of to in on for and or ' +
    'but what whats does do did done mean means meaning how why when where which who with about ' +
    'can could will would should still this that these those there from by as so if then than just get got has have had'
  ).split(' '),
);

export interface QueryPlan {
  /** The query as typed, normalized (lower case, "221(g)" as "221g"). */
  normalized: string;
  /** Pagefind queries, best first, without duplicates. */
  variants: string[];
  /** Meaningful single words, searched one by one when the variants find too little. */
  anyWords: string[];
}

/** Replaces whole-word occurrences of each phrase, longest phrases first, in one pass. */
export function replacePhrases(input: readonly string[], pairs: PhrasePairs): string[] {
  const sorted = pairs
    .map(([from, to]) => [words(from), words(to)] as const)
    .filter(([from]) => from.length > 0)
    .sort((a, b) => b[0].length - a[0].length);
  const out: string[] = [];
  for (let i = 0; i < input.length;) {
    const match = sorted.find(([from]) => from.every((w, k) => input[i + k] === w));
    if (match) {
      out.push(...match[1]);
      i += match[0].length;
    } else {
      out.push(input[i]!);
      i += 1;
    }
  }
  return out;
}

function unique(list: string[]): string[] {
  return [...new Set(list.filter((q) => q.length > 0))];
}

/** The query plan for a typed query; null when nothing searchable was typed. */
export function planQuery(raw: unknown, tables: AliasTables, maxSynonymVariants = 3): QueryPlan | null {
  const normalized = normalizeQuery(raw);
  const typed = words(normalized);
  if (typed.length === 0) return null;

  const corrected = typed.map((w) => correctWord(w, tables.vocabulary));
  // Filler words go first: Pagefind has no stop words, so "my visa was refused" would only match
  // pages containing "my" and "was", ranked by how often they say them. A query of nothing but
  // filler words ("what is it") is searched as typed.
  const withoutFiller = (list: string[]) => (list.some((w) => !STOPWORDS.has(w)) ? list.filter((w) => !STOPWORDS.has(w)) : list);
  const base = replacePhrases(corrected, tables.replacements);
  const significant = withoutFiller(base);
  const uncorrected = withoutFiller(replacePhrases(typed, tables.replacements));

  const synonymVariants: string[] = [];
  for (const pair of tables.synonyms) {
    const swapped = replacePhrases(base, [pair]);
    if (swapped.join(' ') !== base.join(' ')) synonymVariants.push(withoutFiller(swapped).join(' '));
  }
  const variants = unique([
    significant.join(' '),
    ...synonymVariants.slice(0, maxSynonymVariants),
    // If a correction was wrong, the words as typed still get their chance, last.
    uncorrected.join(' '),
  ]);

  const anyWords = unique(significant.filter((w) => w.length >= 2)).slice(0, 5);
  return { normalized, variants, anyWords };
}
