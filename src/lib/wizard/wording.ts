/**
 * Types and helpers for the wizard's words. The words themselves are content (src/content/wizard/,
 * built and checked by words-from.ts); the island imports these few lines and gets the words as a prop.
 */
import type { EnumFactKey, Facts, Meaning } from './facts';
import { fill } from '../text/fill';

/** `if`: earlier answers by question key (src/lib/wizard/words-from.ts checks the keys and answers). */
export type WordedCase = { readonly if?: Readonly<Partial<Record<string, string>>> | undefined; readonly text: string };
export type Worded = string | readonly WordedCase[];

export interface OptionWords {
  readonly label: Worded;
  readonly hint?: string | undefined;
  /** One sentence for the verdict's "why" list: what this answer tells us. */
  readonly reason: string;
  /** For "I'm not sure" answers: what the uncertainty means for the verdict. */
  readonly uncertainty?: string | undefined;
}

export interface QuestionWords {
  /** The question in the applicant's words: the legend and the step heading. */
  readonly legend: Worded;
  readonly hint?: Worded | undefined;
  /** Short name for the answers list ("CEAC status", "Passport"). */
  readonly summary: string;
  readonly options: Readonly<Record<string, OptionWords>>;
  /** Links for people the question does not fit yet (no interview so far). */
  readonly aside?: { readonly text: string; readonly links: readonly { readonly href: string; readonly label: string }[] } | undefined;
}

/**
 * The dated lines of a verdict ({date}, {from} and {others} are filled in). Deadlines and first days
 * have no title here: theirs comes from sayDate (src/lib/dates/deadlines.ts).
 */
export interface TimingWords {
  readonly [kind: string]: {
    readonly title?: string | undefined;
    readonly detail: string;
    readonly basis: 'official' | 'secondary' | 'reported';
  };
}

/** The notices shown when a link's answers were adjusted ({value} and {label} are filled in). */
export interface NoticeWords {
  readonly heading: string;
  readonly badValue: string;
  readonly badDate: string;
  /** A `since` after today ({value}). */
  readonly futureDate: string;
  /** Why a contradicting answer was removed, by the key removed. */
  readonly contradiction: Readonly<Record<string, string>>;
  /** How each answer is named in a notice ("how you applied"). */
  readonly labels: Readonly<Record<string, string>>;
}

export interface WizardWords {
  readonly questions: Readonly<Record<EnumFactKey, QuestionWords>>;
  readonly meanings: Readonly<Record<Meaning, string>>;
  /** The answers list's name for the interview or drop-off date. */
  readonly sinceLabel: string;
  /** The answers list's name for the passport country. */
  readonly nationalityLabel: string;
  readonly timing: TimingWords;
  /** How other inquiry figures are named, by rule id in src/lib/dates/rules.ts. */
  readonly inquiryFigures: Readonly<Record<string, string>>;
  readonly notices: NoticeWords;
  /** The verdict's day and what will change it ({date}, {title}, {days}, {fy} are filled in). */
  readonly time: {
    readonly asOf: string;
    readonly next: string;
    readonly ifVisa: string;
    readonly dvYearEnd: string;
    readonly oneYear: string;
  };
  /** "Copy link to this answer" on a verdict, and what it says once it has copied (the link follows). */
  readonly share: {
    readonly copy: string;
    readonly copied: string;
    /** After the share sheet (Web Share) was used instead. */
    readonly shared: string;
    /** When the browser would not copy: the link follows, to copy by hand. */
    readonly manual: string;
    /** Added when the answers had a date or a passport country, which the copied link leaves out. */
    readonly leftOut: string;
    /** The button that prints the case card. */
    readonly print: string;
  };
  /** The error summary's heading, and the message when Continue is pressed with no answer chosen. */
  readonly error: { readonly title: string; readonly message: string };
  /** Labels around the dated lines. */
  readonly dateLabels: {
    readonly past: string;
    readonly future: string;
    readonly official: string;
    readonly secondary: string;
    readonly reported: string;
  };
}

/** The words for these answers. */
export function pick(text: Worded, facts: Facts): string {
  if (typeof text === 'string') return text;
  for (const c of text) {
    if (!c.if || Object.entries(c.if).every(([k, v]) => (facts as Record<string, string | undefined>)[k] === v)) return c.text;
  }
  return text[text.length - 1]?.text ?? '';
}

/** The words for a notice from the codec. */
export function noticeText(notice: { kind: string; key: string; value?: string | undefined }, words: WizardWords): string {
  const w = words.notices;
  if (notice.kind === 'contradiction') return w.contradiction[notice.key] ?? '';
  const template = notice.kind === 'future-date' ? w.futureDate : notice.key === 'since' ? w.badDate : w.badValue;
  // fill() treats the value as data: a "$&" or a "{label}" in it is shown as typed.
  return fill(template, { value: notice.value ?? '', label: w.labels[notice.key] ?? notice.key });
}

/** The words for a question's answer, or undefined for a value the question does not offer. */
export function optionWords(words: WizardWords, key: EnumFactKey, value: string): OptionWords | undefined {
  return words.questions[key].options[value];
}
