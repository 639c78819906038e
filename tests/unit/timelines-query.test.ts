import { describe, expect, test } from 'vitest';
import { scenarioForQuery } from '../../src/lib/timelines/query';

const pages = new Set(['', 'route-dropbox', 'route-dropbox/refused-long', 'refused-short', 'visa-h4', 'visa-h4/post-hyderabad']);

describe('scenarioForQuery', () => {
  test('maps a query string to the page that spells the same filters', () => {
    expect(scenarioForQuery('?refused=long&route=dropbox', pages)).toEqual({
      href: '/timelines/route-dropbox/refused-long/',
      invalid: [],
      relaxed: [],
    });
  });

  test('returns nothing when the query has no filter, so /timelines/ shows everything', () => {
    expect(scenarioForQuery('', pages)).toBeUndefined();
    expect(scenarioForQuery('?utm_source=x&q=1', pages)).toBeUndefined();
  });

  test('drops the most specific filters until a page exists, and says which', () => {
    expect(scenarioForQuery('?route=dropbox&refused=long&post=hyderabad', pages)).toEqual({
      href: '/timelines/route-dropbox/refused-long/',
      invalid: [],
      relaxed: ['post'],
    });
    expect(scenarioForQuery('?visa=h4&post=chennai', pages)).toEqual({ href: '/timelines/visa-h4/', invalid: [], relaxed: ['post'] });
  });

  test('reports unknown values and keeps the filters it understood', () => {
    expect(scenarioForQuery('?route=dropbox&refused=%3Cscript%3E', pages)).toEqual({
      href: '/timelines/route-dropbox/',
      invalid: ['refused'],
      relaxed: [],
    });
    expect(scenarioForQuery('?route=teleport', pages)).toEqual({ href: '/timelines/reported/', invalid: ['route'], relaxed: [] });
  });

  test('falls back to all cases when no combination has a page', () => {
    expect(scenarioForQuery('?officer=refused', new Set(['']))).toEqual({
      href: '/timelines/reported/',
      invalid: [],
      relaxed: ['officer'],
    });
  });
});
