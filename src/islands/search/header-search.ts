/**
 * The header search panel. Mounted by the loader the first time the search control gets focus
 * or a pointer; until then the control is a plain GET form to /search/.
 *
 * Results are a list of links after the input (not an ARIA combobox): Tab and the arrow keys
 * move through them, Escape closes the panel and returns to the input.
 */
import { loadSearch, preload, search } from './pagefind-client';
import { resultItem } from './render';
import { bestBetsBox, showBestBets } from './best-bets-view';
import { runPatiently, SEARCH_RETRY_MS, SEARCH_TIMEOUT_MS } from '../../lib/search/patience';
import { statusText } from '../../lib/search/messages';
import { typingDelay, worthSearchingWhileTyping } from '../../lib/search/typing';
import resultsStylesheet from '../../components/search/search-results.css?url';

/**
 * The panel is a quick way to a page: four results and a link to all of them. Every result
 * shown costs a download of its fragment (~3 KB), and the first query has a 100 KB budget.
 */
const PANEL_RESULTS = 4;
/** Variants beyond the typed words are tried when these give fewer than this many results. */
const PANEL_ENOUGH = 3;

/**
 * Links the panel's stylesheet once. It is not in the pages' inline CSS (about 0.5 KB gzip on every
 * page that nobody uses until they search); the panel stays hidden until results arrive, which
 * takes longer than this small file.
 */
function linkResultsStylesheet(): void {
  if (document.querySelector(`link[href="${resultsStylesheet}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = resultsStylesheet;
  document.head.append(link);
}

export function mountHeaderSearch(control: HTMLElement): void {
  if (control.dataset['mounted']) return;
  control.dataset['mounted'] = 'true';
  linkResultsStylesheet();
  const form = control.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;

  const panel = document.createElement('div');
  panel.className = 'search-panel';
  panel.id = 'site-search-panel';
  panel.hidden = true;
  const status = document.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  const list = document.createElement('ol');
  list.className = 'search-results';
  list.setAttribute('aria-label', 'Search results');
  const more = document.createElement('a');
  more.className = 'search-more';
  const best = bestBetsBox('site-search-best');
  panel.append(status, best, list, more);
  control.append(panel);
  input.setAttribute('aria-controls', panel.id);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  // No aria-expanded: it is not allowed on a searchbox, and the panel is announced through its status line.
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
  };

  const run = () => {
    const query = input.value;
    const mine = ++generation;
    const stale = () => mine !== generation;
    if (!query.trim()) {
      list.replaceChildren();
      best.hidden = true;
      status.textContent = '';
      setOpen(false);
      return;
    }
    void showBestBets(best, query, stale);
    runPatiently(() => search(query, {}, PANEL_RESULTS, PANEL_ENOUGH, stale), {
      timeoutMs: SEARCH_TIMEOUT_MS,
      retryMs: SEARCH_RETRY_MS,
      isStale: stale,
      onValue: (page) => {
        list.replaceChildren(...page.items.map(resultItem));
        status.textContent = statusText(query, page.total);
        more.href = `/search/?q=${encodeURIComponent(query.trim())}`;
        more.textContent =
          page.total > PANEL_RESULTS ? `See all ${page.total} results and filter them` : 'Open the search page to filter results';
        setOpen(true);
      },
      onFailure: () => {
        list.replaceChildren();
        status.textContent = statusText(query, 0, true);
        more.href = '/guides/';
        more.textContent = 'Browse the guides instead';
        setOpen(true);
      },
    });
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    // An emptied box closes the panel at once; a one-letter word in progress waits for the next key.
    if (input.value.trim() && !worthSearchingWhileTyping(input.value)) return;
    preload(input.value);
    timer = setTimeout(run, typingDelay(input.value));
  });

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
  control.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      setOpen(false);
      input.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (panel.hidden) return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    event.preventDefault();
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  });

  // Keyboard: close when focus moves to something outside. Pointer: close on a press outside.
  // (Not on every focusout: Safari does not focus a link on click, so a click on a result would
  // close the panel before the click lands.)
  control.addEventListener('focusout', (event) => {
    const to = event.relatedTarget as Node | null;
    if (to && !control.contains(to)) setOpen(false);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!control.contains(event.target as Node)) setOpen(false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.childElementCount > 0) setOpen(true);
  });

  // Start downloading Pagefind now: the person is about to type.
  void loadSearch().catch(() => undefined);
  // Someone may have typed before this module arrived.
  if (input.value.trim()) run();
}
