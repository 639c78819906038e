/**
 * Corrects misspelt domain words ("adminstrative", "pasport", "intervew") against a small
 * vocabulary. Pagefind has no typo tolerance: an unknown word either matches nothing or, worse,
 * matches stray short words, so the correction has to happen before the query reaches it.
 */

import { boundedEditDistance } from '../text/edit-distance';

/** Bounded edit distance, shared with the decoder (src/lib/text/edit-distance.ts). */
export const editDistance = boundedEditDistance;

/** How many edits a word of this length may be away from a vocabulary word. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

/** Tied candidates that start alike ("refused", "refusal") are forms of one word: either will do. */
function sameStem(candidates: readonly string[]): boolean {
  const length = Math.min(5, ...candidates.map((c) => c.length));
  return candidates.every((c) => c.slice(0, length) === candidates[0]!.slice(0, length));
}

/**
 * The vocabulary word this word most likely meant, or the word itself when it is already a
 * vocabulary word, too short to judge, or equally close to two different words.
 */
export function correctWord(word: string, vocabulary: ReadonlySet<string>): string {
  if (vocabulary.has(word) || /\d/.test(word)) return word;
  const max = allowedEdits(word.length);
  if (max === 0) return word;
  let best: string[] = [];
  let bestDistance = max + 1;
  for (const candidate of vocabulary) {
    const d = editDistance(word, candidate, max);
    if (d < bestDistance) {
      best = [candidate];
      bestDistance = d;
    } else if (d === bestDistance && d <= max) {
      best.push(candidate);
    }
  }
  return best.length > 0 && sameStem(best) ? best[0]! : word;
}
