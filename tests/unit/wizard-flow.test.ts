/**
 * Node by node (the GOV.UK smart-answers way): for each question, each answer leads to the expected
 * next question or verdict, and an answer the question does not offer is refused (the same question
 * is asked again). Tests decisions, not sentences.
 */
import { describe, expect, test } from 'vitest';
import type { Facts } from '../../src/lib/wizard/facts';
import { stepFor } from '../../src/lib/wizard/verdict';

/** Where the answers lead: a question key, or "verdict:<outcome>". */
function next(facts: Facts): string {
  const step = stepFor(facts);
  return step.kind === 'question' ? step.question.key : `verdict:${step.verdict.outcome}`;
}

const interview = { status: 'refused-long', route: 'interview' } as const;
const dropbox = { status: 'refused-long', route: 'dropbox' } as const;

type Row = [string, Facts, string];

const nodes: Record<string, Row[]> = {
  'the start': [['nothing answered yet', {}, 'status']],
  status: [
    ['Issued decides on its own', { status: 'issued' }, 'verdict:issued'],
    ['Ready decides on its own', { status: 'ready' }, 'verdict:iv-ready'],
    ['No Status asks how you applied', { status: 'no-status' }, 'route'],
    ['Application Received asks how you applied', { status: 'application-received' }, 'route'],
    ['Administrative Processing asks how you applied', { status: 'administrative-processing' }, 'route'],
    ['long Refused asks how you applied', { status: 'refused-long' }, 'route'],
    ['short Refused asks how you applied', { status: 'refused-short' }, 'route'],
    ['"something else or not sure" asks how you applied', { status: 'other' }, 'route'],
  ],
  route: [
    ['an interview asks what the officer said', { ...interview }, 'officer'],
    ['the dropbox skips the officer and asks about paper', { ...dropbox }, 'paper'],
  ],
  officer: [
    ['approved asks about paper', { ...interview, officer: 'approved' }, 'paper'],
    ['221(g) asks about paper', { ...interview, officer: '221g' }, 'paper'],
    ['refused asks about paper', { ...interview, officer: 'refused' }, 'paper'],
    ['nothing clear asks about paper', { ...interview, officer: 'nothing' }, 'paper'],
  ],
  paper: [
    ['no paper asks what you were asked to do', { ...interview, officer: 'approved', paper: 'none' }, 'asks'],
    ['a 221(g) asks what it asks you to do', { ...interview, officer: 'approved', paper: '221g' }, 'asks'],
    ['a refusal letter is a refusal', { ...interview, officer: 'approved', paper: 'refusal' }, 'verdict:refusal-letter'],
    ['an approval slip is likely approved', { ...interview, officer: 'approved', paper: 'approval' }, 'verdict:approved-interim'],
    ['an approval slip after "refused" is mixed signals', { ...interview, officer: 'refused', paper: 'approval' }, 'verdict:mixed-signals'],
    ['a dropbox refusal letter is a refusal', { ...dropbox, paper: 'refusal' }, 'verdict:refusal-letter'],
  ],
  'asks (with a 221(g) paper)': [
    ['documents', { ...interview, officer: '221g', paper: '221g', asks: 'documents' }, 'verdict:documents-requested'],
    [
      'an interview, after an interview',
      { ...interview, officer: '221g', paper: '221g', asks: 'interview' },
      'verdict:interview-requested',
    ],
    ['an interview, after the dropbox', { ...dropbox, paper: '221g', asks: 'interview' }, 'verdict:dropbox-interview'],
    ['the passport', { ...interview, officer: '221g', paper: '221g', asks: 'passport' }, 'verdict:passport-requested'],
    ['nothing (administrative processing)', { ...interview, officer: '221g', paper: '221g', asks: 'nothing' }, 'verdict:ap-wait'],
    ['not sure asks the colour', { ...interview, officer: '221g', paper: '221g', asks: 'unsure' }, 'slip'],
  ],
  'asks (no paper)': [
    ['documents by email', { ...interview, officer: 'nothing', paper: 'none', asks: 'documents' }, 'verdict:documents-requested'],
    [
      'nothing, officer said approved, asks about the passport',
      { ...interview, officer: 'approved', paper: 'none', asks: 'nothing' },
      'passport',
    ],
    [
      'not sure, officer said approved, asks about the passport',
      { ...interview, officer: 'approved', paper: 'none', asks: 'unsure' },
      'passport',
    ],
    [
      'nothing, officer said refused: refused',
      { status: 'refused-short', route: 'interview', officer: 'refused', paper: 'none', asks: 'nothing' },
      'verdict:officer-refused',
    ],
    [
      'nothing, officer said 221(g): administrative processing',
      { ...interview, officer: '221g', paper: 'none', asks: 'nothing' },
      'verdict:ap-wait',
    ],
    ['not sure, officer said 221(g): unclear', { ...interview, officer: '221g', paper: 'none', asks: 'unsure' }, 'verdict:221g-unsure'],
    [
      'nothing, nothing said, CEAC not updated: no passport question',
      { status: 'application-received', route: 'interview', officer: 'nothing', paper: 'none', asks: 'nothing' },
      'verdict:not-updated-yet',
    ],
    [
      'nothing, dropbox, CEAC not updated: in progress',
      { status: 'no-status', route: 'dropbox', paper: 'none', asks: 'nothing' },
      'verdict:dropbox-received',
    ],
    ['nothing, dropbox, Refused: asks about the passport', { ...dropbox, paper: 'none', asks: 'nothing' }, 'passport'],
  ],
  slip: [
    ...(['white', 'pink', 'yellow', 'blue', 'green', 'other'] as const).map((slip): Row => [
      `${slip} leads to the unsure-221(g) verdict`,
      { ...interview, officer: '221g', paper: '221g', asks: 'unsure', slip },
      'verdict:221g-unsure',
    ]),
  ],
  passport: [
    [
      'approved and kept: likely approved',
      { ...interview, officer: 'approved', paper: 'none', asks: 'nothing', passport: 'kept' },
      'verdict:approved-interim',
    ],
    [
      'approved and returned: administrative processing',
      { ...interview, officer: 'approved', paper: 'none', asks: 'nothing', passport: 'returned' },
      'verdict:approved-passport-returned',
    ],
    [
      'nothing said, kept: in progress',
      { ...interview, officer: 'nothing', paper: 'none', asks: 'nothing', passport: 'kept' },
      'verdict:kept-no-slip',
    ],
    [
      'nothing said, returned, long text: administrative processing',
      { ...interview, officer: 'nothing', paper: 'none', asks: 'nothing', passport: 'returned' },
      'verdict:ap-wait',
    ],
    [
      'nothing said, returned, short text: not clear',
      { status: 'refused-short', route: 'interview', officer: 'nothing', paper: 'none', asks: 'nothing', passport: 'returned' },
      'verdict:not-enough-to-tell',
    ],
    ['dropbox, held: administrative processing', { ...dropbox, paper: 'none', asks: 'nothing', passport: 'kept' }, 'verdict:dropbox-ap'],
    [
      'dropbox, returned with no letter: not clear',
      { ...dropbox, paper: 'none', asks: 'nothing', passport: 'returned' },
      'verdict:dropbox-returned-no-letter',
    ],
    [
      'dropbox, held, status unknown: not clear',
      { status: 'other', route: 'dropbox', paper: 'none', asks: 'nothing', passport: 'kept' },
      'verdict:not-enough-to-tell',
    ],
  ],
};

for (const [node, rows] of Object.entries(nodes)) {
  describe(`at ${node}`, () => {
    test.each(rows)('%s', (_name, facts, expected) => {
      expect(next(facts)).toBe(expected);
    });
  });
}

describe('an answer a question does not offer is refused', () => {
  test.each<[string, Facts, string]>([
    ['a status that is not a CEAC status', { status: 'approved' as never }, 'status'],
    ['a route that does not exist', { status: 'refused-long', route: 'mail' as never }, 'route'],
    ['an officer answer that does not exist', { ...interview, officer: 'maybe' as never }, 'officer'],
    ['a paper that does not exist', { ...interview, officer: 'approved', paper: 'visa' as never }, 'paper'],
    ['a request that does not exist', { ...interview, officer: '221g', paper: '221g', asks: 'money' as never }, 'asks'],
    ['a colour that does not exist', { ...interview, officer: '221g', paper: '221g', asks: 'unsure', slip: 'red' as never }, 'slip'],
    [
      'a passport answer that does not exist',
      { ...interview, officer: 'approved', paper: 'none', asks: 'nothing', passport: 'lost' as never },
      'passport',
    ],
  ])('%s: the question is asked again', (_name, facts, question) => {
    expect(next(facts)).toBe(question);
  });

  test('an answer to a question that is not asked does not count', () => {
    // A dropbox case has no officer: the answer is kept in the URL but ignored by the rules.
    const step = stepFor({ ...dropbox, officer: 'approved', paper: 'none', asks: 'nothing', passport: 'kept' });
    expect(step.kind).toBe('verdict');
    expect(step.facts.officer).toBeUndefined();
    expect(step.kind === 'verdict' && step.verdict.outcome).toBe('dropbox-ap');
  });

  test('later answers are kept while an earlier question is open, and count once it is answered', () => {
    const later = { officer: 'approved', paper: 'none', asks: 'nothing', passport: 'kept' } as const;
    expect(next({ status: 'refused-short', ...later })).toBe('route');
    expect(next({ status: 'refused-short', route: 'interview', ...later })).toBe('verdict:approved-interim');
  });
});
