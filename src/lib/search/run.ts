/**
 * Runs a planned query against a search engine with Pagefind's shape. The engine is passed in,
 * so this is tested with a fake and used in the browser with Pagefind itself.
 */
import { combineAny, mergeTiers, type Scored } from './merge';
import { planQuery, type AliasTables, type QueryPlan } from './plan';
import { EMPTY_TABLES } from './tables';

export interface SearchEngine<R extends Scored> {
  search(query: string, options: { filters: Record<string, string> }): Promise<{ results: R[] } | null>;
}

export interface SearchOutcome<R> {
  plan: QueryPlan | null;
  results: R[];
}

export interface RunOptions {
  filters?: Record<string, string>;
  tables?: AliasTables;
  /** Below this many results, pages matching any single word are added after the others. */
  enough?: number;
}

export async function runSearch<R extends Scored>(
  engine: SearchEngine<R>,
  raw: unknown,
  { filters = {}, tables = EMPTY_TABLES, enough = 5 }: RunOptions = {},
): Promise<SearchOutcome<R>> {
  const plan = planQuery(raw, tables);
  if (!plan) return { plan, results: [] };
  const resultsOf = async (query: string) => (await engine.search(query, { filters }))?.results ?? [];

  // Variants run one at a time and only while results are short of `enough`: each new word can
  // mean another index chunk to download, and the words as typed come first anyway.
  const tiers: R[][] = [];
  let results: R[] = [];
  for (const variant of plan.variants) {
    if (results.length >= enough) break;
    tiers.push(await resultsOf(variant));
    results = mergeTiers(tiers);
  }

  if (results.length < enough && plan.anyWords.length > 1) {
    const perWord: R[][] = [];
    for (const word of plan.anyWords) perWord.push(await resultsOf(word));
    results = mergeTiers([results, combineAny(perWord)]);
  }
  return { plan, results };
}
