#!/usr/bin/env node
/**
 * npm run data:refresh — on a machine with network access, fetch newer snapshots of the data sets
 * in data/ from the public repositories named in data/sources.json, and rewrite data/.
 *
 *   node scripts/data-refresh.mjs [--from https://raw.githubusercontent.com] [--ref HEAD] [--dry-run]
 *
 * Each file with a "refresh" entry in data/sources.json is fetched from <from>/<repo>/<ref>/<path>,
 * turned into our columns by its adapter, checked (header, cells per row, at least as many rows as
 * before), and only then written, all files or none. Files whose upstream is not a single file
 * (the checkee dashboard's daily history, the DV weekly snapshots) carry a "refresh.manual" reason
 * and are left as they are; the script says so. The next `npm run build` checks every row.
 * The build itself never runs this script and never uses the network.
 */
import { readFileSync, writeFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Splits CSV text into rows of cells (quotes and "" inside quotes; LF or CRLF). */
export function csvRows(text) {
  const out = [];
  let row = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') q = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') q = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    out.push(row);
  }
  return out.filter((r) => !(r.length === 1 && r[0] === ''));
}

const quote = (c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const toCsv = (rows) => `${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`;

/** Upstream formats → our columns (data/README.md). */
export const adapters = {
  /** Already in our columns. */
  same: (rows) => rows,
  /** chenchen2015/CheckeeInfo-Scraper: ",UserName,VisaType,VisaEntry,City,Major,VisaStatus,CheckDate,CompleteDate,WaitDays,UserID"; cleared rows only, user names dropped. */
  'checkee-scraper': (rows) => {
    const [head, ...body] = rows;
    const at = (name) => {
      const i = head.indexOf(name);
      if (i < 0) throw new Error(`upstream column ${name} is missing`);
      return i;
    };
    const cols = ['CheckDate', 'CompleteDate', 'WaitDays', 'VisaStatus', 'VisaType', 'VisaEntry', 'City', 'Major'].map(at);
    return [
      ['check_date', 'complete_date', 'waiting_days', 'status', 'visa_type', 'entry', 'consulate', 'major'],
      ...body.filter((r) => r[at('VisaStatus')] === 'Clear').map((r) => cols.map((i) => (r[i] ?? '').trim())),
    ];
  },
};

/**
 * Fetches, converts and checks every refreshable file; writes them only if all pass. Returns what
 * it did per file. `fetchText(url)` is injected so tests run on a local fixture.
 */
export async function refresh({
  dataDir,
  fetchText,
  from = 'https://raw.githubusercontent.com',
  ref = 'HEAD',
  dryRun = false,
  today = new Date().toISOString().slice(0, 10),
}) {
  const manifestPath = join(dataDir, 'sources.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const report = [];
  const staged = [];
  for (const [file, note] of Object.entries(manifest.files)) {
    if (!note.refresh || note.refresh.manual) {
      report.push({ file, action: 'kept', reason: note.refresh?.manual ?? 'no refresh source' });
      continue;
    }
    const url = `${from}/${note.source}/${ref}/${note.refresh.path}`;
    const adapter = adapters[note.refresh.adapter];
    if (!adapter) throw new Error(`${file}: unknown adapter ${note.refresh.adapter}`);
    const rows = adapter(csvRows(await fetchText(url)));
    const current = csvRows(readFileSync(join(dataDir, file), 'utf8'));
    if (rows[0].join(',') !== current[0].join(','))
      throw new Error(`${file}: ${url} gives columns "${rows[0].join(',')}", expected "${current[0].join(',')}"`);
    const bad = rows.findIndex((r) => r.length !== rows[0].length);
    if (bad >= 0) throw new Error(`${file}: row ${bad + 1} of ${url} has ${rows[bad].length} cells, expected ${rows[0].length}`);
    if (rows.length < current.length)
      throw new Error(`${file}: ${url} has ${rows.length - 1} rows, fewer than the ${current.length - 1} we have; not replacing it`);
    staged.push({ file, text: toCsv(rows) });
    report.push({ file, action: 'updated', rows: rows.length - 1, before: current.length - 1, from: url });
  }
  if (!dryRun && staged.length > 0) {
    // All or nothing: write to a temporary folder first, then move into place.
    const tmp = mkdtempSync(join(tmpdir(), 'data-refresh-'));
    try {
      staged.forEach((s, i) => writeFileSync(join(tmp, String(i)), s.text));
      staged.forEach((s, i) => renameSync(join(tmp, String(i)), join(dataDir, s.file)));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    manifest.taken = today;
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, ref: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
  });
  const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
  const fetchText = async (url) => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return res.text();
  };
  const report = await refresh({ dataDir, fetchText, from: values.from, ref: values.ref, dryRun: values['dry-run'] });
  for (const r of report)
    console.log(
      `${r.file}: ${r.action}${r.rows !== undefined ? ` (${r.before} → ${r.rows} rows, from ${r.from})` : ''}${r.reason ? `: ${r.reason}` : ''}`,
    );
  console.log('Now run `npm run build`: it checks every row and recomputes every figure.');
}
