/**
 * Vocabulary and row shapes of the measured data sets (data/README.md). Plain TypeScript, free
 * of zod, so the statistics can run anywhere; src/schemas/measured.ts checks the files against it.
 */

/** Visa classes as checkee lists them. */
export const checkeeVisaTypes = ['B1', 'B2', 'F1', 'F2', 'H1', 'H4', 'J1', 'J2', 'L1', 'L2', 'O1', 'O2'] as const;
export type CheckeeVisaType = (typeof checkeeVisaTypes)[number];

/** The visa kinds the pages group by: the letter of the class (B1 and B2 are both B). */
export const visaKinds = ['b', 'f', 'h', 'j', 'l', 'o'] as const;
export type VisaKind = (typeof visaKinds)[number];

export const visaKindLabels: Record<VisaKind, string> = {
  b: 'B visitor visas (B-1, B-2)',
  f: 'F student visas (F-1, F-2)',
  h: 'H work visas (H-1B, H-4)',
  j: 'J exchange visas (J-1, J-2)',
  l: 'L intracompany transfer visas (L-1, L-2)',
  o: 'O visas for extraordinary ability (O-1, O-2)',
};

/** Short names for narrow tables. */
export const visaKindShort: Record<VisaKind, string> = {
  b: 'B visitor',
  f: 'F student',
  h: 'H work',
  j: 'J exchange',
  l: 'L transfer',
  o: 'O ability',
};

export function visaKindOf(type: CheckeeVisaType): VisaKind {
  return type.charAt(0).toLowerCase() as VisaKind;
}

export interface CheckeeCase {
  check_date: string;
  complete_date: string;
  waiting_days: number;
  status: 'Clear' | 'Reject';
  visa_type: CheckeeVisaType;
  entry: 'New' | 'Renewal' | '';
  consulate: string;
  major: string;
  line: number;
}

export interface CheckeeMonth {
  check_month: string;
  pending: number;
  clear: number;
  reject: number;
  total: number;
  avg_wait_days_of_cleared: number | null;
  as_of: string;
  line: number;
}

export const dvRegions = ['AF', 'AS', 'EU', 'NA', 'OC', 'SA'] as const;
export type DvRegion = (typeof dvRegions)[number];
export const dvRegionLabels: Record<DvRegion, string> = {
  AF: 'Africa',
  AS: 'Asia',
  EU: 'Europe',
  NA: 'North America',
  OC: 'Oceania',
  SA: 'South America and the Caribbean',
};

export const dvOutcomes = ['Issued', 'Refused', 'still 221(g) at last snapshot', 'Ready', 'Dark', 'Transfer', 'Returned'] as const;
export type DvOutcome = (typeof dvOutcomes)[number];

export interface DvCase {
  fiscal_year: number;
  region: DvRegion;
  consulate: string;
  first_221g_status_date: string;
  first_221g_seen_in_snapshot: string;
  outcome: DvOutcome;
  outcome_status_date: string;
  days_221g_to_outcome_or_censor: number;
  line: number;
}

export interface VisaOfficeLine {
  fiscal_year: number;
  visa_kind: 'NIV' | 'IV';
  ground: '221(g)' | '214(b)' | 'ALL GROUNDS';
  ineligibility_findings: number;
  overcome_or_waived: number | null;
  pct_overcome: string;
  source_grade: string;
  source: string;
  line: number;
}

/** All measured data, as read from data/. */
export interface MeasuredData {
  /** Decided cases from the daily dashboard history (check dates late 2024 to mid 2026). */
  checkeeRecent: CheckeeCase[];
  /** Cleared cases kept by a scraper in November 2018 (check dates 2009 to 2018). */
  checkeeCleared: CheckeeCase[];
  /** checkee's table per check month (the only source of pending counts). */
  checkeeMonths: CheckeeMonth[];
  dv: DvCase[];
  visaOffice: VisaOfficeLine[];
}
