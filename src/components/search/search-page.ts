/**
 * The /search/ page. Its state is its URL (`?q=…&kind=…&topic=…`): the form is filled from the
 * URL on load, and every change is written back with replaceState, so a search is a link.
 */
import { search } from './pagefind-client';
import { resultItem } from './render';
import { statusText } from '../../lib/search/messages';
import { typingDelay, worthSearchingWhileTyping } from '../../lib/search/typing';
import { pagefindFilters, parseSearchParams, toSearchParams, type SearchState } from '../../lib/search/filters';

const PAGE_SIZE = 20;
/** Same as the header panel, so both show the same top results for the same words. */
const PAGE_ENOUGH = 3;

export function mountSearchPage(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const kind = form.querySelector<HTMLSelectElement>('select[name="kind"]')!;
  const topic = form.querySelector<HTMLSelectElement>('select[name="topic"]')!;
  const section = document.querySelector<HTMLElement>('[data-search-results]')!;
  const status = section.querySelector<HTMLElement>('[data-search-status]')!;
  const notice = section.querySelector<HTMLElement>('[data-search-notice]')!;
  const list = section.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = section.querySelector<HTMLButtonElement>('[data-search-more]')!;

  const { state, dropped } = parseSearchParams(new URLSearchParams(location.search));
  input.value = state.q;
  kind.value = state.kind ?? '';
  topic.value = state.topic ?? '';
  if (dropped.length > 0) {
    notice.hidden = false;
    notice.textContent = `This link had a ${dropped.join(' and ')} filter we do not know, so it was left out.`;
  }

  let limit = PAGE_SIZE;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const current = (): SearchState => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.set(key, value);
    return parseSearchParams(params).state;
  };

  const run = async () => {
    const next = current();
    const mine = ++generation;
    const params = toSearchParams(next).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
    section.hidden = false;
    if (!next.q) {
      list.replaceChildren();
      status.textContent = 'Type a word or two to search.';
      more.hidden = true;
      return;
    }
    try {
      const page = await search(next.q, pagefindFilters(next), limit, PAGE_ENOUGH, () => mine !== generation);
      if (mine !== generation) return;
      list.replaceChildren(...page.items.map(resultItem));
      status.textContent = statusText(next.q, page.total);
      more.hidden = page.total <= page.items.length;
    } catch {
      if (mine !== generation) return;
      list.replaceChildren();
      status.textContent = statusText(next.q, 0, true);
      more.hidden = true;
    }
  };

  const soon = () => {
    limit = PAGE_SIZE;
    clearTimeout(timer);
    timer = setTimeout(run, typingDelay(input.value));
  };
  input.addEventListener('input', () => {
    // A one-letter word in progress waits for the next key (Enter still searches it).
    if (input.value.trim() && !worthSearchingWhileTyping(input.value)) return clearTimeout(timer);
    soon();
  });
  kind.addEventListener('change', soon);
  topic.addEventListener('change', soon);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    limit = PAGE_SIZE;
    clearTimeout(timer);
    void run().then(() => list.querySelector('a')?.focus());
  });
  more.addEventListener('click', () => {
    const first = list.childElementCount;
    limit += PAGE_SIZE;
    void run().then(() => (list.querySelectorAll<HTMLAnchorElement>('a.search-result-title')[first] ?? more).focus());
  });

  if (state.q) void run();
}
