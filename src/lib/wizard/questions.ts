/**
 * The wizard's questions as routing data: one per fact, in the order they are asked, each with the
 * condition under which the rules need it and the answers it offers. The words for each question
 * and answer live in src/content/wizard/questions.yaml (they reach the browser as HTML props, not
 * as JavaScript; words-from.ts checks them against these questions both ways), so a
 * copy change never touches the routing. Why this order, and how "I'm not sure" and immigrant
 * visas fit the fixed URL facts: docs/adr/004-wizard-facts-and-flow.md.
 */
import { factValues, type EnumFactKey, type Facts } from './facts';
import { matchRule } from './rules';

/**
 * Base rules whose answer or advice depends on the kind of visa: a documents request (petition and
 * DV-year risks for immigrant visas), administrative processing (online-presence review for F, M, J
 * and H/L; the DV year), and "approved" at the window (the same review). Elsewhere the visa kind is
 * only asked by the optional passport check on the verdict (policy.ts).
 */
export const visaMatters: readonly string[] = [
  'documents-requested',
  '221g-processing',
  'told-221g',
  'returned-ap-text',
  'told-approved-passport-kept',
  'approval-slip',
  'told-approved-passport-returned',
];

export interface Question<K extends EnumFactKey = EnumFactKey> {
  readonly key: K;
  /** Whether the rules need this answer, given the earlier ones. */
  readonly askedWhen: (facts: Facts) => boolean;
  /** The answers offered, in display order (a subset of the contract's values, docs/design.md §5.1). */
  readonly options: readonly string[];
  /** Answers that mean "I'm not sure"; the verdict then says what that uncertainty means. */
  readonly unsure?: readonly string[];
  /**
   * A refining question: the verdict is shown without it (so links made before it keep their
   * meaning), and the verdict offers its answers, which can change the advice or the meaning.
   */
  readonly optional?: boolean;
}

const notUpdated = (f: Facts) => f.status === 'no-status' || f.status === 'application-received';

/** Every question, in the order the wizard asks them. */
export const questions: readonly Question[] = [
  { key: 'status', askedWhen: () => true, options: factValues.status, unsure: ['other'] },
  // Issued and Ready decide on their own (rules.ts), so how you applied is not needed for them.
  { key: 'route', askedWhen: (f) => f.status !== 'issued' && f.status !== 'ready', options: factValues.route },
  { key: 'officer', askedWhen: (f) => f.route === 'interview', options: factValues.officer, unsure: ['nothing'] },
  { key: 'paper', askedWhen: (f) => f.route === 'interview' || f.route === 'dropbox', options: factValues.paper },
  // With no paper an email may still have asked for something since.
  { key: 'asks', askedWhen: (f) => f.paper === '221g' || f.paper === 'none', options: factValues.asks, unsure: ['unsure'] },
  // Only when the applicant cannot read what the slip asks: the colour never decides the meaning
  // (guide 221g-slip-colours), but a post's own old statement about it can help them read it.
  { key: 'slip', askedWhen: (f) => f.paper === '221g' && f.asks === 'unsure', options: factValues.slip, unsure: ['other'] },
  {
    key: 'passport',
    askedWhen: (f) =>
      f.paper === 'none' &&
      (f.asks === 'nothing' || f.asks === 'unsure') &&
      (f.officer === 'approved' || ((f.route === 'dropbox' || f.officer === 'nothing') && !notUpdated(f))),
    options: factValues.passport,
  },
  // Last, once the other answers decide a base verdict, and only where the visa kind changes it.
  // Visa-specific rules need f.visa, so without it matchRule gives the base rule.
  {
    key: 'visa',
    askedWhen: (f) => {
      const rule = matchRule(f);
      return rule !== undefined && visaMatters.includes(rule.id);
    },
    options: factValues.visa,
    optional: true,
  },
];

export function questionFor(key: EnumFactKey): Question {
  const q = questions.find((x) => x.key === key);
  if (!q) throw new Error(`No question for ${key}`);
  return q;
}

export function isUnsure(key: EnumFactKey, value: string): boolean {
  return questionFor(key).unsure?.includes(value) ?? false;
}
