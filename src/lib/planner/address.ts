/**
 * The planner's address (/next-steps/, docs/design.md §7.1): `meaning`, `asked` and `post` in the
 * query string, the wizard's answers beside them, and the personal `since` (and `nationality`) in
 * the fragment, which the browser never sends in a request. An older link with `since` in the query
 * string is read too. A key in the fragment counts before the same key in the query string.
 * Pure, never throws: what the planner does with each value (and with a bad one) is in
 * src/islands/NextSteps.svelte.
 */
const MAX = 2000;

/** The planner's parameters from `location.search` and `location.hash` (either may lack its sign). */
export function plannerParams(search: unknown, hash: unknown): URLSearchParams {
  const text = (value: unknown, sign: string) =>
    typeof value === 'string' ? (value.startsWith(sign) ? value.slice(1) : value).slice(0, MAX) : '';
  const fragment = text(hash, '#');
  const query = text(search, '?');
  return new URLSearchParams(fragment && query ? `${fragment}&${query}` : fragment || query);
}

/**
 * The fragment (with its `#`, or '' when nothing is left) that carries the planner's entries, for
 * the reload offered when a part of the page could not load: the reloaded page reads them back
 * (docs/design.md §7.1). Each entry is set; an empty one is left out, or kept empty where the query
 * string has the same key, so that it counts as "not given" before the query string's value. Other
 * keys of the fragment (the wizard's `nationality`) stay.
 */
export function plannerFragment(search: unknown, hash: unknown, entries: Readonly<Record<string, string>>): string {
  const query = plannerParams(search, '');
  const params = plannerParams('', hash);
  for (const [key, value] of Object.entries(entries)) {
    if (value || query.has(key)) params.set(key, value);
    else params.delete(key);
  }
  const text = params.toString();
  return text && `#${text}`;
}
