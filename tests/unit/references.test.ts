import { describe, expect, test } from 'vitest';
import { findBrokenReferences, findImpossibleDates, type ContentIndex } from '../../src/lib/content/references';
import { sortSources } from '../../src/lib/content/sources';
import { formatIsoDate } from '../../src/lib/dates/calendar';
import { sortByIvLifecycle } from '../../src/lib/content/status-order';

const index: ContentIndex = {
  guides: [
    { id: 'a', related: ['b'], statuses: ['refused-221g'] },
    { id: 'b', related: ['a'], statuses: [] },
  ],
  statuses: [{ id: 'refused-221g', guides: ['a'] }],
  glossary: [{ id: '221g', guide: 'a', status: 'refused-221g' }],
};

describe('findBrokenReferences', () => {
  test('finds nothing when every id exists', () => {
    expect(findBrokenReferences(index)).toEqual([]);
  });

  test('names the file and field of each broken reference', () => {
    const broken: ContentIndex = {
      guides: [{ id: 'a', related: ['a', 'zzz'], statuses: ['nope'] }],
      statuses: [{ id: 's', guides: ['missing'] }],
      glossary: [{ id: 't', guide: 'gone', status: 'gone-too' }],
    };
    expect(findBrokenReferences(broken)).toEqual([
      'src/content/guides/a.mdx: related[0] points at the guide itself.',
      'src/content/guides/a.mdx: related[1] "zzz" is not a guide id.',
      'src/content/guides/a.mdx: statuses[0] "nope" is not a status id.',
      'src/content/statuses/s.yaml: guides[0] "missing" is not a guide id.',
      'src/content/glossary/t.yaml: guide "gone" is not a guide id.',
      'src/content/glossary/t.yaml: status "gone-too" is not a status id.',
    ]);
  });
});

describe('sortSources', () => {
  test('puts official first, then secondary, then community, keeping order within a kind', () => {
    const sorted = sortSources([
      { kind: 'community', n: 1 },
      { kind: 'official', n: 2 },
      { kind: 'secondary', n: 3 },
      { kind: 'official', n: 4 },
    ] as const);
    expect(sorted.map((s) => s.n)).toEqual([2, 4, 3, 1]);
  });
});

describe('formatIsoDate', () => {
  test('writes day, month name and year', () => {
    expect(formatIsoDate('2020-03-03')).toBe('3 March 2020');
  });
  test('rejects a malformed date', () => {
    expect(() => formatIsoDate('03/03/2020')).toThrow(/YYYY-MM-DD/);
  });
});

describe('findImpossibleDates', () => {
  test('reports dates that YAML would silently roll over, with the line', () => {
    const text = 'title: x\nreviewed: 2026-02-30\naccessed: 2024-02-29\nnote: 2023-02-29 and 2026-13-01\n';
    expect(findImpossibleDates('a.mdx', text)).toEqual([
      'a.mdx: line 2: 2026-02-30 is not a real calendar date.',
      'a.mdx: line 4: 2023-02-29 is not a real calendar date.',
      'a.mdx: line 4: 2026-13-01 is not a real calendar date.',
    ]);
  });
  test('ignores longer digit runs that only contain a date-like part', () => {
    expect(findImpossibleDates('a', 'id 12026-02-30 and 2026-02-301')).toEqual([]);
  });
});

describe('sortByIvLifecycle', () => {
  test('orders immigrant-visa statuses as a case meets them, unknown ids last', () => {
    const ids = ['issued', 'zzz', 'ready', 'at-nvc', 'administrative-processing', 'in-transit'];
    const sorted = sortByIvLifecycle(ids.map((id, order) => ({ id, order })));
    expect(sorted.map((s) => s.id)).toEqual(['at-nvc', 'in-transit', 'ready', 'administrative-processing', 'issued', 'zzz']);
  });
});
