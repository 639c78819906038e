import { describe, expect, test } from 'vitest';
import { caseSchema } from '../../src/schemas/case';
import { checkCollection } from '../../src/lib/timelines/checks';
import type { CaseRecord } from '../../src/lib/timelines/types';
import { makeCase } from './fixtures/cases';

/** The messages the schema gives, as "path: message". */
function problems(record: unknown): string[] {
  const r = caseSchema.safeParse(record);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const seq = (...steps: [CaseRecord['ceac_sequence'][number]['status'], string | null][]) =>
  steps.map(([status, date]) => ({ status, date }));

describe('the case schema', () => {
  test('accepts a complete, consistent report', () => {
    expect(problems(makeCase())).toEqual([]);
  });

  test('rejects statuses listed out of date order, naming both steps', () => {
    const bad = makeCase({
      ceac_sequence: seq(['Administrative Processing', '2021-01-25'], ['Refused (short text)', '2021-01-22'], ['Issued', '2021-01-28']),
    });
    expect(problems(bad)).toEqual([
      expect.stringMatching(
        /^ceac_sequence\.1\.date: c90: Status 2 \(Refused \(short text\), 2021-01-22\) is dated before status 1 \(2021-01-25\)/,
      ),
    ]);
  });

  test('rejects an "issued" outcome with no Issued status', () => {
    const bad = makeCase({ ceac_sequence: seq(['Refused (short text)', '2021-01-22']), days_to_outcome: null });
    expect(problems(bad)).toEqual([expect.stringMatching(/^outcome: c90: The outcome is "issued" but no Issued status is listed/)]);
  });

  test('rejects an "issued" outcome when another status follows Issued', () => {
    const bad = makeCase({
      ceac_sequence: seq(['Issued', '2021-01-28'], ['Administrative Processing', '2021-01-29']),
      days_to_outcome: null,
    });
    expect(problems(bad)).toEqual([expect.stringMatching(/the last status must be Issued/)]);
  });

  test('rejects an Issued status on a case whose outcome is still pending', () => {
    expect(problems(makeCase({ outcome: 'pending', days_to_outcome: null }))).toEqual([
      expect.stringMatching(/^outcome: .*An Issued status is listed but the outcome is "pending"/),
    ]);
  });

  test('rejects days to outcome on a case without an outcome', () => {
    const bad = makeCase({ outcome: 'unknown', ceac_sequence: seq(['Refused (short text)', '2021-01-22']) });
    expect(problems(bad)).toEqual([expect.stringMatching(/^days_to_outcome: .*days_to_outcome is 7 but the outcome is "unknown"/)]);
  });

  test('rejects days to outcome that disagree with the dates', () => {
    expect(problems(makeCase({ days_to_outcome: 9 }))).toEqual([
      expect.stringMatching(/days_to_outcome is 9 but 2021-01-21 to 2021-01-28 is 7 days/),
    ]);
  });

  test('rejects a start date after a status was already seen', () => {
    const bad = makeCase({ started: { date: '2021-01-23', event: 'interview', basis: 'excerpt: test' }, days_to_outcome: null });
    expect(problems(bad)).toEqual([expect.stringMatching(/^started\.date: .*The case started on 2021-01-23, after status 1/)]);
  });

  test('rejects a period later than the first date in the record', () => {
    expect(problems(makeCase({ period: '2021-02' }))).toEqual([
      expect.stringMatching(/^period: .*The period \(2021-02\) is later than the first date in the record \(2021-01-21\)/),
    ]);
  });

  test('rejects a missing period unless its basis says unknown', () => {
    expect(problems(makeCase({ period: null }))).toEqual([
      expect.stringMatching(/^period_basis: .*period is null exactly when period_basis is "unknown"/),
    ]);
    expect(problems(makeCase({ period: null, period_basis: 'unknown' }))).toEqual([]);
  });

  test('rejects an officer statement on a dropbox case and a "no slip" case with a 221(g)', () => {
    expect(problems(makeCase({ channel: 'dropbox' }))).toEqual([expect.stringMatching(/^officer_said: .*dropbox case with no interview/)]);
    expect(problems(makeCase({ form_221g: true }))).toEqual([expect.stringMatching(/^slip: .*slip is "none" but form_221g is true/)]);
  });

  test('rejects an outcome date before the start, and on an outcome that has a status', () => {
    const asked = makeCase({
      outcome: 'interview-required',
      days_to_outcome: null,
      ceac_sequence: seq(['Refused (long text)', '2021-01-22']),
    });
    expect(problems({ ...asked, outcome_date: { date: '2021-01-30', basis: 'excerpt: asked to interview' } })).toEqual([]);
    expect(problems({ ...asked, outcome_date: { date: '2021-01-20', basis: 'excerpt: asked to interview' } })).toEqual([
      expect.stringMatching(/comes before the case started/),
    ]);
    expect(problems(makeCase({ outcome_date: { date: '2021-01-28', basis: 'excerpt: issued' } }))).toEqual([
      expect.stringMatching(/outcome_date is only for outcomes without a CEAC step/),
    ]);
  });

  test('rejects field values outside the vocabulary with the allowed values listed', () => {
    expect(problems(makeCase({ outcome: 'denied' as never }))).toEqual([
      expect.stringMatching(/^outcome: outcome must be one of: issued, interview-required, pending, unknown/),
    ]);
    expect(
      problems(makeCase({ ceac_sequence: [{ status: 'Approved' as never, date: null }], outcome: 'pending', days_to_outcome: null }))[0],
    ).toMatch(/^ceac_sequence\.0\.status: status must be one of/);
  });

  test('rejects impossible calendar dates, unknown fields and bad ids', () => {
    expect(
      problems(makeCase({ ceac_sequence: seq(['Refused (short text)', '2021-02-30'], ['Issued', '2021-03-02']), days_to_outcome: null })),
    ).toContain('ceac_sequence.0.date: Write a real calendar date as YYYY-MM-DD.');
    expect(problems({ ...makeCase(), name: 'Someone' })[0]).toMatch(/name/);
    expect(problems(makeCase({ id: 'case-1' }))[0]).toMatch(/^id: A case id is "c" and two or more digits/);
  });

  test('accepts a failing record when a flag names the check and says why', () => {
    const flagged = makeCase({
      days_to_outcome: 9,
      flags: [
        {
          check: 'days-disagree-with-dates',
          reason: 'The report gives 9 days but its dates give 7; the excerpt does not say which is right.',
        },
      ],
    });
    expect(problems(flagged)).toEqual([]);
  });

  test('rejects a flag on a check the record passes, so a flag cannot hide a good case', () => {
    const stale = makeCase({ flags: [{ check: 'dates-out-of-order', reason: 'Left over from an earlier version of the record.' }] });
    expect(problems(stale)).toEqual([
      expect.stringMatching(/^flags\.0\.check: c90: flag "dates-out-of-order" is set but that check passes/),
    ]);
  });

  test('a flag needs a known check and a real reason', () => {
    expect(problems(makeCase({ days_to_outcome: 9, flags: [{ check: 'days-disagree-with-dates', reason: 'bad' }] }))).toContain(
      'flags.0.reason: Explain in a sentence why the record cannot be fixed.',
    );
    expect(problems(makeCase({ flags: [{ check: 'made-up', reason: 'A reason that is long enough to pass.' }] }))[0]).toMatch(
      /^flags\.0\.check: check must be one of/,
    );
  });
});

describe('checks across the collection', () => {
  test('report a possible duplicate that names a missing case, and a repeated id', () => {
    const a = makeCase({ id: 'c01', possible_duplicate_of: 'c99' });
    const b = makeCase({ id: 'c01' });
    expect(checkCollection([a, b])).toEqual([
      'c01: the id is used twice.',
      'c01: possible_duplicate_of names c99, which is not in the dataset.',
    ]);
    expect(checkCollection([makeCase({ id: 'c01', possible_duplicate_of: 'c02' }), makeCase({ id: 'c02' })])).toEqual([]);
  });
});
