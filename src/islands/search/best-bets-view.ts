/**
 * Best bets above the results (src/lib/search/best-bets.ts): fetched once from
 * /search/best-bets.json, shown as a labelled list of links. Text goes in as text.
 */
import { bestBetsFor, parseBestBets, type BestBetView } from '../../lib/search/best-bets';
import { loadTables } from './pagefind-client';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let loading: Promise<BestBetView[]> | undefined;

/** The bets, fetched once; an empty list when they cannot be read (search still works without them). */
export function loadBestBets(): Promise<BestBetView[]> {
  loading ??= fetch(`${base}search/best-bets.json`)
    .then(async (r) => (r.ok ? parseBestBets(await r.json()) : []))
    .catch(() => {
      loading = undefined;
      return [];
    });
  return loading;
}

/** Fills `box` with the best bets for `query`, or empties and hides it; nothing once `isStale()`. */
export async function showBestBets(box: HTMLElement, query: string, isStale: () => boolean): Promise<void> {
  const [all, tables] = await Promise.all([loadBestBets(), loadTables()]);
  const bets = bestBetsFor(query, all, tables.replacements);
  if (isStale()) return;
  const items = bets.map((bet) => {
    const li = document.createElement('li');
    li.className = 'search-best';
    const link = document.createElement('a');
    link.className = 'search-best-title';
    link.href = bet.url;
    link.textContent = bet.title;
    const answer = document.createElement('p');
    answer.className = 'search-best-answer';
    answer.textContent = bet.answer;
    li.append(link, answer);
    return li;
  });
  const list = box.querySelector('ul') ?? box.appendChild(document.createElement('ul'));
  list.replaceChildren(...items);
  box.hidden = items.length === 0;
}

/** An empty, hidden best-bets box: a labelled region with a heading-like label and a list. */
export function bestBetsBox(id: string): HTMLElement {
  const box = document.createElement('section');
  box.className = 'search-best-bets';
  box.hidden = true;
  box.setAttribute('aria-labelledby', `${id}-label`);
  box.setAttribute('data-search-best', '');
  const label = document.createElement('p');
  label.className = 'search-best-label';
  label.id = `${id}-label`;
  label.textContent = 'Best bet';
  box.append(label, document.createElement('ul'));
  return box;
}
