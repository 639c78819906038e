import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCsv } from '../../src/lib/measured/csv';
import {
  applyManifest,
  loadMeasured,
  measuredFiles,
  parseCheckeeCleared,
  parseCheckeeMonths,
  parseCheckeeRecent,
  parseDv,
  parseVisaOffice,
  type Manifest,
} from '../../src/lib/measured/import';

const read = (p: string) => readFileSync(p, 'utf8');
const manifest = JSON.parse(read('data/sources.json')) as Manifest;
const recentHeader = measuredFiles.checkeeRecent.columns.join(',');
const okRecent = '2025-11-04,2026-03-13,129,Clear,B1,New,Europe,"AI, DS",2026-03-14T10:20:28+00:00,2026-05-14T05:48:52+08:00';

describe('the CSV reader', () => {
  test('reads quoted cells with commas and doubled quotes, CRLF line ends, and keeps line numbers', () => {
    const t = readCsv('a,b\r\n1,"x, ""y"""\r\n\r\n2,z\r\n', 'f.csv', ['a', 'b']);
    expect(t.errors).toEqual([]);
    expect(t.rows).toEqual([
      { line: 2, cells: { a: '1', b: 'x, "y"' } },
      { line: 4, cells: { a: '2', b: 'z' } },
    ]);
  });
  test('a quoted cell over two lines keeps the line it starts on', () => {
    const t = readCsv('a,b\n"one\ntwo",3\n4,5\n', 'f.csv', ['a', 'b']);
    expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
  });
  test('a wrong header, a short row and an unclosed quote are errors with file and line', () => {
    expect(readCsv('a,c\n1,2\n', 'f.csv', ['a', 'b']).errors).toEqual(['f.csv:1: the header must be "a,b", found "a,c".']);
    expect(readCsv('a,b\n1\n2,3\n', 'f.csv', ['a', 'b']).errors).toEqual(['f.csv:2: 1 cells, expected 2 (a, b).']);
    expect(readCsv('a,b\n1,"2\n', 'f.csv', ['a', 'b']).errors).toEqual(['f.csv:2: a quoted cell is never closed.']);
    expect(readCsv('a,b\n', 'f.csv', ['a', 'b']).errors).toEqual(['f.csv: no rows after the header.']);
  });
});

describe('each data set: a malformed row is reported with file, line and column, never dropped silently', () => {
  test('checkee decided cases', () => {
    const bad = [
      recentHeader,
      okRecent,
      '2025-11-31,2026-03-13,129,Clear,B1,New,Europe,AI,2026-03-14T10:20:28+00:00,2026-05-14T05:48:52+08:00',
      '2025-11-04,2026-03-13,130,Clear,B1,New,Europe,AI,2026-03-14T10:20:28+00:00,2026-05-14T05:48:52+08:00',
      '2025-11-04,2026-03-13,129,Pending,X9,New,Europe,AI,yesterday,2026-05-14T05:48:52+08:00',
    ].join('\n');
    const parsed = parseCheckeeRecent(bad, 'x.csv');
    expect(parsed.rows.map((r) => r.line)).toEqual([2]);
    expect(parsed.errors).toEqual([
      'x.csv:3: check_date: write a real calendar date as YYYY-MM-DD (found "2025-11-31").',
      'x.csv:4: waiting_days: waiting_days must be the days from check_date to complete_date (129) (found "130").',
      'x.csv:5: status: status must be Clear or Reject (found "Pending").',
      expect.stringMatching(/^x\.csv:5: visa_type: visa_type must be one of B1, B2/),
      'x.csv:5: first_seen_commit: write an ISO date-time with its offset (found "yesterday").',
    ]);
  });
  test('checkee cleared cases: a negative wait, and a Reject in the cleared-only file', () => {
    const head = measuredFiles.checkeeCleared.columns.join(',');
    const parsed = parseCheckeeCleared(
      `${head}\n2010-02-01,2010-01-31,-1,Clear,F1,,BeiJing,EE\n2010-02-01,2010-03-01,28,Reject,F1,New,BeiJing,EE\n`,
      'c.csv',
    );
    expect(parsed.errors).toEqual([
      'c.csv:2: waiting_days: write a whole number ≥ 0 (found "-1").',
      'c.csv:2: complete_date: complete_date is before check_date (found "2010-01-31").',
      'c.csv:3: status: this file holds cleared cases only (found "Reject").',
    ]);
  });
  test('checkee monthly table: totals must add up and a month appears once', () => {
    const head = measuredFiles.checkeeMonths.columns.join(',');
    const parsed = parseCheckeeMonths(
      `${head}\n2026-01,72,157,3,232,57.0,2026-07-29\n2026-01,1,1,1,4,,2026-07-29\n2026-13,1,1,1,3,,2026-07-29\n`,
      'm.csv',
    );
    expect(parsed.errors).toEqual([
      'm.csv:3: total: total must be pending + clear + reject (found "4").',
      'm.csv:4: check_month: write the month as YYYY-MM (found "2026-13").',
    ]);
    const dup = parseCheckeeMonths(`${head}\n2026-01,72,157,3,232,57.0,2026-07-29\n2026-01,72,157,3,232,57.0,2026-07-29\n`, 'm.csv');
    expect(dup.errors).toEqual(['m.csv:3: check_month: 2026-01 is already on line 2.']);
  });
  test('DV cases: unknown region, an Issued case without its date, days that disagree', () => {
    const head = measuredFiles.dv.columns.join(',');
    const parsed = parseDv(
      `${head}\n2023,AF,DJI,2022-11-27,2023-01-01,Issued,2023-08-24,270\n2023,ZZ,DJI,2022-11-27,2023-01-01,Issued,2023-08-24,270\n2023,AF,DJI,2022-11-27,2023-01-01,Issued,,270\n2023,AF,DJI,2022-11-27,2023-01-01,Issued,2023-08-24,271\n`,
      'd.csv',
    );
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.errors).toEqual([
      expect.stringMatching(/^d\.csv:3: region: region must be one of AF, AS/),
      'd.csv:4: outcome_status_date: an Issued case needs its date (found "").',
      'd.csv:5: days_221g_to_outcome_or_censor: days must be from first_221g_status_date to outcome_status_date (found "271").',
    ]);
  });
  test('Visa Office lines: a count that is not a number', () => {
    const head = measuredFiles.visaOffice.columns.join(',');
    const parsed = parseVisaOffice(
      `${head}\n2024,NIV,221(g),809735,672461,83.0,official table,a source\n2024,IV,221(g),225.278,191245,84.9,official table,same\n`,
      'v.csv',
    );
    expect(parsed.errors).toEqual(['v.csv:3: ineligibility_findings: write a whole number ≥ 0 (found "225.278").']);
  });
});

describe('the manifest (data/sources.json)', () => {
  const note = { ...manifest.files['checkee/completed-2024-11_to_2026-07.csv']!, excluded: [] };
  test('a row dated after the follow-up day is an error unless excluded with a reason', () => {
    const late = `${recentHeader}\n${okRecent.replace('2026-03-13,129', '2026-08-13,282')}\n`;
    const parsed = parseCheckeeRecent(late, measuredFiles.checkeeRecent.path);
    expect(parsed.errors).toEqual([]);
    expect(applyManifest('checkeeRecent', parsed, note).errors).toEqual([
      "data/checkee/completed-2024-11_to_2026-07.csv:2: 2026-08-13 is after the file's follow-up date 2026-07-29 (exclude the row in data/sources.json with a reason, or fix it).",
    ]);
    const excluded = applyManifest('checkeeRecent', parsed, { ...note, excluded: [{ line: 2, reason: 'test' }] });
    expect(excluded).toEqual({ rows: [], errors: [] });
  });
  test('an exclusion must name a row of the file', () => {
    const parsed = parseCheckeeRecent(`${recentHeader}\n${okRecent}\n`, measuredFiles.checkeeRecent.path);
    expect(applyManifest('checkeeRecent', parsed, { ...note, excluded: [{ line: 9, reason: 'x' }] }).errors).toEqual([
      'data/sources.json: data/checkee/completed-2024-11_to_2026-07.csv excludes line 9, which is not a row of the file.',
    ]);
  });
  test('loading stops with every problem listed', () => {
    const files: Record<string, string> = Object.fromEntries(Object.values(measuredFiles).map((f) => [f.path, read(f.path)]));
    files[measuredFiles.visaOffice.path] = files[measuredFiles.visaOffice.path]!.replace('809735', 'lots');
    expect(() => loadMeasured((p) => files[p]!, manifest)).toThrow(
      /1 problem:\n {2}data\/visa-office\/ineligibilities_221g_by_fy\.csv:2: ineligibility_findings/,
    );
  }, 30_000);
});

test('the files in data/ load without a single problem, and every excluded row has a reason', () => {
  const data = loadMeasured(read, manifest);
  expect(data.checkeeRecent).toHaveLength(1249);
  expect(data.checkeeCleared).toHaveLength(21815 - manifest.files['checkee/cleared-2009_to_2018.csv']!.excluded.length);
  expect(data.checkeeMonths).toHaveLength(124);
  expect(data.dv).toHaveLength(33635);
  expect(data.visaOffice).toHaveLength(14);
  for (const f of Object.values(manifest.files)) for (const e of f.excluded) expect(e.reason.length).toBeGreaterThan(10);
}, 30_000);
