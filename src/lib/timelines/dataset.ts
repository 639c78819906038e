/**
 * Reads the cases file: { source, fields, added_fields, cases: [...] }. The file loader swallows
 * parser errors into a log line, so src/data/cases.ts also fails the build on an empty collection.
 */
export interface DatasetNote {
  /** Where the reports come from and how they were anonymized. */
  source: string;
  /** The dataset's own field list. */
  fields: string;
  /** What this site added to each record when it copied the dataset. */
  added_fields: string;
}

export function parseCasesFile(text: string): Record<string, unknown>[] {
  const data: unknown = JSON.parse(text);
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { cases?: unknown }).cases)) {
    throw new Error('reported-cases.json must be an object with a "cases" array.');
  }
  const note = data as Partial<DatasetNote>;
  for (const key of ['source', 'fields', 'added_fields'] as const) {
    if (typeof note[key] !== 'string' || note[key].length < 20) throw new Error(`reported-cases.json needs its "${key}" note.`);
  }
  const cases = (data as { cases: unknown[] }).cases;
  const seen = new Set<string>();
  for (const c of cases) {
    if (typeof c !== 'object' || c === null || Array.isArray(c)) throw new Error('Every case is an object.');
    const id = (c as { id?: unknown }).id;
    if (typeof id !== 'string') throw new Error('Every case needs a string id.');
    if (seen.has(id)) throw new Error(`The case id ${id} is used twice.`);
    seen.add(id);
  }
  return cases as Record<string, unknown>[];
}
