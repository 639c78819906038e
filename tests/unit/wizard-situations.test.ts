/**
 * Named real-world situations, one row each: what the applicant would answer and the meaning the
 * wizard must give. Rows marked cNN follow that report in src/content/cases/reported-cases.json (2020–2021);
 * the others follow the guides and their sources. Where a report does not say something, the row says what
 * the applicant would answer ("not sure", or the most likely answer) and why.
 */
import { expect, test } from 'vitest';
import type { Facts, Meaning } from '../../src/lib/wizard/facts';
import { stepFor, stepOn } from '../../src/lib/wizard/verdict';
import { data, outcomeEntries } from './wizard-data';

const I = { route: 'interview' } as const;
const D = { route: 'dropbox' } as const;
const noPaper = { paper: 'none', asks: 'nothing' } as const;

const situations: Array<[name: string, facts: Facts, meaning: Meaning, outcome: string]> = [
  [
    'c03 J-2 renewal: "I approved your visa", passport kept, CEAC Refused, text not remembered',
    { ...I, officer: 'approved', ...noPaper, passport: 'kept', status: 'other' },
    'likely-approved',
    'approved-interim',
  ],
  [
    'c09 told approved, passport left, short-text Refused the same day',
    { ...I, officer: 'approved', ...noPaper, passport: 'kept', status: 'refused-short' },
    'likely-approved',
    'approved-interim',
  ],
  [
    'c34 CR1 told approved, passport kept, CEAC Refused (long text)',
    { ...I, officer: 'approved', ...noPaper, passport: 'kept', status: 'refused-long' },
    'likely-approved',
    'approved-interim',
  ],
  [
    'c65 H-4 told approved, no slip, CEAC shows Administrative Processing',
    { ...I, officer: 'approved', ...noPaper, passport: 'kept', status: 'administrative-processing' },
    'likely-approved',
    'approved-interim',
  ],
  [
    'c73 H-1B told approved, passport kept, months later short-text Refused',
    { ...I, officer: 'approved', ...noPaper, passport: 'kept', status: 'refused-short' },
    'likely-approved',
    'approved-interim',
  ],
  [
    'told approved the same day, CEAC still Application Received',
    { ...I, officer: 'approved', ...noPaper, passport: 'kept', status: 'application-received' },
    'likely-approved',
    'approved-interim',
  ],
  [
    'c17 green approval slip after an interview, long-text Refused again',
    { ...I, officer: 'approved', paper: 'approval', status: 'refused-long' },
    'likely-approved',
    'approved-interim',
  ],
  [
    'c05 H-4: officer only kept the passport, no slip, short-text Refused next day',
    { ...I, officer: 'nothing', ...noPaper, passport: 'kept', status: 'refused-short' },
    'in-progress',
    'kept-no-slip',
  ],
  [
    'told approved but the passport was handed back, CEAC Administrative Processing',
    { ...I, officer: 'approved', ...noPaper, passport: 'returned', status: 'administrative-processing' },
    'administrative-processing',
    'approved-passport-returned',
  ],
  [
    'c02 L-1: white 221(g), petition not in PIMS, nothing to send, Refused',
    { ...I, officer: '221g', paper: '221g', asks: 'nothing', status: 'refused-long' },
    'administrative-processing',
    'ap-wait',
  ],
  [
    'c68 221(g) for administrative processing, passport returned, long-text Refused',
    { ...I, officer: '221g', paper: '221g', asks: 'nothing', status: 'refused-long' },
    'administrative-processing',
    'ap-wait',
  ],
  [
    'c01 B-1: no slip, officer said more checks were needed, CEAC Refused (long text)',
    { ...I, officer: '221g', ...noPaper, status: 'refused-long' },
    'administrative-processing',
    'ap-wait',
  ],
  [
    'nothing said, passport returned, CEAC Administrative Processing',
    { ...I, officer: 'nothing', ...noPaper, passport: 'returned', status: 'administrative-processing' },
    'administrative-processing',
    'ap-wait',
  ],
  [
    'c07 H-1B: blue 221(g) asking for a client letter',
    { ...I, officer: '221g', paper: '221g', asks: 'documents', status: 'refused-long' },
    'documents-requested',
    'documents-requested',
  ],
  [
    'H-1B PIMS/employment letter listed on a 221(g), CEAC short-text Refused',
    { ...I, officer: '221g', paper: '221g', asks: 'documents', status: 'refused-short' },
    'documents-requested',
    'documents-requested',
  ],
  [
    'c01-style: no slip, then an email asks for more information',
    { ...I, officer: 'nothing', paper: 'none', asks: 'documents', status: 'refused-long' },
    'documents-requested',
    'documents-requested',
  ],
  [
    'c07 after the document request: the post asks for the passport',
    { ...I, officer: '221g', paper: '221g', asks: 'passport', status: 'administrative-processing' },
    'likely-approved',
    'passport-requested',
  ],
  [
    'Chennai case list says "Send Passport" for a pink-slip case',
    { ...I, officer: '221g', paper: '221g', asks: 'passport', status: 'refused-long' },
    'likely-approved',
    'passport-requested',
  ],
  [
    'c60 H-1B pink 221(g), cannot tell what it asks',
    { ...I, officer: '221g', paper: '221g', asks: 'unsure', slip: 'pink', status: 'refused-long' },
    'unclear',
    '221g-unsure',
  ],
  [
    'c63 yellow 221(g), cannot tell what it asks, CEAC Administrative Processing',
    { ...I, officer: '221g', paper: '221g', asks: 'unsure', slip: 'yellow', status: 'administrative-processing' },
    'unclear',
    '221g-unsure',
  ],
  [
    'a 221(g) of a colour not remembered, request unreadable',
    { ...I, officer: '221g', paper: '221g', asks: 'unsure', slip: 'other', status: 'refused-long' },
    'unclear',
    '221g-unsure',
  ],
  [
    'c76 white 221(g) calling the applicant back for another interview',
    { ...I, officer: '221g', paper: '221g', asks: 'interview', status: 'refused-long' },
    'interview-required',
    'interview-requested',
  ],
  [
    'c20 H-1B dropbox: passport returned with a 221(g) requiring an interview',
    { ...D, paper: '221g', asks: 'interview', status: 'refused-long' },
    'interview-required',
    'dropbox-interview',
  ],
  [
    'c21 H-4 dropbox: white 221(g) for a walk-in interview',
    { ...D, paper: '221g', asks: 'interview', status: 'other' },
    'interview-required',
    'dropbox-interview',
  ],
  [
    'c43 dropbox: quick Refused, passport back with an interview 221(g)',
    { ...D, paper: '221g', asks: 'interview', status: 'refused-short' },
    'interview-required',
    'dropbox-interview',
  ],
  [
    'c49 B1/B2 dropbox: long-text Refused, passport still at the post',
    { ...D, ...noPaper, passport: 'kept', status: 'refused-long' },
    'administrative-processing',
    'dropbox-ap',
  ],
  [
    'c06 H-1B dropbox: Application Received, then Administrative Processing',
    { ...D, ...noPaper, passport: 'kept', status: 'administrative-processing' },
    'administrative-processing',
    'dropbox-ap',
  ],
  [
    'c42 H-4 dropbox: short-text Refused, passport not back',
    { ...D, ...noPaper, passport: 'kept', status: 'refused-short' },
    'administrative-processing',
    'dropbox-ap',
  ],
  [
    'c52 H-4 dropbox a few days after drop-off: Application Received',
    { ...D, ...noPaper, status: 'application-received' },
    'in-progress',
    'dropbox-received',
  ],
  [
    'dropbox passport came back and no letter was found yet',
    { ...D, ...noPaper, passport: 'returned', status: 'refused-long' },
    'unclear',
    'dropbox-returned-no-letter',
  ],
  [
    'a 214(b) refusal letter at the window, short-text Refused',
    { ...I, officer: 'refused', paper: 'refusal', status: 'refused-short' },
    'refused',
    'refusal-letter',
  ],
  [
    '2020 H-1B refused under proclamation 10052 (212(f)) with a letter',
    { ...I, officer: 'refused', paper: 'refusal', status: 'refused-long' },
    'refused',
    'refusal-letter',
  ],
  [
    'told "refused", no letter kept, short-text Refused',
    { ...I, officer: 'refused', ...noPaper, status: 'refused-short' },
    'refused',
    'officer-refused',
  ],
  [
    'told "refused" but CEAC shows the long administrative-processing text',
    { ...I, officer: 'refused', ...noPaper, status: 'refused-long' },
    'unclear',
    'mixed-signals',
  ],
  [
    'nothing said, passport returned, short-text Refused pointing to a letter never given',
    { ...I, officer: 'nothing', ...noPaper, passport: 'returned', status: 'refused-short' },
    'unclear',
    'not-enough-to-tell',
  ],
  [
    'the day after the interview CEAC still shows No Status',
    { ...I, officer: 'nothing', ...noPaper, status: 'no-status' },
    'in-progress',
    'not-updated-yet',
  ],
  ['c35 CEAC Issued (and updated twice since)', { status: 'issued' }, 'issued', 'issued'],
  [
    'IV case Issued after a 221(g) document request',
    { ...I, officer: '221g', paper: '221g', asks: 'documents', status: 'issued' },
    'issued',
    'issued',
  ],
  ['c70 immigrant case: Refused, then Ready after new medicals were sent', { status: 'ready' }, 'in-progress', 'iv-ready'],
  [
    'c73 told approved, no slip, a client letter asked for later by email',
    { ...I, officer: 'approved', paper: 'none', asks: 'documents', status: 'refused-long' },
    'documents-requested',
    'documents-requested',
  ],
  [
    'officer said at the window to bring bank statements, no slip given',
    { ...I, officer: '221g', paper: 'none', asks: 'documents', status: 'refused-short' },
    'documents-requested',
    'documents-requested',
  ],
  [
    'c32 CR1: forgot the marriage certificate, 221(g) for it, passport returned',
    { ...I, officer: '221g', paper: '221g', asks: 'documents', status: 'other' },
    'documents-requested',
    'documents-requested',
  ],
  [
    'dropbox passport returned with a 221(g) asking for documents',
    { ...D, paper: '221g', asks: 'documents', status: 'refused-long' },
    'documents-requested',
    'documents-requested',
  ],
  [
    'c41 B-1: documents sent by email, then an email asks for the passport while CEAC still says Refused',
    { ...I, officer: '221g', paper: '221g', asks: 'passport', status: 'refused-long' },
    'likely-approved',
    'passport-requested',
  ],
  [
    'c11 PIMS 221(g), no further documents needed, passport kept',
    { ...I, officer: '221g', paper: '221g', asks: 'nothing', status: 'refused-long' },
    'administrative-processing',
    'ap-wait',
  ],
  [
    'c38 CR1 221(g), later called for a second interview',
    { ...I, officer: '221g', paper: '221g', asks: 'interview', status: 'other' },
    'interview-required',
    'interview-requested',
  ],
  [
    'c50 Mexico B1/B2 renewal without interview: Refused, passport not back',
    { ...D, ...noPaper, passport: 'kept', status: 'refused-long' },
    'administrative-processing',
    'dropbox-ap',
  ],
  [
    'IV refusal letter under 212(a)(4) public charge',
    { ...I, officer: 'refused', paper: 'refusal', status: 'other' },
    'refused',
    'refusal-letter',
  ],
  [
    'told approved, passport handed back, CEAC short-text Refused',
    { ...I, officer: 'approved', ...noPaper, passport: 'returned', status: 'refused-short' },
    'administrative-processing',
    'approved-passport-returned',
  ],
  [
    'told refused at the window, not sure whether anything was asked since, CEAC not updated',
    { ...I, officer: 'refused', paper: 'none', asks: 'unsure', status: 'application-received' },
    'refused',
    'officer-refused',
  ],
  [
    'CEAC Issued although a refusal letter is in the link: Issued decides, the outcome says what a visa-less passport means',
    { status: 'issued', route: 'interview', officer: 'refused', paper: 'refusal' },
    'issued',
    'issued',
  ],
  ['CR1 case at the embassy waiting for its interview: Ready', { status: 'ready' }, 'in-progress', 'iv-ready'],
];

test('the table has at least 30 situations', () => {
  expect(situations.length).toBeGreaterThanOrEqual(30);
});

test.each(situations.map(([name, facts, meaning, outcome]) => [`${name} → ${meaning}`, facts, meaning, outcome] as const))(
  '%s',
  (_name, facts, meaning, outcome) => {
    const step = stepFor(facts);
    expect(step.kind, 'the wizard should have every answer it needs').toBe('verdict');
    if (step.kind !== 'verdict') return;
    expect(step.verdict.meaning).toBe(meaning);
    expect(step.verdict.outcome).toBe(outcome);
  },
);

/**
 * 2025–26 situations, decided for a given day (stepOn: the time, visa and nationality rules), each
 * with the meaning, the outcome and a piece of advice the verdict's words must contain. They follow
 * the 2025–26 measures in src/content/policies/ and the sources of the outcomes named.
 */
const ap221 = { ...I, officer: '221g', paper: '221g', asks: 'nothing', status: 'refused-long' } as const;
const docs221 = { ...I, officer: '221g', paper: '221g', asks: 'documents', status: 'refused-long' } as const;
const approvedKept = { ...I, officer: 'approved', ...noPaper, passport: 'kept', status: 'refused-long' } as const;
const letter = { ...I, officer: 'refused', paper: 'refusal', status: 'refused-short' } as const;

const situations2026: Array<[name: string, facts: Facts, today: string, meaning: Meaning, outcome: string, advice: RegExp]> = [
  [
    'F-1 student told approved, then long-text Refused (June 2025 review)',
    { ...approvedKept, visa: 'f-m-j', since: '2026-08-10' },
    '2026-08-20',
    'administrative-processing',
    'approved-vetting',
    /profiles to public/,
  ],
  [
    'J-1 exchange visitor with a 221(g) for administrative processing',
    { ...ap221, visa: 'f-m-j', since: '2026-07-01' },
    '2026-08-01',
    'administrative-processing',
    'vetting-221g',
    /normal path/,
  ],
  [
    'H-1B in India after 15 December 2025: "approved", then a 221(g) slip asking for nothing',
    { ...ap221, visa: 'h-l', since: '2026-01-12' },
    '2026-02-01',
    'administrative-processing',
    'vetting-221g',
    /21 September 2025/,
  ],
  [
    'H-4 spouse told approved, passport kept, CEAC Administrative Processing',
    { ...approvedKept, status: 'administrative-processing', visa: 'h-l', since: '2026-02-02' },
    '2026-02-10',
    'administrative-processing',
    'approved-vetting',
    /Do not delete posts/,
  ],
  [
    'H-1B trust-and-safety worker in administrative processing',
    { ...ap221, visa: 'h-l', since: '2026-03-01' },
    '2026-04-01',
    'administrative-processing',
    'vetting-221g',
    /trust and safety/,
  ],
  [
    'B1/B2 visitor told approved, no slip, 77 days later still Refused',
    { ...approvedKept, visa: 'b', since: '2026-09-15' },
    '2026-12-01',
    'administrative-processing',
    'interim-expired',
    /180 days/,
  ],
  [
    'told approved, passport kept, 10 days after the interview',
    { ...approvedKept, since: '2026-11-21' },
    '2026-12-01',
    'likely-approved',
    'approved-interim',
    /official guidance for administrative processing/,
  ],
  [
    'old link without a visa kind or date keeps its meaning',
    approvedKept,
    '2026-12-01',
    'likely-approved',
    'approved-interim',
    /interim display/,
  ],
  [
    'CR1 spouse with a documents request ten months old',
    { ...docs221, visa: 'iv-family', since: '2026-02-01' },
    '2026-12-01',
    'documents-requested',
    'documents-requested-iv',
    /revokes the approved petition/,
  ],
  [
    'EB-2 case: documents request, the year has passed',
    { ...docs221, visa: 'iv-employment', since: '2025-11-15' },
    '2026-12-01',
    'refused',
    'documents-deadline-passed-iv',
    /reinstated/,
  ],
  [
    'B-2 visitor: documents request, the year has passed',
    { ...docs221, visa: 'b', since: '2025-10-01' },
    '2026-12-01',
    'refused',
    'documents-deadline-passed',
    /new application/,
  ],
  [
    'documents request with no visa kind: the advice names the petition risk',
    { ...docs221, since: '2026-06-01' },
    '2026-12-01',
    'documents-requested',
    'documents-requested',
    /revokes the approved petition/,
  ],
  [
    'DV-2026 selectee with a documents request in August 2026',
    { ...docs221, visa: 'iv-dv', since: '2026-05-20' },
    '2026-08-25',
    'documents-requested',
    'documents-requested-dv',
    /30 September/,
  ],
  [
    'DV-2026 selectee in administrative processing in September 2026',
    { ...ap221, visa: 'iv-dv', since: '2026-06-10' },
    '2026-09-10',
    'administrative-processing',
    'dv-ap',
    /Do not wait the usual 180 days/,
  ],
  [
    'DV-2026 selectee still in administrative processing in December 2026',
    { ...ap221, visa: 'iv-dv', since: '2026-06-10' },
    '2026-12-01',
    'refused',
    'dv-deadline-passed',
    /Do not pay anyone/,
  ],
  [
    'DV-2027 selectee interviewed in November 2026',
    { ...ap221, visa: 'iv-dv', since: '2026-11-02' },
    '2026-12-01',
    'administrative-processing',
    'dv-ap',
    /30 September/,
  ],
  [
    'Iranian student in administrative processing (full suspension since June 2025)',
    { ...ap221, visa: 'f-m-j', nationality: 'ir', since: '2026-02-01' },
    '2026-12-01',
    'on-hold',
    'on-hold-suspension',
    /Do not rely on the 180-day wait/,
  ],
  [
    'Iranian applicant with a 212(f) refusal letter',
    { ...letter, nationality: 'ir' },
    '2026-12-01',
    'refused',
    'refused-212f',
    /reconsidered without a new fee/,
  ],
  [
    'Haitian CR1 spouse in administrative processing after 1 January 2026 (no immediate-relative exception)',
    { ...ap221, visa: 'iv-family', nationality: 'ht' },
    '2026-03-01',
    'on-hold',
    'on-hold-suspension',
    /exception/,
  ],
  [
    'Nigerian B1/B2 applicant in administrative processing (partial suspension from 2026)',
    { ...ap221, visa: 'b', nationality: 'ng' },
    '2026-12-01',
    'on-hold',
    'on-hold-suspension',
    /212\(f\)/,
  ],
  [
    'Nigerian H-1B applicant: the partial suspension does not cover H visas',
    { ...ap221, visa: 'h-l', nationality: 'ng' },
    '2026-12-01',
    'administrative-processing',
    'vetting-221g',
    /online-presence review/,
  ],
  [
    'Nigerian B1/B2 applicant in administrative processing in December 2025, before the partial suspension',
    { ...ap221, visa: 'b', nationality: 'ng' },
    '2025-12-15',
    'administrative-processing',
    'ap-wait',
    /180 days/,
  ],
  [
    'Pakistani spouse-visa applicant under the 75-country immigrant-visa pause',
    { ...docs221, visa: 'iv-family', nationality: 'pk', since: '2026-03-01' },
    '2026-12-01',
    'on-hold',
    'on-hold-pause',
    /petition/,
  ],
  [
    'Pakistani B1/B2 applicant: the immigrant-visa pause does not apply',
    { ...ap221, visa: 'b', nationality: 'pk' },
    '2026-12-01',
    'administrative-processing',
    'ap-wait',
    /180 days/,
  ],
  [
    'Afghan special-immigrant applicant after the November 2025 pause',
    { ...ap221, visa: 'iv-employment', nationality: 'af' },
    '2026-12-01',
    'on-hold',
    'on-hold-suspension',
    /exception/,
  ],
  [
    'Venezuelan student told approved (partial suspension)',
    { ...approvedKept, visa: 'f-m-j', nationality: 've' },
    '2026-12-01',
    'on-hold',
    'on-hold-suspension',
    /official page/,
  ],
  [
    'Bhutanese visitor in administrative processing: visa bond pilot is advice, not a hold',
    { ...ap221, visa: 'b', nationality: 'bt' },
    '2026-12-01',
    'administrative-processing',
    'ap-wait',
    /180 days/,
  ],
  [
    'French passport: on no list, nothing changes',
    { ...ap221, visa: 'f-m-j', nationality: 'fr' },
    '2026-12-01',
    'administrative-processing',
    'vetting-221g',
    /profiles to public/,
  ],
  [
    'Issued visa for a listed nationality stays issued',
    { status: 'issued', visa: 'iv-family', nationality: 'ir' },
    '2026-12-01',
    'issued',
    'issued',
    /.+/,
  ],
  [
    'dropbox B1/B2 renewal, Application Received: no 2019 date is promised',
    { ...D, ...noPaper, status: 'application-received', visa: 'b', since: '2026-11-20' },
    '2026-12-01',
    'in-progress',
    'dropbox-received',
    /no current official figure/,
  ],
];

test('the 2025–26 table has at least 25 situations', () => {
  expect(situations2026.length).toBeGreaterThanOrEqual(25);
});

const words = (id: string) => {
  const o = outcomeEntries.get(id)!;
  return [o.title, o.summary, ...o.doNow, ...o.dontDo, ...o.worryWhen, ...o.changes].join(' ');
};

test.each(
  situations2026.map(
    ([name, facts, today, meaning, outcome, advice]) =>
      [`${name} (${today}) → ${meaning}`, facts, today, meaning, outcome, advice] as const,
  ),
)('%s', (_name, facts, today, meaning, outcome, advice) => {
  const step = stepOn(facts, today, data);
  expect(step.kind, 'the wizard should have every answer it needs').toBe('verdict');
  expect(step.decided?.meaning).toBe(meaning);
  expect(step.decided?.outcome).toBe(outcome);
  expect(step.decided?.asOf).toBe(today);
  expect(words(outcome)).toMatch(advice);
});

test('every refusal-type verdict says once that a 221(g) counts as a refusal on later ESTA and visa forms', () => {
  const refusalType = [...outcomeEntries].filter(
    ([id, o]) => ['refused', 'administrative-processing', 'documents-requested', 'on-hold'].includes(o.meaning) || id === '221g-unsure',
  );
  expect(refusalType.length).toBeGreaterThan(15);
  for (const [id, o] of refusalType) {
    const mentions = [...o.doNow, ...o.dontDo, ...o.worryWhen, ...o.changes].filter((t) => /ESTA/.test(t)).length;
    expect(mentions, id).toBe(1);
  }
});
