/**
 * The search page's state lives in its URL (`/search/?q=pink+slip&kind=guide&topic=221g`), so
 * a search is a link that can be shared. Unknown or bad values are dropped and reported, never
 * thrown.
 */
import { topics, type TopicId } from '../content/topics';
import { MAX_QUERY_LENGTH } from './normalize';

/** Kinds of result, as the pages tag them with `data-pagefind-filter="kind:…"`. */
export const KINDS = [
  { id: 'guide', value: 'Guide', label: 'Guides' },
  { id: 'status', value: 'Status', label: 'Status pages' },
  { id: 'glossary', value: 'Glossary', label: 'Glossary' },
] as const;
export type KindId = (typeof KINDS)[number]['id'];

export interface SearchState {
  q: string;
  kind?: KindId;
  topic?: TopicId;
}

export interface ParsedSearch {
  state: SearchState;
  /** Parameter names whose values were not understood. */
  dropped: string[];
}

export function parseSearchParams(params: URLSearchParams): ParsedSearch {
  const dropped: string[] = [];
  const q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH).trim();
  const state: SearchState = { q };
  const kind = params.get('kind');
  if (kind) {
    const found = KINDS.find((k) => k.id === kind);
    if (found) state.kind = found.id;
    else dropped.push('kind');
  }
  const topic = params.get('topic');
  if (topic) {
    const found = topics.find((t) => t.id === topic);
    if (found) state.topic = found.id;
    else dropped.push('topic');
  }
  return { state, dropped };
}

/** The query string for a state, with empty values left out. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.kind) params.set('kind', state.kind);
  if (state.topic) params.set('topic', state.topic);
  return params;
}

/** Pagefind filters for a state: the values the pages were tagged with. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.kind) filters['kind'] = KINDS.find((k) => k.id === state.kind)!.value;
  if (state.topic) filters['topic'] = topics.find((t) => t.id === state.topic)!.label;
  return filters;
}
