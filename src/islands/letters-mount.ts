/**
 * Takes over the server-rendered letter templates on /next-steps/. Imported with import() by the
 * page script on first use of the letters, so none of this is in the page's initial script.
 */
import { hydrate } from 'svelte';
import Letters, { type LettersData, type PlannerDates } from './Letters.svelte';

/**
 * Hydrates Letters.svelte in `root` (its props are JSON in data-props), keeping whatever was typed
 * before this chunk arrived, and then replays a button click that came in meanwhile.
 */
export function mountLetters(root: HTMLElement, dates: PlannerDates, pendingClick: HTMLElement | undefined): void {
  const data = JSON.parse(root.dataset['props'] ?? '{}') as LettersData;
  // Hydration writes the component's (empty) values into the inputs; put back what was typed.
  const typed = [...root.querySelectorAll('input')].filter((input) => input.value !== '').map((input) => [input, input.value] as const);
  hydrate(Letters, { target: root, props: { ...data, dates } });
  for (const [input, value] of typed) {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  root.dataset['ready'] = 'true';
  pendingClick?.click();
}
