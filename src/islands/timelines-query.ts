/**
 * A /timelines/ link with filters in its query string (the old form of the reported-timelines
 * address): sends the reader to the page for those filters, or says which filters it left out.
 * The matching is src/lib/timelines/query.ts.
 */
import { scenarioForQuery } from '../lib/timelines/query';
import { dimensionLabels } from '../lib/timelines/vocabulary';

/** Reads the address's filters against the page's known scenario keys (data-keys on the box). */
export function followTimelinesQuery(box: HTMLElement): void {
  const result = location.search ? scenarioForQuery(location.search, new Set<string>(JSON.parse(box.dataset['keys'] ?? '[]'))) : undefined;
  if (!result) return;
  const dropped = [...result.invalid, ...result.relaxed];
  if (dropped.length === 0) {
    location.replace(result.href);
    return;
  }
  // Say what was left out rather than silently showing a broader page.
  const names = dropped.map((d) => dimensionLabels[d].toLowerCase()).join(', ');
  const p = document.createElement('p');
  p.append(`Your link asked for filters we could not combine or did not recognise (${names}). `);
  const a = document.createElement('a');
  a.href = result.href;
  a.textContent = result.href === '/timelines/reported/' ? 'See all reported cases.' : 'See the closest matching cases.';
  p.append(a);
  box.replaceChildren(p);
  box.hidden = false;
}
