/**
 * The verdict's dated lines, computed in dates-worker.ts once a date is known, so the date
 * arithmetic and its federal-holiday table cost nothing on page load. `datesHtml` returns the list
 * as escaped HTML, which the island puts in place without a template of its own.
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

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]!);

/** The dated lines as a list (and a note when the date is in the future), as HTML. */
export function datesHtml(kinds: readonly TimingKind[], since: string, today: string, words: WizardWords): string {
  const w = words.dateLabels;
  const items = dateLines(kinds, since, today, words).map(
    (line) =>
      `<li${line.past ? ' class="past"' : ''}><strong><time datetime="${esc(line.date)}">${esc(line.title)}</time></strong>` +
      (line.past ? `<span class="meta"> ${esc(w.past)}</span>` : '') +
      `<span class="detail"><span class="basis basis-${line.basis}">${esc(w[line.basis])}</span> ${esc(line.detail)}</span></li>`,
  );
  const future = since > today ? `<p class="meta">${esc(w.future)}</p>` : '';
  return `${future}<ul>${items.join('')}</ul>`;
}
