import { describe, expect, test } from 'vitest';
import { findFreshnessProblems, newestSourceDate, sourceDate } from '../../src/lib/content/freshness';
import { findBrokenReferences } from '../../src/lib/content/references';

const file = 'src/content/guides/g.mdx';
const sources = [
  { accessed: '2026-11-26', dated: '2025-12-12' },
  { accessed: '2026-11-26', dated: '2026-01-14' },
];

describe('factsCurrentTo', () => {
  test('a date equal to the newest source and before the review is fine', () => {
    expect(findFreshnessProblems({ file, reviewed: '2026-11-26', factsCurrentTo: '2026-01-14', sources })).toEqual([]);
  });

  test('a date later than the review fails, naming the file and the field', () => {
    expect(findFreshnessProblems({ file, reviewed: '2026-01-10', factsCurrentTo: '2026-01-14', sources })).toEqual([
      'src/content/guides/g.mdx: factsCurrentTo 2026-01-14 is later than reviewed 2026-01-10.',
    ]);
  });

  test('a date later than every source fails', () => {
    const problems = findFreshnessProblems({ file, reviewed: '2026-11-26', factsCurrentTo: '2026-02-01', sources });
    expect(problems).toEqual([
      'src/content/guides/g.mdx: factsCurrentTo 2026-02-01 is later than the newest source (2026-01-14, from its dated or accessed field).',
    ]);
  });

  test('a source without a dated field counts by the day it was read', () => {
    expect(sourceDate({ accessed: '2026-11-26' })).toBe('2026-11-26');
    expect(newestSourceDate([{ accessed: '2025-01-01' }, { accessed: '2024-01-01', dated: '2020-01-01' }])).toBe('2025-01-01');
    expect(
      findFreshnessProblems({ file, reviewed: '2026-11-26', factsCurrentTo: '2025-06-01', sources: [{ accessed: '2025-05-01' }] }),
    ).toHaveLength(1);
  });
});

describe('change-log references', () => {
  const base = {
    guides: [{ id: 'g', related: [], statuses: [], changes: ['known'] }],
    statuses: [],
    glossary: [],
    changes: [{ id: 'known' }],
  };

  test('known ids pass', () => {
    expect(findBrokenReferences({ ...base, policies: [{ id: 'p', change: 'known' }] })).toEqual([]);
  });

  test('a guide citing an unknown change fails, naming the file and the field', () => {
    const guides = [{ ...base.guides[0]!, changes: ['known', 'missing'] }];
    expect(findBrokenReferences({ ...base, guides })).toEqual(['src/content/guides/g.mdx: changes[1] "missing" is not a change-log id.']);
  });

  test('a policy naming an unknown change fails', () => {
    expect(findBrokenReferences({ ...base, policies: [{ id: 'p', change: 'gone' }] })).toEqual([
      'src/content/policies/p.yaml: change "gone" is not a change-log id.',
    ]);
  });
});
