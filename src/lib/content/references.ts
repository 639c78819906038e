/**
 * Cross-collection checks the schemas cannot do on one file alone: every id a guide,
 * status or glossary entry points at must exist. Pure, so it is unit-tested and also
 * run at build time (src/data/content.ts), where a broken reference fails the build.
 */
export interface ContentIndex {
  guides: ReadonlyArray<{ id: string; related: readonly string[]; statuses: readonly string[] }>;
  statuses: ReadonlyArray<{ id: string; guides: readonly string[] }>;
  glossary: ReadonlyArray<{ id: string; guide?: string | undefined; status?: string | undefined }>;
}

export function findBrokenReferences(index: ContentIndex): string[] {
  const guideIds = new Set(index.guides.map((g) => g.id));
  const statusIds = new Set(index.statuses.map((s) => s.id));
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
