/**
 * Puts words to a verdict's dated steps (timing.ts computes the dates; src/content/wizard/timing.yaml holds the text),
 * saying where each figure comes from and how strong that source is. Deadlines and first days take
 * their title and their counted-from sentence from `sayDate` (src/lib/dates/deadlines.ts), the
 * wording the planner and the calendar file use; timing.yaml adds only where the figure comes from.
 */
import { formatIsoDate } from '../dates/calendar';
import { sayDate } from '../dates/deadlines';
import type { DatedStep } from './timing';
import type { WizardWords } from './wording';
import { fill } from '../text/fill';

export interface DateLine {
  /** The date line itself: "Check CEAC again from 3 March 2026". */
  title: string;
  /** What it is counted from and where the figure comes from. */
  detail: string;
  basis: 'official' | 'secondary' | 'reported';
  past: boolean;
  /** The main date, YYYY-MM-DD, for <time datetime>. */
  date: string;
}

export function describeStep(step: DatedStep, words: WizardWords): DateLine {
  const w = words.timing[step.kind]!;
  const values: Record<string, string> = { date: formatIsoDate(step.date) };
  if (step.kind === 'dropbox-decision') values['from'] = formatIsoDate(step.from);
  if (step.kind === 'inquiry' || step.kind === 'inquiry-after-documents') {
    values['others'] = step.variants
      .slice(1)
      .map((v) =>
        fill(words.inquiryFigures[v.rule.id] ?? `${v.rule.appliesTo}: ${v.rule.days} days ({date})`, { date: formatIsoDate(v.date) }),
      )
      .join('; ');
  }
  const said = 'key' in step ? sayDate(step.key) : undefined;
  return {
    title: said ? said.title : fill(w.title ?? '', values),
    detail: said ? `${said.counted} ${fill(w.detail, values)}` : fill(w.detail, values),
    basis: w.basis,
    past: step.past,
    date: step.date,
  };
}
