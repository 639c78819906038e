import { describe, expect, test } from 'vitest';
import { INQUIRY_RULES, inquiryWindow, inquiryWindows } from '../../../src/lib/dates';

describe('inquiry window', () => {
  test('is 180 days after the interview under the general guidance', () => {
    expect(inquiryWindow({ interview: '2026-03-10' })).toMatchObject({
      earliest: '2026-09-06',
      countedFrom: '2026-03-10',
      basis: 'interview',
    });
  });

  test('counts from documents sent later than the interview', () => {
    expect(inquiryWindow({ interview: '2026-03-10', documentsSent: '2026-04-01' })).toMatchObject({
      earliest: '2026-09-28',
      countedFrom: '2026-04-01',
      basis: 'documents',
    });
  });

  test('ignores a document date before the interview', () => {
    expect(inquiryWindow({ interview: '2026-03-10', documentsSent: '2026-02-01' }).basis).toBe('interview');
  });

  test('gives every known rule, each with a quoted source', () => {
    const all = inquiryWindows({ interview: '2026-03-10' });
    expect(all.map((w) => [w.rule.id, w.earliest])).toEqual([
      ['state-department-180', '2026-09-06'],
      ['colombia-120', '2026-07-08'],
      ['older-60', '2026-05-09'],
    ]);
    for (const rule of INQUIRY_RULES) {
      expect(rule.source.quote).toContain(String(rule.days));
      expect(rule.source.site).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
    }
  });
});
