/**
 * 221(g) refusals and "overcome or waived" counts per fiscal year from the Report of the Visa
 * Office. The share overcome is recomputed from the two counts (never read from the file).
 */
import type { VisaOfficeLine } from './types';

export interface VisaOfficeYear {
  fiscalYear: number;
  kind: 'NIV' | 'IV';
  findings: number;
  overcome: number | null;
  /** overcome / findings, 0–1, or null when the overcome count is not known. */
  shareOvercome: number | null;
  /** True for the official table; false for a figure quoted by a secondary source. */
  official: boolean;
  source: string;
  /** 221(g) findings as a share of all refusal findings that year (only with the table's total row). */
  shareOfAllFindings: number | null;
  /** 221(g) overcome as a share of all findings overcome that year (only with the total row). */
  shareOfAllOvercome: number | null;
}

export function visaOfficeYears(lines: readonly VisaOfficeLine[]): VisaOfficeYear[] {
  const rows = lines.filter((l) => l.ground === '221(g)');
  return rows
    .map((l, i) => {
      const total = lines.find((t) => t.ground === 'ALL GROUNDS' && t.fiscal_year === l.fiscal_year && t.visa_kind === l.visa_kind);
      // "same" repeats the source of the line above in the file.
      let source = l.source;
      for (let j = lines.indexOf(l); /^same/.test(source) && j > 0; j--) source = lines[j - 1]!.source;
      void i;
      return {
        fiscalYear: l.fiscal_year,
        kind: l.visa_kind,
        findings: l.ineligibility_findings,
        overcome: l.overcome_or_waived,
        shareOvercome: l.overcome_or_waived === null ? null : l.overcome_or_waived / l.ineligibility_findings,
        official: l.source_grade.startsWith('official'),
        source,
        shareOfAllFindings: total ? l.ineligibility_findings / total.ineligibility_findings : null,
        shareOfAllOvercome:
          total && total.overcome_or_waived && l.overcome_or_waived !== null ? l.overcome_or_waived / total.overcome_or_waived : null,
      };
    })
    .sort((a, b) => b.fiscalYear - a.fiscalYear || (a.kind === 'NIV' ? -1 : 1));
}
