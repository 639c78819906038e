import { withoutDirectionControls } from '../text/bidi';

/** What the live region says after a search. Plain, calm, and useful when nothing was found. */
export function statusText(query: string, total: number, failed = false): string {
  if (failed) return 'Search could not load. Check your connection and try again.';
  const q = withoutDirectionControls(query).trim();
  if (!q) return '';
  if (total === 0) return `No results for “${q}”. Try fewer words, or the words on your slip or status.`;
  return `${total} ${total === 1 ? 'result' : 'results'} for “${q}”`;
}
