import { afterEach, describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { adapters, csvRows, refresh } from '../../scripts/data-refresh.mjs';

/** A small data/ folder: the real manifest, one two-row cleared file, stand-ins for the rest. */
function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'refresh-test-'));
  cpSync('data/sources.json', join(dir, 'sources.json'));
  for (const sub of ['checkee', 'dv-ceac', 'visa-office'])
    cpSync(`data/${sub}`, join(dir, sub), { recursive: true, filter: (src) => !src.endsWith('.csv') });
  writeFileSync(
    join(dir, 'checkee/cleared-2009_to_2018.csv'),
    'check_date,complete_date,waiting_days,status,visa_type,entry,consulate,major\n2009-01-05,2009-03-31,85,Clear,H1,Renewal,ShangHai,Biochemistry\n',
  );
  return dir;
}
const upstream =
  ',UserName,VisaType,VisaEntry,City,Major,VisaStatus,CheckDate,CompleteDate,WaitDays,UserID\n0,mmega,H1,Renewal,ShangHai,Biochemistry,Clear,2009-01-05,2009-03-31,85,0.0\n1,x,F1,,Toronto ,"EE, CS",Clear,2009-01-06,2009-02-06,31,1.0\n2,y,F1,New,BeiJing,EE,Pending,2009-01-07,,,2.0\n';
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('npm run data:refresh, on a local fixture (no network)', () => {
  test('fetches from the source named in data/sources.json, keeps cleared rows in our columns, drops user names', async () => {
    const dir = fixture();
    dirs.push(dir);
    const asked: string[] = [];
    const report = await refresh({
      dataDir: dir,
      from: 'https://example.invalid',
      today: '2027-01-01',
      fetchText: async (url: string) => (asked.push(url), upstream),
    });
    expect(asked).toEqual(['https://example.invalid/chenchen2015/CheckeeInfo-Scraper/HEAD/VISA-Data-2018-11-30.csv']);
    expect(readFileSync(join(dir, 'checkee/cleared-2009_to_2018.csv'), 'utf8')).toBe(
      'check_date,complete_date,waiting_days,status,visa_type,entry,consulate,major\n2009-01-05,2009-03-31,85,Clear,H1,Renewal,ShangHai,Biochemistry\n2009-01-06,2009-02-06,31,Clear,F1,,Toronto,"EE, CS"\n',
    );
    expect(readFileSync(join(dir, 'checkee/cleared-2009_to_2018.csv'), 'utf8')).not.toContain('mmega');
    expect(JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')).taken).toBe('2027-01-01');
    expect(report.find((r: { file: string }) => r.file === 'checkee/cleared-2009_to_2018.csv')).toMatchObject({
      action: 'updated',
      before: 1,
      rows: 2,
    });
    // Files built from a history of versions are kept, with the reason.
    expect(report.find((r: { file: string }) => r.file === 'dv-ceac/dv-221g-cases-FY2023_to_2026.csv')).toMatchObject({
      action: 'kept',
      reason: expect.stringMatching(/weekly CEAC snapshots/),
    });
  });
  test('writes nothing when the upstream file lost rows or columns', async () => {
    const dir = fixture();
    dirs.push(dir);
    const before = readFileSync(join(dir, 'checkee/cleared-2009_to_2018.csv'), 'utf8');
    await expect(refresh({ dataDir: dir, fetchText: async () => ',UserName,VisaType\n0,a,H1\n' })).rejects.toThrow(
      /upstream column CheckDate is missing/,
    );
    await expect(refresh({ dataDir: dir, fetchText: async () => upstream.split('\n')[0] + '\n' })).rejects.toThrow(
      /fewer than the 1 we have/,
    );
    expect(readFileSync(join(dir, 'checkee/cleared-2009_to_2018.csv'), 'utf8')).toBe(before);
  });
  test('the CSV splitter and the pass-through adapter', () => {
    expect(csvRows('a,"b ""c"", d"\r\n1,2\n')).toEqual([
      ['a', 'b "c", d'],
      ['1', '2'],
    ]);
    expect(adapters.same([['a']])).toEqual([['a']]);
  });
});
