/**
 * The verdict's dated lines, computed once a date is known by src/islands/dates-list.ts, a chunk
 * the wizard loads only then, so the date arithmetic and its federal-holiday table cost nothing on
 * page load. That module builds the list as DOM.
 */
import { datesFor, type TimingKind } from './timing';
import { describeStep, type DateLine } from './timing-words';
import type { WizardWords } from './wording';

export type { DateLine };

/**
 * The dated lines. A date that has passed is never the only one shown: when every line has passed,
 * the inquiry date is added, and when that has passed too, a line for today says you can ask now.
 */
export function dateLines(kinds: readonly TimingKind[], since: string, today: string, words: WizardWords): DateLine[] {
  let lines = datesFor(kinds, since, today).map((step) => describeStep(step, words));
  if (lines.every((l) => l.past) && !kinds.includes('inquiry') && !kinds.includes('inquiry-after-documents')) {
    lines = [...lines, ...datesFor(['inquiry'], since, today).map((step) => describeStep(step, words))];
  }
  if (lines.length > 0 && lines.every((l) => l.past)) {
    const w = words.timing['ask-now']!;
    lines.push({ title: w.title ?? '', detail: w.detail, basis: w.basis, past: false, date: today });
  }
  return lines;
}
