/**
 * Whether to search while someone is still typing. A last word of one letter ("pink s") is
 * almost always a word in progress, and searching it as a prefix downloads every index chunk
 * of words starting with that letter. Pressing Enter searches whatever was typed.
 */
import { normalizeQuery, words } from './normalize';

export function worthSearchingWhileTyping(raw: unknown): boolean {
  const typed = words(normalizeQuery(raw));
  const last = typed.at(-1);
  return last !== undefined && last.length > 1;
}

/**
 * How long to wait after a key before searching: longer while the last word is two or three
 * letters, which is usually a word in progress ("pi", "pin") whose results would be replaced a
 * moment later, each costing a download. A short query that is complete ("AP") still runs.
 */
export function typingDelay(raw: unknown): number {
  const last = words(normalizeQuery(raw)).at(-1) ?? '';
  return last.length <= 3 ? 350 : 120;
}
