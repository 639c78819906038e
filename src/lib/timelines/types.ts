/**
 * The shape of one reported case (src/content/cases/reported-cases.json), as the schema in
 * src/schemas/case.ts returns it. Kept here, free of zod, so the pure statistics can be used
 * anywhere (pages, the wizard island, unit tests).
 */

/** The CEAC statuses applicants reported, in the dataset's own words. */
export const reportedStatuses = [
  'Application Received',
  'Administrative Processing',
  'Refused (text unknown)',
  'Refused (long text)',
  'Refused (short text)',
  'Issued',
  'Ready',
  // Only the "Case Last Updated" date changed and the report does not say which status it showed.
  'Case last updated (status not stated)',
] as const;
export type ReportedStatus = (typeof reportedStatuses)[number];

/** How the case ended, as far as the report goes. pending: still waiting; unknown: not reported. */
export const outcomes = ['issued', 'interview-required', 'pending', 'unknown'] as const;
export type Outcome = (typeof outcomes)[number];

export const channels = ['interview', 'dropbox', 'interview-after-dropbox'] as const;
export type Channel = (typeof channels)[number];

export const officerSaid = ['approved', '221g', 'nothing'] as const;
export const slipKinds = ['none', 'white', 'pink', 'yellow', 'blue', 'green', 'letter'] as const;
export const passportKinds = ['kept', 'returned', 'returned-later-with-221g'] as const;

export interface SequenceStep {
  status: ReportedStatus;
  /** YYYY-MM-DD when the applicant saw it (or the "Case Last Updated" date), or null. */
  date: string | null;
  note?: string | undefined;
}

/** A date the site added from the record's own text, with the words it rests on. */
export interface DatedNote {
  date: string;
  basis: string;
}

/** A schema check a record fails and that could not be fixed from its excerpt. */
export interface Flag {
  check: string;
  reason: string;
}

export interface CaseRecord {
  id: string;
  source_excerpt: string;
  visa: string | null;
  channel: Channel | null;
  post: string | null;
  officer_said: (typeof officerSaid)[number] | null;
  slip: (typeof slipKinds)[number] | null;
  slip_reason: string | null;
  form_221g: boolean | null;
  passport: (typeof passportKinds)[number] | null;
  passport_note: string | null;
  ceac_sequence: SequenceStep[];
  outcome: Outcome;
  days_to_outcome: number | null;
  days_note: string | null;
  /** YYYY or YYYY-MM: when the case started (interview or drop-off), or null if unknown. */
  period: string | null;
  period_basis: string;
  lesson: string;
  ambiguity: string | null;
  possible_duplicate_of: string | null;
  /** Interview or drop-off day, when the excerpt states it. */
  started?: (DatedNote & { event: 'interview' | 'drop-off' }) | undefined;
  /** A later day on which the case was reported still without an outcome (from a note). */
  still_waiting_on?: DatedNote | undefined;
  /** The day of an outcome that has no CEAC step (asked to interview). */
  outcome_date?: DatedNote | undefined;
  /** Corrections made to the record by this site, one sentence each. */
  fixes?: string[] | undefined;
  /** Schema checks the record fails, acknowledged with a reason. */
  flags?: Flag[] | undefined;
}
