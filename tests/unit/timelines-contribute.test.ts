import { describe, expect, test } from 'vitest';
import { buildContribution, emptyContribution, privacyProblems, type ContributionInput } from '../../src/lib/timelines/contribute';
import { caseSchema } from '../../src/schemas/case';

const filled: ContributionInput = {
  ...emptyContribution,
  visa: ' H-4 ',
  channel: 'interview',
  post: 'Hyderabad',
  started: '2021-01-21',
  officer: 'approved',
  slip: 'none',
  form221g: 'no',
  passport: 'kept',
  steps: [
    { status: 'Refused (short text)', date: '2021-01-22', note: '' },
    { status: 'Administrative Processing', date: '2021-01-25', note: 'three days later' },
    { status: 'Issued', date: '2021-01-28', note: '' },
    { status: '', date: '', note: '' },
  ],
  outcome: 'issued',
  excerpt: 'H4 interview, told approved; Refused the next day, AP after three days, Issued a week after the interview.',
  lesson: 'A Refused the day after an approval turned into Issued within a week.',
};

describe('the contribution snippet', () => {
  test('turns a filled form into a record the build accepts, with days worked out', () => {
    const { record, problems, json } = buildContribution(filled);
    expect(problems).toEqual([]);
    expect(caseSchema.safeParse(JSON.parse(json)).success).toBe(true);
    expect(record).toMatchObject({
      id: 'c00',
      visa: 'H-4',
      officer_said: 'approved',
      form_221g: false,
      days_to_outcome: 7,
      period: '2021-01',
      period_basis: 'stated',
      started: { date: '2021-01-21', event: 'interview' },
    });
    expect(record.ceac_sequence).toHaveLength(3);
    expect(record.ceac_sequence[1]).toEqual({ status: 'Administrative Processing', date: '2021-01-25', note: 'three days later' });
  });

  test('an empty form gives a skeleton with every field and says what is missing', () => {
    const { record, problems } = buildContribution(emptyContribution);
    expect(Object.keys(record)).toEqual([
      'id',
      'source_excerpt',
      'visa',
      'channel',
      'post',
      'officer_said',
      'slip',
      'slip_reason',
      'form_221g',
      'passport',
      'passport_note',
      'ceac_sequence',
      'outcome',
      'days_to_outcome',
      'days_note',
      'period',
      'period_basis',
      'lesson',
      'ambiguity',
      'possible_duplicate_of',
    ]);
    expect(record).toMatchObject({ outcome: 'pending', period: null, period_basis: 'unknown' });
    expect(problems).toEqual([
      'What happened: describe your case in a sentence or two (at least 20 characters).',
      'What others can learn: add a sentence (at least 10 characters).',
    ]);
  });

  test('reports the same impossible records the build rejects', () => {
    const backwards = { ...filled, steps: [filled.steps[1]!, filled.steps[0]!, filled.steps[2]!] };
    expect(buildContribution(backwards).problems).toEqual([
      expect.stringMatching(/^Status 2 \(Refused \(short text\), 2021-01-22\) is dated before status 1/),
    ]);
    const noIssued = { ...filled, steps: filled.steps.slice(0, 2) };
    expect(buildContribution(noIssued).problems).toEqual([
      expect.stringMatching(/^The outcome is "issued" but no Issued status is listed/),
    ]);
  });

  test('rejects bad dates and an outcome date that does not fit the outcome', () => {
    expect(buildContribution({ ...filled, started: '2021-02-30' }).problems).toContain(
      'Interview or drop-off date: write a real date as YYYY-MM-DD.',
    );
    expect(buildContribution({ ...filled, outcomeDate: '2021-01-28' }).problems).toContain(
      'Outcome date: only give it when you were asked to come to an interview; for an issued visa, date the Issued status.',
    );
    const asked = buildContribution({
      ...filled,
      outcome: 'interview-required',
      outcomeDate: '2021-02-01',
      steps: filled.steps.slice(0, 2),
    });
    expect(asked.problems).toEqual([]);
    expect(asked.record).toMatchObject({ days_to_outcome: 11, outcome_date: { date: '2021-02-01' } });
  });

  test('refuses personal data in any text field', () => {
    const leaky = { ...filled, excerpt: `${filled.excerpt} Write to me at someone@example.com`, post: 'Call +919876543210' };
    expect(buildContribution(leaky).problems).toEqual([
      'What happened: remove an e-mail address. Published cases carry no personal data.',
      'Post: remove a phone number or long number. Published cases carry no personal data.',
    ]);
  });
});

describe('the personal-data screen', () => {
  test('finds e-mail addresses, CEAC ids, case and passport numbers, phone numbers and links', () => {
    expect(privacyProblems('a@b.co')).toEqual(['an e-mail address']);
    expect(privacyProblems('my id AA00B7QPGN')).toEqual(['a CEAC application id']);
    expect(privacyProblems('receipt IOE1234567890')).toEqual(['a case or receipt number']);
    expect(privacyProblems('passport K1234567')).toEqual(['a passport number']);
    expect(privacyProblems('call 603-334-0700')).toEqual(['a phone number or long number']);
    expect(privacyProblems('see https://example.com')).toEqual(['a link']);
  });

  test('lets ordinary case descriptions through, dates and day counts included', () => {
    expect(privacyProblems('Interview 21 Jan 2021 at Hyderabad; AP on 2021-01-25, Issued after 11 business days (221(g), H-1B).')).toEqual(
      [],
    );
  });
});
