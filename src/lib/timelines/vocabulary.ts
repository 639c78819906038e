/**
 * The dimensions reported cases are grouped by. Five use the wizard's own fact values
 * (src/lib/wizard/facts.ts, docs/design.md §5.1) so a verdict can point at "cases like yours";
 * visa class and post are extra filters the wizard does not ask about.
 */
import { factValues, type FactValue } from '../wizard/facts';
import type { CaseRecord } from './types';

export const dimensions = ['route', 'officer', 'paper', 'passport', 'refused', 'visa', 'post'] as const;
export type Dimension = (typeof dimensions)[number];

/** Text under Refused: long (administrative processing), short ("see the letter"), not given, or never Refused. */
export const refusedValues = ['long', 'short', 'unknown', 'none'] as const;
export type RefusedValue = (typeof refusedValues)[number];

/** Visa classes, in display order. Reported visa strings map onto these (visaClassOf). */
export const visaClasses = [
  { id: 'h1b', label: 'H-1B' },
  { id: 'h4', label: 'H-4' },
  { id: 'l1', label: 'L-1' },
  { id: 'f1', label: 'F-1' },
  { id: 'j', label: 'J-1/J-2' },
  { id: 'b1b2', label: 'B-1/B-2 visitor' },
  { id: 'tn', label: 'TN' },
  { id: 'spouse-iv', label: 'CR1/IR1 spouse (immigrant)' },
  { id: 'other-iv', label: 'Other immigrant or K-1' },
] as const;
export type VisaClass = (typeof visaClasses)[number]['id'];

/** Posts, in display order. "Mexico (post not named)" is how the dataset records one Mexican case. */
export const posts = [
  { id: 'hyderabad', label: 'Hyderabad', reported: 'Hyderabad' },
  { id: 'chennai', label: 'Chennai', reported: 'Chennai' },
  { id: 'mumbai', label: 'Mumbai', reported: 'Mumbai' },
  { id: 'new-delhi', label: 'New Delhi', reported: 'New Delhi' },
  { id: 'islamabad', label: 'Islamabad', reported: 'Islamabad' },
  { id: 'guadalajara', label: 'Guadalajara', reported: 'Guadalajara' },
  { id: 'mexico', label: 'Mexico (post not named)', reported: 'Mexico (post not named)' },
  { id: 'london', label: 'London', reported: 'London' },
  { id: 'toronto', label: 'Toronto', reported: 'Toronto' },
] as const;
export type PostId = (typeof posts)[number]['id'];

/** The values each dimension can take, in display order. */
export const dimensionValues: { readonly [D in Dimension]: readonly string[] } = {
  route: factValues.route,
  officer: factValues.officer,
  paper: factValues.paper,
  passport: factValues.passport,
  refused: refusedValues,
  visa: visaClasses.map((v) => v.id),
  post: posts.map((p) => p.id),
};

export const dimensionLabels: Record<Dimension, string> = {
  route: 'How you applied',
  officer: 'What the officer said',
  paper: 'What paper you got',
  passport: 'Your passport',
  refused: 'Text under Refused',
  visa: 'Visa class',
  post: 'Post',
};

const valueLabels: Record<Dimension, Record<string, string>> = {
  route: { interview: 'Interview', dropbox: 'Dropbox (interview waiver)' },
  officer: {
    approved: 'Officer said approved',
    '221g': 'Officer gave a 221(g)',
    refused: 'Officer refused',
    nothing: 'Officer said nothing',
  },
  paper: { none: 'No paper', '221g': '221(g) slip or letter', refusal: 'Refusal letter', approval: 'Approval slip' },
  passport: { kept: 'Passport kept', returned: 'Passport returned' },
  refused: { long: 'Long Refused text', short: 'Short Refused text', unknown: 'Refused, text not stated', none: 'No Refused reported' },
  visa: Object.fromEntries(visaClasses.map((v) => [v.id, v.label])),
  post: Object.fromEntries(posts.map((p) => [p.id, p.label])),
};

export function valueLabel(dim: Dimension, value: string): string {
  return valueLabels[dim][value] ?? value;
}

export function isDimensionValue(dim: Dimension, value: string): boolean {
  return dimensionValues[dim].includes(value);
}

/** Maps a reported visa string ("H4", "IR1/CR1 (spouse; …)") to a class; undefined when not stated. */
export function visaClassOf(visa: string | null): VisaClass | undefined {
  if (!visa) return undefined;
  const v = visa.toLowerCase();
  if (/^h-?1b/.test(v)) return 'h1b';
  if (/^h-?4/.test(v)) return 'h4';
  if (/^l-?1/.test(v)) return 'l1';
  if (/^f-?1/.test(v)) return 'f1';
  if (/^j-?[12]/.test(v)) return 'j';
  if (/^b-?1|^b-?2|visitor/.test(v)) return 'b1b2';
  if (/^tn\b/.test(v)) return 'tn';
  if (/^(cr-?1|ir-?1)\b/.test(v) || /spouse of usc/.test(v)) return 'spouse-iv';
  if (/^(ir-?2|k-?1)\b/.test(v) || /immigrant/.test(v)) {
    // "nonimmigrant (type not stated)" contains "immigrant" but is not one.
    return v.startsWith('nonimmigrant') ? undefined : 'other-iv';
  }
  return undefined;
}

export function postIdOf(post: string | null): PostId | undefined {
  return posts.find((p) => p.reported === post)?.id;
}

/**
 * The values a case has on each dimension. A dimension can hold several values (a case that
 * showed both the long and the short Refused text counts under both) or none (not reported).
 */
export type CaseFacts = { readonly [D in Dimension]: readonly string[] };

export function refusedTextsOf(c: CaseRecord): RefusedValue[] {
  const texts = new Set<RefusedValue>();
  for (const step of c.ceac_sequence) {
    if (step.status === 'Refused (long text)') texts.add('long');
    if (step.status === 'Refused (short text)') texts.add('short');
  }
  const refused = c.ceac_sequence.some((s) => s.status.startsWith('Refused'));
  if (refused && texts.size === 0) texts.add('unknown');
  // "No Refused reported" only when the report lists statuses at all.
  if (!refused && c.ceac_sequence.length > 0) texts.add('none');
  return [...texts];
}

export function papersOf(c: CaseRecord): FactValue<'paper'>[] {
  const papers: FactValue<'paper'>[] = [];
  if (c.form_221g === true) papers.push('221g');
  // The dataset marks approval papers in slip_reason ("approval slip …", "approval sheet …"); colours mean nothing.
  if (c.slip_reason && /^approval\b/i.test(c.slip_reason)) papers.push('approval');
  if (papers.length === 0 && (c.slip === 'none' || c.form_221g === false)) papers.push('none');
  return papers;
}

export function routeOf(c: CaseRecord): FactValue<'route'> | undefined {
  if (c.channel === 'interview') return 'interview';
  // A dropbox case later called to interview started as a dropbox: its clock starts at the drop-off.
  if (c.channel === 'dropbox' || c.channel === 'interview-after-dropbox') return 'dropbox';
  return undefined;
}

export function factsOfCase(c: CaseRecord): CaseFacts {
  const one = <T>(v: T | undefined | null): T[] => (v === undefined || v === null ? [] : [v]);
  const passport = c.passport === 'returned-later-with-221g' ? 'returned' : c.passport;
  return {
    route: one(routeOf(c)),
    officer: one(c.officer_said),
    paper: papersOf(c),
    passport: one(passport),
    refused: refusedTextsOf(c),
    visa: one(visaClassOf(c.visa)),
    post: one(postIdOf(c.post)),
  };
}
