/**
 * A small CSV reader for the measured data sets in data/ (RFC 4180: commas, double quotes, ""
 * inside quotes, LF or CRLF line ends). It keeps the line number of every row so that a bad row
 * can be reported as "file:line", and it never drops a row silently: a row with the wrong number
 * of cells, or one that fails its schema, becomes an error naming the file, the line and the
 * column. The build stops on any error (src/data/measured.ts).
 */

export interface CsvRow {
  /** 1-based line number in the file where the row starts (the header is line 1). */
  line: number;
  /** Cell values by column name. */
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  errors: string[];
}

/** Splits the text into records of cells, each with the line it starts on. */
function records(text: string): { line: number; cells: string[]; unclosed: boolean }[] {
  const out: { line: number; cells: string[]; unclosed: boolean }[] = [];
  let line = 1;
  let start = 1;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  while (i < body.length) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
      cells.push(cell);
      out.push({ line: start, cells, unclosed: false });
      cells = [];
      cell = '';
      line += 1;
      start = line;
    } else cell += ch;
    i += 1;
  }
  if (quoted || cell !== '' || cells.length > 0) {
    cells.push(cell);
    out.push({ line: start, cells, unclosed: quoted });
  }
  // Blank lines (a trailing newline, an empty last line) are not rows.
  return out.filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
}

/**
 * Reads a CSV file whose first line names the columns. `expected` lists the columns the file must
 * have, in order; anything else is an error on line 1.
 */
export function readCsv(text: string, file: string, expected: readonly string[]): CsvTable {
  const all = records(text);
  const errors: string[] = [];
  const header = all[0]?.cells ?? [];
  if (header.join(',') !== expected.join(',')) {
    errors.push(`${file}:1: the header must be "${expected.join(',')}", found "${header.join(',')}".`);
    return { header, rows: [], errors };
  }
  const rows: CsvRow[] = [];
  for (const r of all.slice(1)) {
    if (r.unclosed) {
      errors.push(`${file}:${r.line}: a quoted cell is never closed.`);
      continue;
    }
    if (r.cells.length !== header.length) {
      errors.push(`${file}:${r.line}: ${r.cells.length} cells, expected ${header.length} (${header.join(', ')}).`);
      continue;
    }
    rows.push({ line: r.line, cells: Object.fromEntries(header.map((h, i) => [h, r.cells[i]!])) });
  }
  if (rows.length === 0 && errors.length === 0) errors.push(`${file}: no rows after the header.`);
  return { header, rows, errors };
}

/** The part of a zod schema this file uses (kept structural so lib/ does not depend on zod). */
export interface RowSchema<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export interface Parsed<T> {
  rows: (T & { line: number })[];
  errors: string[];
}

/** Reads the file and checks every row against the schema; each failing row is an error with its line and column. */
export function parseCsv<T>(text: string, file: string, columns: readonly string[], schema: RowSchema<T>): Parsed<T> {
  const table = readCsv(text, file, columns);
  const rows: (T & { line: number })[] = [];
  const errors = [...table.errors];
  for (const row of table.rows) {
    const result = schema.safeParse(row.cells);
    if (result.success) rows.push({ ...result.data, line: row.line });
    else {
      for (const issue of result.error.issues) {
        const column = issue.path.map(String).join('.') || 'row';
        errors.push(`${file}:${row.line}: ${column}: ${issue.message} (found "${row.cells[column] ?? ''}").`);
      }
    }
  }
  return { rows, errors };
}
