/**
 * Hydrates a server-rendered Svelte component, keeping what was typed into its fields before the
 * script arrived: hydration writes the component's initial (empty) values into inputs and text
 * areas, which would wipe a paste made on a slow connection. Each kept value is replayed as an
 * input event so the component's state follows. Sets data-ready on the root when done (tests wait
 * for it).
 */
import { hydrate, type Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same constraint as svelte's own Component<Props, Exports>
export function hydrateKeepingInput<Props extends Record<string, any>, Exports extends Record<string, any>>(
  component: Component<Props, Exports>,
  root: HTMLElement,
  props: Props,
): Exports {
  const typed = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
    .filter((field) => field.value !== field.defaultValue)
    .map((field) => [field, field.value] as const);
  const instance = hydrate(component, { target: root, props });
  for (const [field, value] of typed) {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  root.dataset['ready'] = 'true';
  return instance;
}
