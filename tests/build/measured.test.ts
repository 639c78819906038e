/**
 * Every displayed figure traces to the data: this test recomputes a sample of the figures on the
 * measured timelines pages straight from the files in data/, with its own small CSV reader and
 * product-limit estimate (independent of src/lib), and finds them in the built pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageAt } from './dist.ts';

const root = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'data/sources.json'), 'utf8'));

/** Rows as objects; handles quoted cells (the files quote cells that hold commas). */
function rows(path: string): Record<string, string>[] {
  const lines = readFileSync(join(root, path), 'utf8').trim().split(/\r?\n/);
  const split = (line: string) => {
    const out: string[] = [];
    let cell = '';
    let q = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (q && ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') q = !q;
      else if (ch === ',' && !q) {
        out.push(cell);
        cell = '';
      } else cell += ch;
    }
    out.push(cell);
    return out;
  };
  const head = split(lines[0]!);
  const excluded = new Set<number>(manifest.files[path.replace(/^data\//, '')].excluded.map((e: { line: number }) => e.line));
  return lines.slice(1).flatMap((l, i) => (excluded.has(i + 2) ? [] : [Object.fromEntries(split(l).map((c, j) => [head[j], c]))]));
}

const dayNo = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;

/** First day the share still waiting is at or below one half (product-limit estimate). */
function kmMedian(obs: { t: number; e: boolean }[]): number | undefined {
  const sorted = [...obs].sort((a, b) => a.t - b.t);
  let s = 1;
  let atRisk = sorted.length;
  for (let i = 0; i < sorted.length;) {
    const t = sorted[i]!.t;
    let d = 0;
    let n = 0;
    for (; i < sorted.length && sorted[i]!.t === t; i++, n++) if (sorted[i]!.e) d++;
    s *= 1 - d / atRisk;
    atRisk -= n;
    if (d > 0 && s <= 0.5 + 1e-9) return t;
  }
  return undefined;
}

const text = (path: string) => pageAt(path)!.root.querySelector('main')!.text.replace(/\s+/g, ' ');
const fmt = (n: number) => n.toLocaleString('en-US');

test('checkee, the nine most recent check months: n, still waiting, both medians', () => {
  const months = rows('data/checkee/monthly-table-2016-04_to_2026-07.csv').sort((a, b) =>
    a['check_month']!.localeCompare(b['check_month']!),
  );
  const recent = months.slice(-9);
  const inRecent = new Set(recent.map((m) => m['check_month']));
  const decided = rows('data/checkee/completed-2024-11_to_2026-07.csv').filter((r) => inRecent.has(r['check_date']!.slice(0, 7)));
  const obs = decided.map((r) => ({ t: Number(r['waiting_days']), e: true }));
  for (const m of recent) {
    const k = Number(m['pending']);
    const asOf = m['as_of']!;
    const [y, mo] = m['check_month']!.split('-').map(Number) as [number, number];
    const last = asOf.slice(0, 7) === m['check_month'] ? Number(asOf.slice(8, 10)) : new Date(Date.UTC(y, mo, 0)).getUTCDate();
    for (let i = 0; i < k; i++) {
      const day = 1 + Math.floor(((i + 0.5) * last) / k);
      obs.push({ t: dayNo(asOf) - Date.UTC(y, mo - 1, day) / 86_400_000, e: false });
    }
  }
  const n = obs.length;
  const pending = n - decided.length;
  const km = kmMedian(obs)!;
  const completed = kmMedian(decided.map((r) => ({ t: Number(r['waiting_days']), e: true })))!;
  const overview = text('/timelines/');
  assert.ok(overview.includes(`Of the ${fmt(n)} people who logged a security check`), `n = ${n} not on /timelines/`);
  assert.ok(overview.includes(`half had an answer within ${km} days`), `KM median ${km} not on /timelines/`);
  const detail = text('/timelines/security-checks/');
  assert.ok(detail.includes(`leaves out the ${fmt(pending)} still waiting`), `${pending} still waiting not on the detail page`);
  assert.ok(detail.includes(`Counting decided cases only (${fmt(decided.length)} people)`), 'decided count');
  const row = pageAt('/timelines/')!
    .root.querySelectorAll('table.measured tbody tr')[0]!
    .querySelectorAll('td')
    .map((td) => td.text);
  assert.equal(row[0], fmt(n));
  assert.match(row[1]!, new RegExp(`^${km} \\(`));
  assert.match(row[2]!, new RegExp(`^${completed} \\(`));
  const rejected = decided.filter((r) => r['status'] === 'Reject').length;
  assert.ok(overview.includes(`about 1 in ${Math.round(decided.length / rejected)} was refused`), 'share refused');
});

test('DV: cases, share issued, median days to issue and still in 221(g), for every ended year', () => {
  const all = rows('data/dv-ceac/dv-221g-cases-FY2023_to_2026.csv');
  const followUp = manifest.files['dv-ceac/dv-221g-cases-FY2023_to_2026.csv'].followUp;
  const page = text('/timelines/dv/');
  for (const fy of [...new Set(all.map((r) => r['fiscal_year']!))]) {
    const cases = all.filter((r) => r['fiscal_year'] === fy);
    const issued = cases.filter((r) => r['outcome'] === 'Issued');
    if (`${fy}-09-30` > followUp || issued.length === 0) {
      assert.ok(page.includes(`DV-${fy} (not usable)`), `DV-${fy} should be flagged`);
      continue;
    }
    const median = kmMedian(issued.map((r) => ({ t: Number(r['days_221g_to_outcome_or_censor']), e: true })));
    const still = cases.filter((r) => r['outcome'] === 'still 221(g) at last snapshot').length;
    const pct = (x: number) => `${Math.round((x / cases.length) * 100)}%`;
    const sentence = `Of the ${fmt(cases.length)} DV-${fy} cases that showed "Refused" (221(g)) on CEAC, ${pct(issued.length)} got their visa before the 30 September deadline, half of those within ${median} days of the 221(g); ${pct(still)} were still in 221(g) when the year ended.`;
    assert.ok(page.includes(sentence), `missing: ${sentence}`);
  }
});

test('Visa Office: the FY2024 221(g) refusals and the share overcome', () => {
  const line = rows('data/visa-office/ineligibilities_221g_by_fy.csv').find(
    (r) => r['fiscal_year'] === '2024' && r['visa_kind'] === 'NIV' && r['ground'] === '221(g)',
  )!;
  const findings = Number(line['ineligibility_findings']);
  const overcome = Number(line['overcome_or_waived']);
  const page = text('/timelines/visa-office/');
  assert.ok(
    page.includes(
      `refused ${fmt(findings)} nonimmigrant visa applications under 221(g), and ${fmt(overcome)} 221(g) refusals were overcome that year, as many as ${Math.round((overcome / findings) * 100)}%`,
    ),
  );
});

test('aggregates only: no checkee case row and no DV case number on any timelines page', () => {
  const decided = rows('data/checkee/completed-2024-11_to_2026-07.csv');
  const html = ['/timelines/', '/timelines/security-checks/', '/timelines/dv/', '/timelines/visa-office/']
    .map((p) => pageAt(p)!.html)
    .join('\n');
  // A case row would show a check date next to its completion date.
  for (const r of decided.slice(0, 200))
    assert.ok(!(html.includes(r['check_date']!) && html.includes(r['complete_date']!)), `a case row of ${r['check_date']}`);
  assert.doesNotMatch(html, /\b20\d\d(AF|AS|EU|OC|SA|NA)\d{3,}\b/, 'a DV case number');
});
