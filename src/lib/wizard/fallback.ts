/**
 * URLs of the pre-rendered pages that let the wizard work without JavaScript. A static host cannot
 * read a query string, so each state the wizard can reach has its own page, and the answers are
 * in the path, one "key-value" segment per answer in the order asked:
 *   /wizard/steps/status-refused-long/route-interview/officer-approved/
 * The pages are generated from reachableStates(), so they follow the same rules as the island.
 */
import type { Facts } from './facts';
import { askedPath, nextQuestion } from './flow';
import { reachableStates } from './graph';
import { questions } from './questions';

export const FALLBACK_ROOT = '/wizard/steps/';

/** The answers on the wizard's path, as path segments ("status-refused-long/route-interview"). */
export function fallbackSlug(facts: Facts): string {
  const path = askedPath(facts);
  return questions
    .filter((q) => path[q.key] !== undefined)
    .map((q) => `${q.key}-${path[q.key]}`)
    .join('/');
}

/** The no-JavaScript page for these answers. `since` cannot be carried: static pages have no dates. */
export function fallbackHref(facts: Facts): string {
  const slug = fallbackSlug(facts);
  return slug ? `${FALLBACK_ROOT}${slug}/` : FALLBACK_ROOT;
}

/**
 * Reads a slug back into answers; undefined unless every segment answers the question the wizard
 * would ask at that point with one of its options (so only real pages resolve).
 */
export function factsFromSlug(slug: string | undefined): Facts | undefined {
  const facts: Record<string, string> = {};
  const segments = (slug ?? '').split('/').filter(Boolean);
  for (const segment of segments) {
    const dash = segment.indexOf('-');
    if (dash < 1) return undefined;
    const key = segment.slice(0, dash);
    const value = segment.slice(dash + 1);
    const q = nextQuestion(facts as Facts, true);
    if (!q || q.key !== key || !q.options.includes(value)) return undefined;
    facts[key] = value;
  }
  return facts as Facts;
}

/** Every fallback page: one per reachable question or verdict. */
export function fallbackSlugs(): string[] {
  return reachableStates().map((s) => fallbackSlug(s.facts));
}
