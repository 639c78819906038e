/**
 * Reading the measured data sets: file text in, typed rows and errors out. Pure (the caller reads
 * the files), so the unit tests can feed it broken rows. Every error names the file and line.
 */
import { parseCsv, type Parsed } from './csv';
import { checkeeClearedRow, checkeeCompletedRow, checkeeMonthRow, dvCaseRow, visaOfficeRow } from '../../schemas/measured';
import type { CheckeeCase, CheckeeMonth, DvCase, MeasuredData, VisaOfficeLine } from './types';

/** The files in data/, relative to the repository root, and their columns in order. */
export const measuredFiles = {
  checkeeRecent: {
    path: 'data/checkee/completed-2024-11_to_2026-07.csv',
    columns: [
      'check_date',
      'complete_date',
      'waiting_days',
      'status',
      'visa_type',
      'entry',
      'consulate',
      'major',
      'first_seen_commit',
      'last_seen_commit',
    ],
  },
  checkeeCleared: {
    path: 'data/checkee/cleared-2009_to_2018.csv',
    columns: ['check_date', 'complete_date', 'waiting_days', 'status', 'visa_type', 'entry', 'consulate', 'major'],
  },
  checkeeMonths: {
    path: 'data/checkee/monthly-table-2016-04_to_2026-07.csv',
    columns: ['check_month', 'pending', 'clear', 'reject', 'total', 'avg_wait_days_of_cleared', 'as_of'],
  },
  dv: {
    path: 'data/dv-ceac/dv-221g-cases-FY2023_to_2026.csv',
    columns: [
      'fiscal_year',
      'region',
      'consulate',
      'first_221g_status_date',
      'first_221g_seen_in_snapshot',
      'outcome',
      'outcome_status_date',
      'days_221g_to_outcome_or_censor',
    ],
  },
  visaOffice: {
    path: 'data/visa-office/ineligibilities_221g_by_fy.csv',
    columns: [
      'fiscal_year',
      'visa_kind',
      'ground',
      'ineligibility_findings',
      'overcome_or_waived',
      'pct_overcome',
      'source_grade',
      'source',
    ],
  },
} as const;

export type MeasuredKey = keyof typeof measuredFiles;

export function parseCheckeeRecent(text: string, file: string = measuredFiles.checkeeRecent.path): Parsed<CheckeeCase> {
  const parsed = parseCsv(text, file, measuredFiles.checkeeRecent.columns, checkeeCompletedRow);
  // The dashboard columns only say when a row was seen; the figures do not use them.
  return { rows: parsed.rows.map(({ first_seen_commit: _f, last_seen_commit: _l, ...rest }) => rest), errors: parsed.errors };
}

export function parseCheckeeCleared(text: string, file: string = measuredFiles.checkeeCleared.path): Parsed<CheckeeCase> {
  const parsed = parseCsv(text, file, measuredFiles.checkeeCleared.columns, checkeeClearedRow);
  const errors = [...parsed.errors];
  for (const r of parsed.rows)
    if (r.status !== 'Clear') errors.push(`${file}:${r.line}: status: this file holds cleared cases only (found "${r.status}").`);
  return { rows: parsed.rows, errors };
}

export function parseCheckeeMonths(text: string, file: string = measuredFiles.checkeeMonths.path): Parsed<CheckeeMonth> {
  const parsed = parseCsv(text, file, measuredFiles.checkeeMonths.columns, checkeeMonthRow);
  const errors = [...parsed.errors];
  const seen = new Map<string, number>();
  for (const r of parsed.rows) {
    const before = seen.get(r.check_month);
    if (before !== undefined) errors.push(`${file}:${r.line}: check_month: ${r.check_month} is already on line ${before}.`);
    seen.set(r.check_month, r.line);
  }
  return { rows: parsed.rows, errors };
}

export function parseDv(text: string, file: string = measuredFiles.dv.path): Parsed<DvCase> {
  // The schema's output is DvCase without its line; parseCsv adds the line.
  return parseCsv(text, file, measuredFiles.dv.columns, dvCaseRow) as unknown as Parsed<DvCase>;
}

export function parseVisaOffice(text: string, file: string = measuredFiles.visaOffice.path): Parsed<VisaOfficeLine> {
  const parsed = parseCsv(text, file, measuredFiles.visaOffice.columns, visaOfficeRow);
  const errors = [...parsed.errors];
  for (const r of parsed.rows) {
    if (r.overcome_or_waived !== null && r.overcome_or_waived > r.ineligibility_findings * 1.5) {
      errors.push(
        `${file}:${r.line}: overcome_or_waived: ${r.overcome_or_waived} is far above the findings (${r.ineligibility_findings}); check the parse.`,
      );
    }
  }
  return { rows: parsed.rows, errors };
}

/** What data/sources.json says about one file (data/README.md explains each field). */
export interface SourceNote {
  source: string;
  commit: string;
  path: string;
  /** The last day the file can know about: its cases are followed up to this day. */
  followUp: string;
  license: string;
  attribution: string;
  /** Rows left out on purpose, each with its line and why. Every other row is used. */
  excluded: { line: number; reason: string }[];
  /** How npm run data:refresh updates the file (scripts/data-refresh.mjs); not used by the build. */
  refresh?: { path: string; adapter: string } | { manual: string };
}

export interface Manifest {
  taken: string;
  files: Record<string, SourceNote>;
}

/** The day a row says something happened, for the check against the file's follow-up date. */
const lastDayOf: { [K in MeasuredKey]: (row: Parsed<never>['rows'][number] & Record<string, unknown>) => string | undefined } = {
  checkeeRecent: (r) => r['complete_date'] as string,
  checkeeCleared: (r) => r['complete_date'] as string,
  checkeeMonths: (r) => r['as_of'] as string,
  dv: (r) => (r['outcome_status_date'] as string) || (r['first_221g_seen_in_snapshot'] as string),
  visaOffice: () => undefined,
};

/**
 * Applies the manifest to parsed rows: drops the rows it excludes (an exclusion must name a row
 * that exists) and reports any other row dated after the file's follow-up date.
 */
export function applyManifest<T extends { line: number }>(key: MeasuredKey, parsed: Parsed<T>, note: SourceNote | undefined): Parsed<T> {
  const file = measuredFiles[key].path;
  if (!note) return { rows: parsed.rows, errors: [...parsed.errors, `data/sources.json: no entry for ${file.replace(/^data\//, '')}.`] };
  const excluded = new Map(note.excluded.map((e) => [e.line, e.reason]));
  const lineOf = (error: string) => Number(/^[^:]+:(\d+):/.exec(error)?.[1] ?? 0);
  // An excluded row is set aside whatever is wrong with it; the exclusion must name a real row.
  const errors = parsed.errors.filter((e) => !excluded.has(lineOf(e)));
  const lines = new Set([...parsed.rows.map((r) => r.line), ...parsed.errors.map(lineOf)]);
  for (const line of excluded.keys())
    if (!lines.has(line)) errors.push(`data/sources.json: ${file} excludes line ${line}, which is not a row of the file.`);
  const rows = parsed.rows.filter((r) => !excluded.has(r.line));
  for (const r of rows) {
    const last = lastDayOf[key](r as never);
    if (last !== undefined && last > note.followUp)
      errors.push(
        `${file}:${r.line}: ${last} is after the file's follow-up date ${note.followUp} (exclude the row in data/sources.json with a reason, or fix it).`,
      );
  }
  return { rows, errors };
}

/** Reads every file with `read(path)` and returns the data, or throws with every error found. */
export function loadMeasured(read: (path: string) => string, manifest: Manifest): MeasuredData {
  const note = (key: MeasuredKey) => manifest.files[measuredFiles[key].path.replace(/^data\//, '')];
  const results = {
    checkeeRecent: applyManifest('checkeeRecent', parseCheckeeRecent(read(measuredFiles.checkeeRecent.path)), note('checkeeRecent')),
    checkeeCleared: applyManifest('checkeeCleared', parseCheckeeCleared(read(measuredFiles.checkeeCleared.path)), note('checkeeCleared')),
    checkeeMonths: applyManifest('checkeeMonths', parseCheckeeMonths(read(measuredFiles.checkeeMonths.path)), note('checkeeMonths')),
    dv: applyManifest('dv', parseDv(read(measuredFiles.dv.path)), note('dv')),
    visaOffice: applyManifest('visaOffice', parseVisaOffice(read(measuredFiles.visaOffice.path)), note('visaOffice')),
  };
  const errors = Object.values(results).flatMap((r) => r.errors);
  if (errors.length > 0) {
    const shown = errors.slice(0, 60);
    throw new Error(
      `The measured data in data/ has ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}:\n  ${shown.join('\n  ')}${errors.length > shown.length ? `\n  … and ${errors.length - shown.length} more` : ''}`,
    );
  }
  return {
    checkeeRecent: results.checkeeRecent.rows,
    checkeeCleared: results.checkeeCleared.rows,
    checkeeMonths: results.checkeeMonths.rows,
    dv: results.dv.rows,
    visaOffice: results.visaOffice.rows,
  };
}
