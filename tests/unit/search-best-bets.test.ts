import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { bestBetSchema, type BestBet } from '../../src/schemas/best-bet';
import { bestBetsFor as betsWith, parseBestBets, MAX_BEST_BETS, type BestBetView } from '../../src/lib/search/best-bets';
import { siteTables } from './search-tables-data';

/** The bets with the site's replacements (src/content/search/aliases.yaml), as the browser finds them. */
const bestBetsFor = <B extends BestBetView>(raw: unknown, bets: readonly B[]) => betsWith(raw, bets, siteTables.replacements);

const dir = new URL('../../src/content/best-bets/', import.meta.url);
/** The best-bet collection as the build reads it. */
const entries: (BestBet & { id: string })[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...bestBetSchema.parse(parse(readFileSync(new URL(f, dir), 'utf8'))) }));
const bets: BestBetView[] = entries.map(({ id, title, url, answer, all, none, order }) => ({ id, title, url, answer, all, none, order }));
const ids = (query: string) => bestBetsFor(query, bets).map((b) => b.id);

describe('best bets', () => {
  test('the collection has the three task questions', () => {
    expect(entries.map((e) => e.id).sort()).toEqual(['h1b-stamping', 'how-long-administrative-processing', 'refused-is-not-denied']);
  });

  describe.each(entries.map((e) => ({ id: e.id, examples: e.examples, counter: e.counterExamples })))(
    '$id',
    ({ id, examples, counter }) => {
      test.each(examples)('"%s" shows it', (query) => expect(ids(query)).toContain(id));
      if (counter.length > 0) test.each(counter)('"%s" does not show it', (query) => expect(ids(query)).not.toContain(id));
    },
  );

  test.each([
    ['is 221g a rejection', 'refused-is-not-denied'],
    ['IS 221(G) A DENIAL', 'refused-is-not-denied'],
    ['is 221 g rejected', 'refused-is-not-denied'],
    ['is 221-g a denail', 'refused-is-not-denied'],
    ['refused means denied', 'refused-is-not-denied'],
    ['refusd mean denied?', 'refused-is-not-denied'],
    ['221g how long', 'how-long-administrative-processing'],
    ['221 g how long', 'how-long-administrative-processing'],
    ['how long does administrative processing take', 'how-long-administrative-processing'],
    ['how long administrtive processing', 'how-long-administrative-processing'],
    ['h1b stamping', 'h1b-stamping'],
    ['h-1b stamping', 'h1b-stamping'],
    ['H1-B stamping', 'h1b-stamping'],
  ])('"%s" as people type it leads to %s first', (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });

  test('"h1b stamping" does not lead to the real-refusal guide', () => {
    expect(
      bestBetsFor('h1b stamping', bets)
        .map((b) => b.url)
        .join(' '),
    ).not.toContain('real-refusal');
  });

  test('a how-long question leads to the duration section of the administrative-processing guide', () => {
    expect(bestBetsFor('how long does administrative processing take', bets)[0]?.url).toBe(
      '/guides/administrative-processing/#how-long-it-takes',
    );
  });

  test('ordinary queries show no best bet', () => {
    for (const q of ['pink slip', '221g', 'passport returned', 'refused', 'dropbox', '', '   ']) expect(ids(q), q).toEqual([]);
  });

  test('at most two bets show, in their order', () => {
    const many = [1, 2, 3].map((n) => ({ id: `b${n}`, title: 't', url: '/x/', answer: 'a', all: [['pink']], none: [], order: 10 - n }));
    expect(bestBetsFor('pink', many).map((b) => b.id)).toEqual(['b3', 'b2']);
    expect(MAX_BEST_BETS).toBe(2);
  });

  test('the JSON reader keeps well-formed bets and drops the rest', () => {
    const good = bets[0]!;
    expect(parseBestBets([good, { ...good, url: '//evil.example/' }, { ...good, all: 'x' }, null, 3])).toEqual([good]);
    expect(parseBestBets({})).toEqual([]);
  });
});
