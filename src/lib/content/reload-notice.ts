/**
 * The words of the notice a page shows when the script for one of its parts could not be loaded
 * (src/content/notices/reload.yaml, rendered by src/components/ReloadNotice.astro), matched to the
 * ids below in both directions (a missing or unknown id fails the build with the file named).
 */
import { wordsById } from './words';

export const RELOAD_NOTICE_FILE = 'src/content/notices/reload.yaml';

/** `not-loaded`: the notice; `reload`: its button; `letters-typed`: added on the letters. */
export const reloadNoticeIds = ['not-loaded', 'reload', 'letters-typed'] as const;
export type ReloadNoticeId = (typeof reloadNoticeIds)[number];

export interface ReloadNoticeWords {
  readonly text: string;
  readonly button: string;
  readonly lettersTyped: string;
}

export function reloadNoticeFrom(entries: readonly { id: string; data: { text: string } }[]): ReloadNoticeWords {
  const w = wordsById(reloadNoticeIds, entries, RELOAD_NOTICE_FILE);
  return { text: w['not-loaded'].text, button: w.reload.text, lettersTyped: w['letters-typed'].text };
}
