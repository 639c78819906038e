/**
 * What happened to Diversity Visa cases that showed "Refused" with the 221(g) text on CEAC, per
 * DV year and region. A DV year is a closed cohort: no DV visa of that year can be issued after
 * 30 September, so the share issued by day d is simply issued-within-d over all cases, and a case
 * still in 221(g) at the last snapshot of the year ran out of time.
 */
import { quantile, kaplanMeier, enoughOutcomes } from '../timelines/km';
import { milestones } from './checkee';
import type { DvCase, DvRegion } from './types';
import { dvRegions } from './types';

export interface DvYear {
  fiscalYear: number;
  n: number;
  issued: number;
  /** Still showing Refused (221(g)) in the year's last snapshot. */
  stillWaiting: number;
  /** Last seen as Refused without the 221(g) text. */
  refused: number;
  /** Ready, Transfer, Returned, or gone from CEAC ("Dark"). */
  other: number;
  /** Median days from the first 221(g) status to issue, among the issued; undefined below the rule. */
  medianToIssue: number | undefined;
  /** Share of all cases issued within each milestone day, 0–1. */
  issuedBy: Record<(typeof milestones)[number], number>;
  /** Cases per region (regions with no case left out). */
  regions: { region: DvRegion; n: number; issued: number; stillWaiting: number }[];
}

export function dvYear(all: readonly DvCase[], fiscalYear: number): DvYear {
  const cases = all.filter((c) => c.fiscal_year === fiscalYear);
  const issued = cases.filter((c) => c.outcome === 'Issued');
  const waiting = (c: DvCase) => c.outcome === 'still 221(g) at last snapshot';
  const toIssue = kaplanMeier(issued.map((c) => ({ time: c.days_221g_to_outcome_or_censor, event: true })));
  return {
    fiscalYear,
    n: cases.length,
    issued: issued.length,
    stillWaiting: cases.filter(waiting).length,
    refused: cases.filter((c) => c.outcome === 'Refused').length,
    other: cases.filter((c) => !['Issued', 'Refused', 'still 221(g) at last snapshot'].includes(c.outcome)).length,
    medianToIssue: enoughOutcomes(toIssue) ? quantile(toIssue, 0.5) : undefined,
    issuedBy: Object.fromEntries(
      milestones.map((d) => [d, cases.length ? issued.filter((c) => c.days_221g_to_outcome_or_censor <= d).length / cases.length : 0]),
    ) as DvYear['issuedBy'],
    regions: dvRegions
      .map((region) => {
        const r = cases.filter((c) => c.region === region);
        return { region, n: r.length, issued: r.filter((c) => c.outcome === 'Issued').length, stillWaiting: r.filter(waiting).length };
      })
      .filter((r) => r.n > 0),
  };
}

/** The DV years in the file, oldest first. */
export function dvYears(all: readonly DvCase[]): number[] {
  return [...new Set(all.map((c) => c.fiscal_year))].sort((a, b) => a - b);
}

/**
 * The DV years whose figures can be read: the year has ended (its 30 September is on or before
 * the last snapshot) and at least one case of it was issued. A year still running, or one whose
 * issuances vanish from CEAC, is shown only as a count, flagged.
 */
export function usableDvYears(years: readonly DvYear[], followUp: string): DvYear[] {
  return years.filter((y) => `${y.fiscalYear}-09-30` <= followUp && y.issued > 0);
}
