import { describe, expect, it } from 'vitest';
import { statusText } from '../../src/lib/search/messages';

describe('statusText', () => {
  it('counts the results for the query, and says when there are none', () => {
    expect(statusText('221g', 1)).toBe('1 result for “221g”');
    expect(statusText('  221g  ', 3)).toBe('3 results for “221g”');
    expect(statusText('zzz', 0)).toBe('No results for “zzz”. Try fewer words, or the words on your slip or status.');
    expect(statusText('   ', 4)).toBe('');
  });

  it('quotes a query with replacement patterns and braces as typed', () => {
    expect(statusText('$& $1 {q}', 2)).toBe('2 results for “$& $1 {q}”');
  });

  it('leaves direction controls out of the quoted query, so the sentence around it is not reversed', () => {
    expect(statusText('refused\u202e 221g', 2)).toBe('2 results for “refused 221g”');
    expect(statusText('\u2067pink slip\u2069\u200f', 0)).toMatch(/^No results for “pink slip”\./);
  });
});
