import { z } from 'astro/zod';
import { channels, officerSaid, outcomes, passportKinds, reportedStatuses, slipKinds, type CaseRecord } from '../lib/timelines/types';
import { checkIds, unflaggedIssues } from '../lib/timelines/checks';
import { isCalendarDate } from '../lib/timelines/dates';

const day = z
  .string({ error: 'Write the date as YYYY-MM-DD.' })
  .refine(isCalendarDate, { error: 'Write a real calendar date as YYYY-MM-DD.' });

/** A date this site added from the record's own words; `basis` quotes them. */
const datedNote = z.strictObject({
  /** The day, YYYY-MM-DD. */
  date: day,
  /** Where the day comes from: "excerpt: '…'" or "ceac_sequence note: '…'". */
  basis: z.string().min(10, { error: 'Say which words of the record the date comes from.' }),
});

/** One CEAC status the applicant reported seeing. */
const stepSchema = z.strictObject({
  /** The status, in the dataset's words (long/short is the text under Refused). */
  status: z.enum(reportedStatuses, { error: `status must be one of: ${reportedStatuses.join(', ')}.` }),
  /** When it was seen (or the "Case Last Updated" date), YYYY-MM-DD, or null if not stated. */
  date: day.nullable(),
  /** Anything the report says about this step. */
  note: z.string().optional(),
});

/**
 * One anonymized applicant report (src/content/cases/reported-cases.json). Field meanings follow
 * the dataset's "fields" note; the site added started, still_waiting_on, outcome_date, fixes, flags.
 * Consistency checks (src/lib/timelines/checks.ts) run after the fields parse.
 */
export const caseSchema = z
  .strictObject({
    /** Stable id, c01 … c99. */
    id: z.string().regex(/^c\d{2,}$/, { error: 'A case id is "c" and two or more digits (c07).' }),
    /** Paraphrase of the report; no names, case numbers or passport numbers. */
    source_excerpt: z.string().min(20),
    /** Visa type as reported ("H4", "CR1", "immigrant (spouse of USC; subtype not stated)"), or null. */
    visa: z.string().min(1).nullable(),
    /** interview, dropbox (interview waiver) or interview-after-dropbox; null if not stated. */
    channel: z.enum(channels).nullable(),
    /** The consular post as reported, or null. */
    post: z.string().min(2).nullable(),
    /** What the officer said at the window. */
    officer_said: z.enum(officerSaid).nullable(),
    /** The paper handed over: none, a slip colour, or "letter". */
    slip: z.enum(slipKinds).nullable(),
    /** Why the slip was given, as reported. */
    slip_reason: z.string().nullable(),
    /** Whether a 221(g) was given at any point. */
    form_221g: z.boolean().nullable(),
    /** Whether the post kept the passport. */
    passport: z.enum(passportKinds).nullable(),
    passport_note: z.string().nullable(),
    /** The CEAC statuses seen, in the order seen. */
    ceac_sequence: z.array(stepSchema),
    /** issued, interview-required, pending (still waiting when last reported) or unknown (not reported). */
    outcome: z.enum(outcomes, { error: `outcome must be one of: ${outcomes.join(', ')}.` }),
    /** Days from interview or drop-off to the outcome, when the report gives them. */
    days_to_outcome: z.number().int().min(0, { error: 'days_to_outcome cannot be negative.' }).nullable(),
    days_note: z.string().nullable(),
    /** YYYY or YYYY-MM when the case started, or null. */
    period: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, { error: 'period is YYYY or YYYY-MM.' })
      .nullable(),
    /** "stated", "inferred …" or "unknown". */
    period_basis: z.string().min(3),
    /** What the case shows, in one or two sentences. */
    lesson: z.string().min(10),
    /** What is uncertain about the record. */
    ambiguity: z.string().nullable(),
    /** Another case id this one may repeat. */
    possible_duplicate_of: z
      .string()
      .regex(/^c\d{2,}$/)
      .nullable(),
    /** Added: interview or drop-off day when the excerpt states it. */
    started: datedNote.extend({ event: z.enum(['interview', 'drop-off']) }).optional(),
    /** Added: a later day the report says the case still had no outcome. */
    still_waiting_on: datedNote.optional(),
    /** Added: the day of an outcome that has no CEAC status (asked to interview). */
    outcome_date: datedNote.optional(),
    /** Added: corrections made by this site and why, one sentence each. */
    fixes: z.array(z.string().min(10)).optional(),
    /** Added: checks this record fails that its excerpt cannot fix, each with the reason. */
    flags: z
      .array(
        z.strictObject({
          check: z.enum(checkIds, { error: `check must be one of: ${checkIds.join(', ')}.` }),
          reason: z.string().min(20, { error: 'Explain in a sentence why the record cannot be fixed.' }),
        }),
      )
      .optional(),
  })
  .superRefine((record, ctx) => {
    for (const issue of unflaggedIssues(record as CaseRecord)) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  });

export type CaseEntry = z.infer<typeof caseSchema>;

// The schema's output must be usable wherever the pure statistics expect a CaseRecord.
const _compatible = (entry: CaseEntry): CaseRecord => entry;
void _compatible;
