/**
 * Row schemas of the measured data sets in data/ (data/README.md says where each file comes from).
 * Every column is checked; a row that fails is reported with its file, line and column by
 * src/lib/measured/csv.ts, and the build stops. Cells arrive as strings and leave typed.
 */
import { z } from 'astro/zod';
import { isIsoDate, daysBetween } from '../lib/dates/calendar';
import { checkeeVisaTypes, dvOutcomes, dvRegions } from '../lib/measured/types';

const day = z.string().refine((value) => isIsoDate(value), { error: 'write a real calendar date as YYYY-MM-DD' });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'write the month as YYYY-MM' });
const count = z
  .string()
  .regex(/^\d+$/, { error: 'write a whole number ≥ 0' })
  .transform((s) => Number(s));
const optionalNumber = z
  .string()
  .regex(/^(\d+(\.\d+)?)?$/, { error: 'write a number, or leave the cell empty' })
  .transform((s) => (s === '' ? null : Number(s)));
/** An ISO timestamp with its offset, as git writes commit dates (2026-03-13T15:57:52-07:00). */
const timestamp = z
  .string()
  .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/, { error: 'write an ISO date-time with its offset' });

/** One self-reported administrative-processing case from checkee.info, decided (cleared or rejected). */
const checkeeCaseShape = {
  /** Day the applicant was told the case needs administrative processing (the "check"), YYYY-MM-DD. */
  check_date: day,
  /** Day the applicant reported the check finished, YYYY-MM-DD. */
  complete_date: day,
  /** Days from check_date to complete_date, as checkee computed them. */
  waiting_days: count,
  /** Clear: the check ended and the visa could be issued; Reject: the applicant reported a refusal. */
  status: z.enum(['Clear', 'Reject'], { error: 'status must be Clear or Reject' }),
  /** Visa class as checkee lists it (B1, F1, H4, …). */
  visa_type: z.enum(checkeeVisaTypes, { error: `visa_type must be one of ${checkeeVisaTypes.join(', ')}` }),
  /** New: first visa of this kind; Renewal: a renewal; empty when the applicant did not say. */
  entry: z.enum(['New', 'Renewal', ''], { error: 'entry must be New, Renewal or empty' }),
  /** Post, in checkee's spelling (BeiJing, ShangHai, …); empty when not given. Never shown per case. */
  consulate: z.string(),
  /** Field of study or work as the applicant typed it (may be empty). Never shown. */
  major: z.string(),
};

function sameDays<T extends { check_date: string; complete_date: string; waiting_days: number }>(row: T, ctx: z.RefinementCtx): void {
  // Only when both dates are real (their own errors are reported by their columns).
  if (!isIsoDate(row.check_date) || !isIsoDate(row.complete_date)) return;
  if (row.complete_date < row.check_date)
    ctx.addIssue({ code: 'custom', path: ['complete_date'], message: 'complete_date is before check_date' });
  else if (daysBetween(row.check_date, row.complete_date) !== row.waiting_days) {
    ctx.addIssue({
      code: 'custom',
      path: ['waiting_days'],
      message: `waiting_days must be the days from check_date to complete_date (${daysBetween(row.check_date, row.complete_date)})`,
    });
  }
}

/** data/checkee/cleared-2009_to_2018.csv: cleared cases only, as one scraper kept them. */
export const checkeeClearedRow = z.strictObject(checkeeCaseShape).superRefine(sameDays);

/** data/checkee/completed-2024-11_to_2026-07.csv: decided cases seen in the dashboard's daily history. */
export const checkeeCompletedRow = z
  .strictObject({
    ...checkeeCaseShape,
    /** Date of the first daily dashboard version that listed the row. */
    first_seen_commit: timestamp,
    /** Date of the last daily dashboard version that listed the row. */
    last_seen_commit: timestamp,
  })
  .superRefine(sameDays);

/** data/checkee/monthly-table-…csv: checkee's own count of cases per check month. */
export const checkeeMonthRow = z
  .strictObject({
    /** The month of the check, YYYY-MM. */
    check_month: month,
    /** Cases logged for that month and not yet marked as finished. */
    pending: count,
    /** Cases marked as cleared. */
    clear: count,
    /** Cases marked as rejected. */
    reject: count,
    /** pending + clear + reject. */
    total: count,
    /** checkee's average wait of the cleared cases, in days (empty when none). Not used for figures. */
    avg_wait_days_of_cleared: optionalNumber,
    /** The day the table was read, YYYY-MM-DD: the follow-up date of that month's pending cases. */
    as_of: day,
  })
  .superRefine((row, ctx) => {
    if (row.pending + row.clear + row.reject !== row.total)
      ctx.addIssue({ code: 'custom', path: ['total'], message: 'total must be pending + clear + reject' });
  });

/** data/dv-ceac/…csv: one Diversity Visa case that showed "Refused" with the 221(g) text on CEAC. */
export const dvCaseRow = z
  .strictObject({
    /** The DV program year (DV-2025 cases can be issued only until 30 September 2025). */
    fiscal_year: count,
    /** The Kentucky Consular Center's region of the case number: AF, AS, EU, NA, OC, SA. */
    region: z.enum(dvRegions, { error: `region must be one of ${dvRegions.join(', ')}` }),
    /** Three-letter code of the post (never shown per case). */
    consulate: z.string().regex(/^[A-Z]{3}$/, { error: 'write the three-letter post code' }),
    /** The "status last updated" date of the first Refused (221(g)) status, YYYY-MM-DD. */
    first_221g_status_date: day,
    /** Weekly snapshot in which that status was first seen. */
    first_221g_seen_in_snapshot: day,
    /** The last status seen, or "still 221(g) at last snapshot". */
    outcome: z.enum(dvOutcomes, { error: `outcome must be one of ${dvOutcomes.join(', ')}` }),
    /** The "status last updated" date of that outcome; empty when the case was still in 221(g). */
    outcome_status_date: z.union([day, z.literal('')]),
    /** Days from the first 221(g) status to the outcome, or to the last snapshot when still waiting. */
    days_221g_to_outcome_or_censor: count,
  })
  .superRefine((row, ctx) => {
    if (row.outcome === 'Issued' && row.outcome_status_date === '')
      ctx.addIssue({ code: 'custom', path: ['outcome_status_date'], message: 'an Issued case needs its date' });
    if (
      row.outcome === 'Issued' &&
      isIsoDate(row.first_221g_status_date) &&
      isIsoDate(row.outcome_status_date) &&
      daysBetween(row.first_221g_status_date, row.outcome_status_date) !== row.days_221g_to_outcome_or_censor
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['days_221g_to_outcome_or_censor'],
        message: 'days must be from first_221g_status_date to outcome_status_date',
      });
    }
  });

/** data/visa-office/ineligibilities_221g_by_fy.csv: one line of the Report of the Visa Office ineligibilities table. */
export const visaOfficeRow = z.strictObject({
  /** US government fiscal year (FY2024: 1 October 2023 to 30 September 2024). */
  fiscal_year: count,
  /** NIV (nonimmigrant) or IV (immigrant). */
  visa_kind: z.enum(['NIV', 'IV'], { error: 'visa_kind must be NIV or IV' }),
  /** The refusal ground: "221(g)", "214(b)" or "ALL GROUNDS" (the table's total row). */
  ground: z.enum(['221(g)', '214(b)', 'ALL GROUNDS'], { error: 'ground must be 221(g), 214(b) or ALL GROUNDS' }),
  /** Refusals under that ground in the year (an applicant can count more than once). */
  ineligibility_findings: count,
  /** Refusals overcome or waived in the year, whatever year they were made in; empty when not known. */
  overcome_or_waived: optionalNumber,
  /** As the source gives it; the site recomputes it from the two counts and does not use this cell. */
  pct_overcome: z.string(),
  /** "official table …" or "secondary …": how good the figure is. */
  source_grade: z.string().regex(/^(official|secondary)/, { error: 'source_grade must start with "official" or "secondary"' }),
  /** Where the figure was read ("same" repeats the line above). */
  source: z.string().min(4, { error: 'name the source' }),
});
