/**
 * Words with their positions in the original text, and typo-tolerant matching against a vocabulary.
 * Offsets always point into the text as given, so the view can highlight exactly what was pasted.
 */
import { boundedEditDistance } from '../text/edit-distance';

export interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[a-z0-9]+/gi;

/** Lower-case words; "U.S." and "U. S." become the single word "us". */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    const start = m.index;
    const prev = out[out.length - 1];
    if (word === 's' && prev?.word === 'u' && start - prev.end <= 2) {
      out[out.length - 1] = { word: 'us', start: prev.start, end: start + 1 };
      continue;
    }
    out.push({ word, start, end: start + word.length });
  }
  return out;
}

/** Bounded edit distance, shared with search (src/lib/text/edit-distance.ts). */
export const boundedDistance = boundedEditDistance;

/** How many typos a word of this length may carry and still count: none below 4 letters or with digits. */
export function allowance(word: string): number {
  if (word.length < 4 || /\d/.test(word)) return 0;
  return word.length < 8 ? 1 : 2;
}

/** Which letters a word uses, one bit each. One edit changes at most two bits, so it filters cheaply. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Maps words to the vocabulary's spelling when they are within a small typo of one word of it. */
export class Vocabulary {
  readonly #words: Set<string>;
  readonly #byLength = new Map<number, { word: string; mask: number }[]>();
  readonly #cache = new Map<string, string | null>();

  constructor(words: Iterable<string>) {
    this.#words = new Set(words);
    for (const word of this.#words) {
      if (allowance(word) === 0) continue;
      const list = this.#byLength.get(word.length) ?? [];
      list.push({ word, mask: letterMask(word) });
      this.#byLength.set(word.length, list);
    }
  }

  has(word: string): boolean {
    return this.#words.has(word);
  }

  /** The vocabulary word this is, or a near miss of; null if none. Ties go to the first in sort order. */
  canonical(word: string): string | null {
    if (this.#words.has(word)) return word;
    const hit = this.#cache.get(word);
    if (hit !== undefined) return hit;
    const max = allowance(word);
    const mask = letterMask(word);
    let found: string | null = null;
    let bestDistance = max + 1;
    for (let len = word.length - max; len <= word.length + max && max > 0; len++) {
      for (const candidate of this.#byLength.get(len) ?? []) {
        const limit = Math.min(max, allowance(candidate.word), bestDistance);
        if (bitCount(mask ^ candidate.mask) > 2 * limit) continue;
        const dist = boundedDistance(word, candidate.word, limit);
        if (dist < bestDistance || (dist === bestDistance && dist <= limit && found !== null && candidate.word < found)) {
          bestDistance = dist;
          found = candidate.word;
        }
      }
    }
    // Bounded cache: a hostile paste of random words should not grow memory without limit.
    if (this.#cache.size < 5000) this.#cache.set(word, found);
    return found;
  }
}
