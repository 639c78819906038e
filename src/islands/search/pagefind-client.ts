/**
 * Loads Pagefind and the alias table on first use and runs searches through the query layer in
 * src/lib/search. Shared by the header panel and the /search/ page; only ever imported
 * dynamically, after the person has asked for search.
 */
import type { AliasTables } from '../../lib/search/plan';
import { EMPTY_TABLES, parseAliasTables } from '../../lib/search/tables';
import { runSearch } from '../../lib/search/run';
import type { QueryPlan } from '../../lib/search/plan';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(query: string, options?: Record<string, unknown>): Promise<void>;
  search(query: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** One result as the views show it. */
export interface ResultItem {
  url: string;
  title: string;
  /** Excerpt HTML from Pagefind: text with entities escaped and matches in <mark>. */
  excerpt: string;
  kind: string;
  topic: string;
  /** The section of a long page that matched best, when it is not the page's start. */
  section?: { title: string; url: string };
}

export interface SearchPage {
  plan: QueryPlan | null;
  total: number;
  items: ResultItem[];
}

interface Loaded {
  pagefind: PagefindModule;
  tables: AliasTables;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
export const RANKING_PAGE_LENGTH = 0.2;
let loading: Promise<Loaded> | undefined;
/** Loads started so far; a retry asks for the module under a new address (see loadSearch). */
let attempts = 0;

let tablesLoading: Promise<AliasTables> | undefined;

/**
 * The search's word tables and the glossary aliases (/search/aliases.json), fetched once for the
 * search and the best bets. Search still works without them: on a failure it searches the typed
 * words as typed, and after a network error the next call fetches again.
 */
export function loadTables(): Promise<AliasTables> {
  tablesLoading ??= fetch(`${base}search/aliases.json`)
    .then(async (r) => (r.ok ? parseAliasTables(await r.json()) : EMPTY_TABLES))
    .catch(() => {
      tablesLoading = undefined;
      return EMPTY_TABLES;
    });
  return tablesLoading;
}

/** Starts loading Pagefind (idempotent). A failed load can be retried by calling again. */
export function loadSearch(): Promise<Loaded> {
  loading ??= (async () => {
    // Some browsers (Chromium 150 among them) remember a module that failed to load and fail
    // every later import() of the same address at once, so a retry asks for a new address.
    attempts += 1;
    const url = `${base}pagefind/pagefind.js${attempts > 1 ? `?attempt=${attempts}` : ''}`;
    const [pagefind, tables] = await Promise.all([import(/* @vite-ignore */ url) as Promise<PagefindModule>, loadTables()]);
    // noWorker: the worker script is a further 12 KB gzip on the first query (100 KB in all); on
    // an index this small a search takes a few milliseconds on the main thread.
    // pageLength 0.2 (default 0.75): short glossary entries and status pages otherwise outrank the
    // long guide that answers the question ("admin processing" put the AP guide 4th). Chosen with
    // the relevance table in tests/e2e/search-relevance.table.ts.
    await pagefind.options({ excerptLength: 22, noWorker: true, ranking: { pageLength: RANKING_PAGE_LENGTH } });
    await pagefind.init();
    return { pagefind, tables };
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Starts fetching the index chunks for what is being typed, before the debounced search runs.
 * Not for one- or two-letter words: a prefix that short spans several chunks nobody needs yet.
 */
export function preload(query: string): void {
  if ((query.trim().split(/\s+/).at(-1) ?? '').length < 3) return;
  void loadSearch()
    .then(({ pagefind }) => pagefind.preload(query))
    .catch(() => undefined);
}

function bestSection(data: PagefindData): PagefindSubResult | undefined {
  const sections = (data.sub_results ?? []).filter((s) => s.url.includes('#') && s.url !== data.url);
  return sections.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
}

function toItem(data: PagefindData): ResultItem {
  const section = bestSection(data);
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    excerpt: section?.excerpt ?? data.excerpt,
    kind: data.filters?.['kind']?.[0] ?? '',
    topic: data.filters?.['topic']?.[0] ?? '',
    ...(section ? { section: { title: section.title, url: section.url } } : {}),
  };
}

/**
 * Runs a search and loads the data of the first `limit` results. Fewer than `enough` results
 * from the words as typed brings in the rewritten variants (see src/lib/search/run.ts).
 */
export async function search(
  raw: string,
  filters: Record<string, string>,
  limit: number,
  enough = limit,
  /** True once a newer search has started: then the result fragments (~3 KB each) are not fetched. */
  isStale: () => boolean = () => false,
): Promise<SearchPage> {
  const { pagefind, tables } = await loadSearch();
  const { plan, results } = await runSearch(pagefind, raw, { filters, tables, enough });
  if (isStale()) return { plan, total: results.length, items: [] };
  const items = await Promise.all(results.slice(0, limit).map(async (r) => toItem(await r.data())));
  return { plan, total: results.length, items };
}
