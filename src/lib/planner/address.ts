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
