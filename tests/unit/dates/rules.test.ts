import { describe, expect, test } from 'vitest';
import {
  INQUIRY_RULES,
  checkStatusFrom,
  inquiryWindow,
  inquiryWindows,
  issuedContactFrom,
  oneYearDeadline,
} from '../../../src/lib/dates';

describe('inquiry window', () => {
  test('is 180 days after the interview under the general guidance', () => {
    expect(inquiryWindow({ interview: '2026-03-10' })).toMatchObject({
      earliest: '2026-09-06', countedFrom: '2026-03-10', basis: 'interview',
    });
  });

  test('counts from documents sent later than the interview', () => {
    expect(inquiryWindow({ interview: '2026-03-10', documentsSent: '2026-04-01' })).toMatchObject({
      earliest: '2026-09-28', countedFrom: '2026-04-01', basis: 'documents',
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

describe('one-year deadline', () => {
  test('is the same date a year after the refusal', () => {
    expect(oneYearDeadline('2026-03-10')).toBe('2027-03-10');
    expect(oneYearDeadline('2026-12-31')).toBe('2027-12-31');
  });

  test('a refusal on February 29 has its deadline on February 28', () => {
    expect(oneYearDeadline('2024-02-29')).toBe('2025-02-28');
  });
});

describe('dates from the CEAC texts', () => {
  test('check the status two business days after the interview', () => {
    expect(checkStatusFrom('2026-07-02')).toBe('2026-07-07');
    expect(checkStatusFrom('2026-03-10')).toBe('2026-03-12');
  });

  test('ask about an issued visa after more than ten working days', () => {
    // Issued Mon 2026-11-16: 10 working days end Tue 12-01 (Thanksgiving 11-26 skipped); contact from Wed 12-02.
    expect(issuedContactFrom('2026-11-16')).toBe('2026-12-02');
  });
});
