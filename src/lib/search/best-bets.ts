/**
 * Best bets: task questions ("is 221g a rejection", "221g how long") matched to the section that
 * answers them. The bets are data (src/content/best-bets/, schema src/schemas/best-bet.ts), served
 * to the browser as /search/best-bets.json; this decides which of them a query shows.
 */
import { normalizeQuery, words } from './normalize';
import { replacePhrases, type PhrasePairs } from './plan';
import { allowedEdits, editDistance } from './spelling';

/** What matching needs from a bet, and what the views show. */
export interface BestBetView {
  id: string;
  title: string;
  url: string;
  answer: string;
  all: readonly (readonly string[])[];
  none: readonly string[];
  order: number;
}

/** At most this many bets above the results. */
export const MAX_BEST_BETS = 2;

/** Typed words as the bets write them: folded, abbreviations expanded ("ap"), hyphens dropped ("h-1b"). */
function queryWords(raw: unknown, replacements: PhrasePairs): string[] {
  const typed = words(normalizeQuery(raw)).flatMap((w) => w.split(/-+/).join('') || []);
  // "h 1b" → "h1b": a letter typed apart from its number.
  const joined: string[] = [];
  for (const w of typed) {
    const prev = joined.at(-1);
    if (prev && /^[a-z]$/.test(prev) && /^\d/.test(w)) joined[joined.length - 1] = prev + w;
    else joined.push(w);
  }
  return replacePhrases(joined, replacements).flatMap((w) => w.split(/-+/).join('') || []);
}

/** A typed word stands for a bet word when equal, or a small typo away from a long one. */
function sameWord(typed: string, word: string): boolean {
  if (typed === word) return true;
  if (/\d/.test(typed) || /\d/.test(word)) return false;
  const max = Math.min(allowedEdits(typed.length), allowedEdits(word.length));
  return max > 0 && editDistance(typed, word, max) <= max;
}

const holds = (typed: readonly string[], word: string) => typed.some((t) => sameWord(t, word));

/** The bets a query shows, best first (by `order`), at most MAX_BEST_BETS; `replacements` from the search's tables (tables.ts). */
export function bestBetsFor<B extends BestBetView>(raw: unknown, bets: readonly B[], replacements: PhrasePairs): B[] {
  const typed = queryWords(raw, replacements);
  if (typed.length === 0) return [];
  return bets
    .filter((b) => b.all.every((group) => group.some((w) => holds(typed, w))) && !b.none.some((w) => holds(typed, w)))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .slice(0, MAX_BEST_BETS);
}

/** Reads /search/best-bets.json; anything malformed is left out. */
export function parseBestBets(json: unknown): BestBetView[] {
  if (!Array.isArray(json)) return [];
  const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
  return json.filter(
    (b): b is BestBetView =>
      typeof b === 'object' &&
      b !== null &&
      typeof b.id === 'string' &&
      typeof b.title === 'string' &&
      typeof b.answer === 'string' &&
      typeof b.url === 'string' &&
      b.url.startsWith('/') &&
      !b.url.startsWith('//') &&
      typeof b.order === 'number' &&
      strings(b.none) &&
      Array.isArray(b.all) &&
      b.all.every(strings),
  );
}
