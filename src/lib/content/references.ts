/**
 * Cross-collection checks the schemas cannot do on one file alone: every id a guide,
 * status or glossary entry points at must exist. Pure, so it is unit-tested and also
 * run at build time (src/data/content.ts), where a broken reference fails the build.
 */
export interface ContentIndex {
  guides: ReadonlyArray<{ id: string; related: readonly string[]; statuses: readonly string[]; changes?: readonly string[] }>;
  statuses: ReadonlyArray<{ id: string; guides: readonly string[] }>;
  glossary: ReadonlyArray<{ id: string; guide?: string | undefined; status?: string | undefined }>;
  /** Change-log entries (src/content/changes/<id>.yaml); guides and policies point at them. */
  changes?: ReadonlyArray<{ id: string }>;
  /** Nationality-based measures (src/content/policies/<id>.yaml); each names its change-log entry. */
  policies?: ReadonlyArray<{ id: string; change: string }>;
}

export function findBrokenReferences(index: ContentIndex): string[] {
  const guideIds = new Set(index.guides.map((g) => g.id));
  const statusIds = new Set(index.statuses.map((s) => s.id));
  const changeIds = new Set((index.changes ?? []).map((c) => c.id));
  const problems: string[] = [];
  const check = (file: string, field: string, id: string, known: Set<string>, kind: string) => {
    if (!known.has(id)) problems.push(`${file}: ${field} "${id}" is not a ${kind} id.`);
  };

  for (const g of index.guides) {
    const file = `src/content/guides/${g.id}.mdx`;
    g.related.forEach((id, i) => {
      check(file, `related[${i}]`, id, guideIds, 'guide');
      if (id === g.id) problems.push(`${file}: related[${i}] points at the guide itself.`);
    });
    g.statuses.forEach((id, i) => check(file, `statuses[${i}]`, id, statusIds, 'status'));
    (g.changes ?? []).forEach((id, i) => check(file, `changes[${i}]`, id, changeIds, 'change-log'));
  }
  for (const p of index.policies ?? []) {
    check(`src/content/policies/${p.id}.yaml`, 'change', p.change, changeIds, 'change-log');
  }
  for (const s of index.statuses) {
    const file = `src/content/statuses/${s.id}.yaml`;
    s.guides.forEach((id, i) => check(file, `guides[${i}]`, id, guideIds, 'guide'));
  }
  for (const t of index.glossary) {
    const file = `src/content/glossary/${t.id}.yaml`;
    if (t.guide) check(file, 'guide', t.guide, guideIds, 'guide');
    if (t.status) check(file, 'status', t.status, statusIds, 'status');
  }
  return problems;
}

/**
 * YAML turns an unquoted impossible date such as 2026-02-30 into a valid Date (2 March), so
 * the schema never sees the mistake. This scans the raw file text for YYYY-MM-DD tokens
 * that are not real calendar dates, and reports them with their line numbers.
 */
export function findImpossibleDates(file: string, text: string): string[] {
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(/(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g)) {
      const [token, y, mo, d] = m;
      const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
      const real = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
      if (!real) problems.push(`${file}: line ${i + 1}: ${token} is not a real calendar date.`);
    }
  });
  return problems;
}
