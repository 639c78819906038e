/**
 * The /search/ page. Its state is its URL (`?q=…&kind=…&topic=…`): the form is filled from the
 * URL on load, and a submitted search (Enter, the button, or a change of filter) is written back
 * with replaceState, so a search is a link. Text being typed stays out of the address
 * (docs/design.md §5.4): results follow the typing, the address follows only a submit.
 */
import { search } from './pagefind-client';
import { resultItem } from './render';
import { bestBetsBox, showBestBets } from './best-bets-view';
import { runPatiently, SEARCH_RETRY_MS, SEARCH_TIMEOUT_MS } from '../../lib/search/patience';
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
  const best = bestBetsBox('search-page-best');
  status.after(best);

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

  /** Writes the submitted search into the address. */
  const commit = () => {
    const params = toSearchParams(current()).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
  };

  /** Resolves when results (or the failure message) are shown. */
  const run = () =>
    new Promise<void>((done) => {
      const next = current();
      const mine = ++generation;
      const stale = () => mine !== generation;
      section.hidden = false;
      if (!next.q) {
        list.replaceChildren();
        best.hidden = true;
        status.textContent = 'Type a word or two to search.';
        more.hidden = true;
        return done();
      }
      // Results and bets are shown together before the caller moves focus.
      const bets = showBestBets(best, next.q, stale);
      const finish = () => void bets.then(done);
      runPatiently(() => search(next.q, pagefindFilters(next), limit, PAGE_ENOUGH, stale), {
        timeoutMs: SEARCH_TIMEOUT_MS,
        retryMs: SEARCH_RETRY_MS,
        isStale: stale,
        onValue: (page) => {
          list.replaceChildren(...page.items.map(resultItem));
          status.textContent = statusText(next.q, page.total);
          more.hidden = page.total <= page.items.length;
          finish();
        },
        onFailure: () => {
          list.replaceChildren();
          status.textContent = statusText(next.q, 0, true);
          more.hidden = true;
          finish();
        },
      });
    });

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
  // A filter is chosen on purpose: like a submit, it goes into the address.
  const filtered = () => {
    commit();
    soon();
  };
  kind.addEventListener('change', filtered);
  topic.addEventListener('change', filtered);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    limit = PAGE_SIZE;
    clearTimeout(timer);
    commit();
    void run().then(() => (best.hidden ? list : best).querySelector('a')?.focus());
  });
  more.addEventListener('click', () => {
    const first = list.childElementCount;
    limit += PAGE_SIZE;
    void run().then(() => (list.querySelectorAll<HTMLAnchorElement>('a.search-result-title')[first] ?? more).focus());
  });

  if (state.q) void run();
}
