/**
 * Turns what a person types into the form our index uses.
 *
 * Pagefind indexes "221(g)" as the word "221g", so every way applicants write a section of the
 * immigration law ("221 g", "221-g", "221 (g)", "221G") is folded into that one word here.
 */

/** Sections of the Immigration and Nationality Act that applicants type. */
const SECTION_NUMBERS = ['212', '214', '221', '222'];
const SECTION_PATTERN = new RegExp(`\\b(${SECTION_NUMBERS.join('|')})\\s*[-(]?\\s*([a-z])\\s*\\)?(?![a-z0-9])`, 'g');

/** Longest query we act on; anything longer is cut (a paste of a whole letter, say). */
export const MAX_QUERY_LENGTH = 200;

export function normalizeQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return (
    raw
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[‘’‛`´]/g, "'")
      .replace(/[“”„]/g, '"')
      .replace(/[‐‑‒–—]/g, '-')
      // "a.p." and "u.s." are abbreviations: drop their dots before other dots become spaces.
      .replace(/\b(?:[a-z]\.){2,}/g, (m) => m.replaceAll('.', ''))
      .replace(/\.(?!\d)/g, ' ')
      .replace(SECTION_PATTERN, '$1$2')
      // Quotes and brackets carry no meaning for the index; keep letters, digits, hyphens, apostrophes.
      .replace(/["()[\]{}<>?!,;:*+=|\\/]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_QUERY_LENGTH)
      .trim()
  );
}

/** The words of a normalized query. */
export function words(normalized: string): string[] {
  return normalized.split(' ').filter((w) => w.length > 0);
}
