/**
 * The verdict rules, in order: the first rule whose condition holds decides. Each rule names the
 * answers it relies on (the verdict's "why" list) and the outcome content it shows; review.ts says
 * each rule in plain words for reviewers (/wizard/flow/), kept apart so it stays out of the browser. Rules only ever see the answers
 * on the wizard's path (flow.ts), so they never read an answer to a question that was not asked.
 *
 * Evidence, strongest first: CEAC "Issued"; a paper in hand (the letter outranks CEAC and what
 * was said: guide long-vs-short-refused-text); what you were asked to do; what the officer said; the
 * passport; and last, the CEAC text, which since 3 March 2020 shows 221(g) cases as Refused (guide refused-on-ceac).
 */
import type { Facts, FactKey, Meaning } from './facts';

export interface Rule {
  readonly id: string;
  readonly meaning: Meaning;
  /** Id of the entry in src/content/outcomes/ shown for this verdict. */
  readonly outcome: string;
  /** The answers this rule relies on, in the order they are explained. */
  readonly uses: readonly FactKey[];
  readonly when: (f: Facts) => boolean;
}

const interim = (f: Facts) => f.status === 'refused-long' || f.status === 'refused-short' || f.status === 'administrative-processing';
const notUpdated = (f: Facts) => f.status === 'no-status' || f.status === 'application-received';
const noPaperNoRequest = (f: Facts) => f.paper === 'none' && (f.asks === 'nothing' || f.asks === 'unsure');

export const rules: readonly Rule[] = [
  {
    id: 'issued',
    meaning: 'issued',
    outcome: 'issued',
    uses: ['status'],
    when: (f) => f.status === 'issued',
  },
  {
    id: 'ready',
    meaning: 'in-progress',
    outcome: 'iv-ready',
    uses: ['status'],
    when: (f) => f.status === 'ready',
  },
  {
    id: 'refusal-letter',
    meaning: 'refused',
    outcome: 'refusal-letter',
    uses: ['paper', 'status'],
    when: (f) => f.paper === 'refusal',
  },
  {
    id: 'documents-requested',
    meaning: 'documents-requested',
    outcome: 'documents-requested',
    uses: ['paper', 'asks', 'status'],
    when: (f) => f.asks === 'documents',
  },
  {
    id: 'dropbox-interview',
    meaning: 'interview-required',
    outcome: 'dropbox-interview',
    uses: ['route', 'paper', 'asks'],
    when: (f) => f.route === 'dropbox' && f.asks === 'interview',
  },
  {
    id: 'interview-requested',
    meaning: 'interview-required',
    outcome: 'interview-requested',
    uses: ['route', 'paper', 'asks'],
    when: (f) => f.asks === 'interview',
  },
  {
    id: 'passport-requested',
    meaning: 'likely-approved',
    outcome: 'passport-requested',
    uses: ['asks', 'status'],
    when: (f) => f.asks === 'passport',
  },
  {
    id: 'approval-slip-but-refused',
    meaning: 'unclear',
    outcome: 'mixed-signals',
    uses: ['officer', 'paper'],
    when: (f) => f.paper === 'approval' && f.officer === 'refused',
  },
  {
    id: 'approval-slip',
    meaning: 'likely-approved',
    outcome: 'approved-interim',
    uses: ['paper', 'status'],
    when: (f) => f.paper === 'approval',
  },
  {
    id: '221g-processing',
    meaning: 'administrative-processing',
    outcome: 'ap-wait',
    uses: ['paper', 'asks', 'status'],
    when: (f) => f.paper === '221g' && f.asks === 'nothing',
  },
  {
    id: '221g-unsure',
    meaning: 'unclear',
    outcome: '221g-unsure',
    uses: ['paper', 'asks', 'slip'],
    when: (f) => f.paper === '221g' && f.asks === 'unsure',
  },
  {
    id: 'told-refused-but-ap-text',
    meaning: 'unclear',
    outcome: 'mixed-signals',
    uses: ['officer', 'paper', 'status'],
    when: (f) =>
      noPaperNoRequest(f) && f.officer === 'refused' && (f.status === 'refused-long' || f.status === 'administrative-processing'),
  },
  {
    id: 'told-refused',
    meaning: 'refused',
    outcome: 'officer-refused',
    uses: ['officer', 'paper', 'status'],
    when: (f) => noPaperNoRequest(f) && f.officer === 'refused',
  },
  {
    id: 'told-221g',
    meaning: 'administrative-processing',
    outcome: 'ap-wait',
    uses: ['officer', 'paper', 'asks'],
    when: (f) => f.paper === 'none' && f.officer === '221g' && f.asks === 'nothing',
  },
  {
    id: 'told-221g-unsure',
    meaning: 'unclear',
    outcome: '221g-unsure',
    uses: ['officer', 'paper', 'asks'],
    when: (f) => f.paper === 'none' && f.officer === '221g' && f.asks === 'unsure',
  },
  {
    id: 'told-approved-passport-kept',
    meaning: 'likely-approved',
    outcome: 'approved-interim',
    uses: ['officer', 'passport', 'status'],
    when: (f) => noPaperNoRequest(f) && f.officer === 'approved' && f.passport === 'kept',
  },
  {
    id: 'told-approved-passport-returned',
    meaning: 'administrative-processing',
    outcome: 'approved-passport-returned',
    uses: ['officer', 'passport', 'status'],
    when: (f) => noPaperNoRequest(f) && f.officer === 'approved' && f.passport === 'returned',
  },
  {
    id: 'dropbox-not-updated',
    meaning: 'in-progress',
    outcome: 'dropbox-received',
    uses: ['route', 'paper', 'status'],
    when: (f) => f.route === 'dropbox' && noPaperNoRequest(f) && notUpdated(f),
  },
  {
    id: 'interview-not-updated',
    meaning: 'in-progress',
    outcome: 'not-updated-yet',
    uses: ['officer', 'paper', 'status'],
    when: (f) => f.route === 'interview' && noPaperNoRequest(f) && f.officer === 'nothing' && notUpdated(f),
  },
  {
    id: 'dropbox-passport-returned',
    meaning: 'unclear',
    outcome: 'dropbox-returned-no-letter',
    uses: ['route', 'passport', 'paper'],
    when: (f) => f.route === 'dropbox' && noPaperNoRequest(f) && f.passport === 'returned',
  },
  {
    id: 'dropbox-passport-held',
    meaning: 'administrative-processing',
    outcome: 'dropbox-ap',
    uses: ['route', 'passport', 'status'],
    when: (f) => f.route === 'dropbox' && noPaperNoRequest(f) && f.passport === 'kept' && interim(f),
  },
  {
    id: 'dropbox-other-status',
    meaning: 'unclear',
    outcome: 'not-enough-to-tell',
    uses: ['route', 'passport', 'status'],
    when: (f) => f.route === 'dropbox' && noPaperNoRequest(f) && f.passport === 'kept' && f.status === 'other',
  },
  {
    id: 'kept-no-word',
    meaning: 'in-progress',
    outcome: 'kept-no-slip',
    uses: ['officer', 'paper', 'passport', 'status'],
    when: (f) => f.route === 'interview' && noPaperNoRequest(f) && f.officer === 'nothing' && f.passport === 'kept',
  },
  {
    id: 'returned-ap-text',
    meaning: 'administrative-processing',
    outcome: 'ap-wait',
    uses: ['officer', 'passport', 'status'],
    when: (f) =>
      f.route === 'interview' &&
      noPaperNoRequest(f) &&
      f.officer === 'nothing' &&
      f.passport === 'returned' &&
      (f.status === 'refused-long' || f.status === 'administrative-processing'),
  },
  {
    id: 'returned-short-or-other',
    meaning: 'unclear',
    outcome: 'not-enough-to-tell',
    uses: ['officer', 'paper', 'passport', 'status'],
    when: (f) =>
      f.route === 'interview' &&
      noPaperNoRequest(f) &&
      f.officer === 'nothing' &&
      f.passport === 'returned' &&
      (f.status === 'refused-short' || f.status === 'other'),
  },
];

/**
 * Where the kind of visa changes a base rule's answer: the first variant whose base rule decided
 * and whose visa kinds include the answer replaces it. The visa question is asked only after these
 * base rules (questions.ts `visaMatters`).
 */
export interface VisaRule extends Rule {
  /** The base rules (ids above) this variant refines. */
  readonly of: readonly string[];
  readonly visas: readonly string[];
}

const apRules = ['221g-processing', 'told-221g', 'returned-ap-text'];
const approvedRules = ['told-approved-passport-kept', 'approval-slip', 'told-approved-passport-returned'];
const visaIs = (visas: readonly string[]) => (f: Facts) => f.visa !== undefined && visas.includes(f.visa);

export const visaRules: readonly VisaRule[] = [
  {
    // A diversity visa cannot be issued after 30 September of its fiscal year (9 FAM 502.6-4(d)).
    id: 'documents-requested-dv',
    of: ['documents-requested'],
    visas: ['iv-dv'],
    meaning: 'documents-requested',
    outcome: 'documents-requested-dv',
    uses: ['paper', 'asks', 'visa'],
    when: visaIs(['iv-dv']),
  },
  {
    // Not answering within a year ends the registration and revokes the petition (8 CFR 205.1(a)(1)).
    id: 'documents-requested-iv',
    of: ['documents-requested'],
    visas: ['iv-family', 'iv-employment'],
    meaning: 'documents-requested',
    outcome: 'documents-requested-iv',
    uses: ['paper', 'asks', 'visa'],
    when: visaIs(['iv-family', 'iv-employment']),
  },
  {
    // Online-presence review: F, M, J since June 2025, H-1B and H-4 since 15 December 2025.
    id: 'vetting-221g',
    of: apRules,
    visas: ['f-m-j', 'h-l'],
    meaning: 'administrative-processing',
    outcome: 'vetting-221g',
    uses: ['paper', 'asks', 'visa', 'status'],
    when: visaIs(['f-m-j', 'h-l']),
  },
  {
    id: 'dv-ap',
    of: apRules,
    visas: ['iv-dv'],
    meaning: 'administrative-processing',
    outcome: 'dv-ap',
    uses: ['paper', 'asks', 'visa', 'status'],
    when: visaIs(['iv-dv']),
  },
  {
    // "Approved" at the window is followed by the review's 221(g) for these visa kinds.
    id: 'approved-vetting',
    of: approvedRules,
    visas: ['f-m-j', 'h-l'],
    meaning: 'administrative-processing',
    outcome: 'approved-vetting',
    uses: ['officer', 'paper', 'passport', 'visa', 'status'],
    when: visaIs(['f-m-j', 'h-l']),
  },
];

/** Every rule: the base rules and their visa variants. */
export const allRules: readonly Rule[] = [...rules, ...visaRules];

/** The first rule that holds for a complete set of answers on the wizard's path (its visa variant, if any). */
export function matchRule(path: Facts): Rule | undefined {
  const base = rules.find((r) => r.when(path));
  if (!base) return undefined;
  return visaRules.find((v) => v.of.includes(base.id) && v.when(path)) ?? base;
}
