/**
 * Computes a verdict's dated lines off the page's initial JavaScript: the island starts this worker
 * only once a date is known. A worker rather than a dynamic import because Vite wraps dynamic
 * imports in a 1.6 KB gzip preload helper (docs/adr/005-wizard-javascript-budget.md).
 * Message in: { kinds, since, today, words }; message out: the list as HTML (dated.ts).
 */
import { datesHtml } from './dated';

self.onmessage = (event: MessageEvent) => {
  const { kinds, since, today, words } = event.data;
  self.postMessage(datesHtml(kinds, since, today, words));
};
