import { describe, it, expect } from 'vitest';
import { combineAny, mergeTiers } from '../../src/lib/search/merge';
import { runSearch as runWith, type RunOptions, type SearchEngine } from '../../src/lib/search/run';
import { siteTables } from './search-tables-data';
import { parseSearchParams, pagefindFilters, toSearchParams } from '../../src/lib/search/filters';
import { glossaryAliasPairs } from '../../src/lib/search/glossary-aliases';
import { parseAliasTables } from '../../src/lib/search/tables';

/** Searches with the site's tables (src/content/search/), as the browser does. */
const runSearch: typeof runWith = (engine, raw, options: RunOptions = {}) => runWith(engine, raw, { tables: siteTables, ...options });

const r = (id: string, score: number) => ({ id, score });

describe('mergeTiers', () => {
  it('keeps every result of a better tier ahead of a worse one, without duplicates', () => {
    expect(
      mergeTiers([
        [r('a', 1), r('b', 0.5)],
        [r('c', 9), r('a', 9)],
      ]).map((x) => x.id),
    ).toEqual(['a', 'b', 'c']);
  });
  it('returns nothing for no tiers', () => {
    expect(mergeTiers([])).toEqual([]);
  });
});

describe('combineAny', () => {
  it('ranks a page matching two words above a page matching one very well', () => {
    const pink = [r('colours', 5), r('glossary', 10)];
    const slip = [r('colours', 4), r('form', 8)];
    expect(combineAny([pink, slip]).map((x) => x.id)[0]).toBe('colours');
  });
  it('ignores empty lists and lists without positive scores', () => {
    expect(combineAny([[], [r('a', 0)]])).toEqual([]);
  });
});

/** A fake Pagefind: each query string maps to a fixed result list, and calls are recorded. */
function fakeEngine(answers: Record<string, Array<{ id: string; score: number }>>) {
  const calls: Array<{ query: string; filters: Record<string, string> }> = [];
  const engine: SearchEngine<{ id: string; score: number }> = {
    async search(query, { filters }) {
      calls.push({ query, filters });
      return { results: answers[query] ?? [] };
    },
  };
  return { engine, calls };
}

describe('runSearch', () => {
  it('searches the rewritten query and ranks its results first', async () => {
    const { engine, calls } = fakeEngine({
      'administrative processing': [r('ap-guide', 3), r('ap-status', 2)],
    });
    const outcome = await runSearch(engine, 'AP', { enough: 1 });
    expect(outcome.results.map((x) => x.id)).toEqual(['ap-guide', 'ap-status']);
    expect(calls[0]?.query).toBe('administrative processing');
  });

  it('falls back to pages matching any of the words when the whole query finds too little', async () => {
    const { engine } = fakeEngine({
      passport: [r('passport-guide', 5), r('dropbox-guide', 1)],
      returned: [r('passport-guide', 2), r('dropbox-guide', 2)],
    });
    const outcome = await runSearch(engine, 'passport returned weeks later', { enough: 5 });
    expect(outcome.results.map((x) => x.id)).toEqual(['passport-guide', 'dropbox-guide']);
  });

  it('stops trying variants once the typed words found enough pages', async () => {
    const { engine, calls } = fakeEngine({ 'pink slip': [r('a', 3), r('b', 2), r('c', 1)] });
    const outcome = await runSearch(engine, 'pink slip', { enough: 3 });
    expect(outcome.results.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(calls.map((c) => c.query)).toEqual(['pink slip']);
  });

  it('tries the next variants while results are short', async () => {
    const { engine, calls } = fakeEngine({ 'application denied': [r('a', 3)], 'application refused': [r('refused', 9), r('a', 1)] });
    const outcome = await runSearch(engine, 'application denied', { enough: 3 });
    expect(outcome.results.map((x) => x.id)).toEqual(['a', 'refused']);
    expect(calls.map((c) => c.query).slice(0, 2)).toEqual(['application denied', 'application refused']);
  });

  it('passes the filters to every query', async () => {
    const { engine, calls } = fakeEngine({});
    await runSearch(engine, 'pink slip', { filters: { kind: 'Guide' } });
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.every((c) => c.filters['kind'] === 'Guide')).toBe(true);
  });

  it('does not search for an empty query, and survives an engine that returns null', async () => {
    const { engine, calls } = fakeEngine({});
    expect((await runSearch(engine, '   ')).results).toEqual([]);
    expect(calls).toEqual([]);
    const nullEngine: SearchEngine<{ id: string; score: number }> = { search: async () => null };
    expect((await runSearch(nullEngine, 'refused')).results).toEqual([]);
  });
});

describe('search page URL state', () => {
  it('reads query, kind and topic, and builds Pagefind filters from them', () => {
    const { state, dropped } = parseSearchParams(new URLSearchParams('q=pink+slip&kind=guide&topic=221g'));
    expect(state).toEqual({ q: 'pink slip', kind: 'guide', topic: '221g' });
    expect(dropped).toEqual([]);
    expect(pagefindFilters(state)).toEqual({ kind: 'Guide', topic: '221(g) and administrative processing' });
    expect(toSearchParams(state).toString()).toBe('q=pink+slip&kind=guide&topic=221g');
  });

  it('drops unknown filter values and reports them', () => {
    const { state, dropped } = parseSearchParams(new URLSearchParams('q=x&kind=video&topic=<script>'));
    expect(state).toEqual({ q: 'x' });
    expect(dropped).toEqual(['kind', 'topic']);
    expect(pagefindFilters(state)).toEqual({});
  });

  it('treats a missing query as empty and caps a huge one', () => {
    expect(parseSearchParams(new URLSearchParams('')).state.q).toBe('');
    expect(parseSearchParams(new URLSearchParams(`q=${'a'.repeat(5000)}`)).state.q.length).toBe(200);
  });
});

describe('glossary aliases', () => {
  it('pairs each alias with its term, skipping aliases that normalize to the term', () => {
    const pairs = glossaryAliasPairs([
      { term: '221(g)', aliases: ['221 g', '221g', 'section 221(g)'] },
      { term: 'Administrative processing', aliases: ['AP', 'admin processing'] },
    ]);
    expect(pairs).toEqual([
      ['section 221g', '221g'],
      ['ap', 'administrative processing'],
      ['admin processing', 'administrative processing'],
    ]);
  });

  it('reads only well-formed pairs and words from the served JSON', () => {
    const read = parseAliasTables({
      replacements: [['ap', 'administrative processing'], ['x'], [1, 2], 'y', ['', 'z']],
      synonyms: { ap: 'x' },
      vocabulary: ['visa', 3],
    });
    expect(read).toEqual({ replacements: [['ap', 'administrative processing']], synonyms: [], vocabulary: new Set(['visa']) });
    expect(parseAliasTables(null)).toEqual({ replacements: [], synonyms: [], vocabulary: new Set() });
    expect(parseAliasTables([['ap', 'administrative processing']])).toEqual({ replacements: [], synonyms: [], vocabulary: new Set() });
  });
});
