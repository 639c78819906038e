import { describe, expect, it } from 'vitest';
import { usualReadDate } from '../../src/lib/content/sources';

describe('usualReadDate', () => {
  it('is the day most sources were read', () => {
    expect(usualReadDate([{ accessed: '2026-11-20' }, { accessed: '2026-12-01' }, { accessed: '2026-12-01' }])).toBe('2026-12-01');
  });
  it('takes the later day when two days tie', () => {
    expect(usualReadDate([{ accessed: '2026-12-01' }, { accessed: '2026-11-20' }])).toBe('2026-12-01');
    expect(usualReadDate([{ accessed: '2026-11-20' }, { accessed: '2026-12-01' }])).toBe('2026-12-01');
  });
  it('is undefined for no sources', () => {
    expect(usualReadDate([])).toBeUndefined();
  });
});
