/**
 * Words and grouping for the change log (/changes/) and the measures page (/changes/policies/).
 * Pure, so the pages stay thin and the wording is unit-tested.
 */
import { formatIsoDate } from '../dates/calendar';
import type { ChangeKind } from '../../schemas/change';
import type { InForceStatus, PolicyKind, PolicyOutcome, PolicyVisaKind } from '../../schemas/policy';

export const changeKindLabel: Record<ChangeKind, string> = {
  display: 'CEAC display',
  waiver: 'Interview waiver',
  proclamation: 'Proclamation',
  pause: 'Issuance pause',
  vetting: 'Vetting',
  fee: 'Fee or bond',
  court: 'Court',
  procedure: 'Procedure',
};

export const policyKindLabel: Record<PolicyKind, string> = {
  'entry-suspension-full': 'Full suspension under INA 212(f)',
  'entry-suspension-partial': 'Partial suspension under INA 212(f)',
  'issuance-pause': 'Pause on visa issuance',
  'visa-bond': 'Visa bond (INA 221(g)(3))',
};

export const visaKindLabel: Record<PolicyVisaKind, string> = {
  b: 'Visitor (B-1/B-2)',
  'f-m-j': 'Student and exchange (F, M, J)',
  'h-l': 'Work (H, L) and their families',
  'other-niv': 'Other nonimmigrant visas',
  'iv-family': 'Family immigrant visas',
  'iv-employment': 'Employment immigrant visas',
  'iv-dv': 'Diversity visas',
};

export const outcomeLabel: Record<PolicyOutcome, string> = {
  'on-hold': 'The visa is held: not issued while the measure lasts',
  refused: 'Expect a refusal under INA 212(f)',
};

export interface StatusFacts {
  status: InForceStatus;
  /** The date of the newest source that shows the status. */
  asOf: string;
  /** The first day the measure no longer applied, when a source gives it. */
  ended?: string | undefined;
}

/** The status line in words. The page adds the link to the official page for unknown-after. */
export function statusSentence({ status, asOf, ended }: StatusFacts): string {
  switch (status) {
    case 'in-force':
      return `Known to be in force as of ${formatIsoDate(asOf)}.`;
    case 'ended':
      return ended
        ? `No longer in force: it stopped applying on ${formatIsoDate(ended)}.`
        : `No longer in force. Our newest source on it is from ${formatIsoDate(asOf)}.`;
    case 'unknown-after':
      return `Known to be in force as of ${formatIsoDate(asOf)}. We could not confirm what happened after that.`;
  }
}

/** Entries grouped by the year of `date`, in the order given (pass them newest first). */
export function groupByYear<T>(entries: readonly T[], dateOf: (entry: T) => string): Array<{ year: string; entries: T[] }> {
  const groups: Array<{ year: string; entries: T[] }> = [];
  for (const entry of entries) {
    const year = dateOf(entry).slice(0, 4);
    const last = groups.at(-1);
    if (last && last.year === year) last.entries.push(entry);
    else groups.push({ year, entries: [entry] });
  }
  return groups;
}

/** The newest of a list of YYYY-MM-DD dates. */
export function newestDate(dates: readonly string[]): string | undefined {
  return [...dates].sort().at(-1);
}
