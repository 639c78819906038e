/**
 * Takes over the server-rendered letter templates on /next-steps/. Imported with import() by the
 * page script on first use of the letters, so none of this is in the page's initial script.
 */
import Letters, { type LettersData, type PlannerDates } from './Letters.svelte';
import { hydrateKeepingInput } from './hydrate-keeping-input';

/**
 * Hydrates Letters.svelte in `root` (its props are JSON in data-props), keeping whatever was typed
 * before this chunk arrived, and then replays a button click that came in meanwhile.
 */
export function mountLetters(root: HTMLElement, dates: PlannerDates, pendingClick: HTMLElement | undefined): void {
  const data = JSON.parse(root.dataset['props'] ?? '{}') as LettersData;
  hydrateKeepingInput(Letters, root, { ...data, dates });
  pendingClick?.click();
}
