/**
 * Words live in content collections keyed by the ids the logic uses (docs/design.md, "Where the
 * words live"). These pure functions match the two: every id needs words, and words for an id the
 * logic does not know are an error too (a renamed id would otherwise leave its words unused).
 */

/** Ids with no words, and word entries whose id the logic does not know. */
export function wordsMismatch(ids: readonly string[], entryIds: readonly string[]): { missing: string[]; unknown: string[] } {
  const known = new Set(ids);
  const have = new Set(entryIds);
  return { missing: ids.filter((id) => !have.has(id)), unknown: entryIds.filter((id) => !known.has(id)) };
}

/**
 * The entries as a record by id, or an error naming the file and every missing, unknown or repeated id.
 * `file` is the content file (or folder) the entries come from.
 */
export function wordsById<Id extends string, T>(
  ids: readonly Id[],
  entries: readonly { id: string; data: T }[],
  file: string,
): Record<Id, T> {
  const entryIds = entries.map((e) => e.id);
  const { missing, unknown } = wordsMismatch(ids, entryIds);
  const twice = [...new Set(entryIds.filter((id, i) => entryIds.indexOf(id) !== i))];
  const problems = [
    ...(twice.length ? [`two entries for ${twice.join(', ')}`] : []),
    ...(missing.length ? [`no words for ${missing.join(', ')}`] : []),
    ...(unknown.length ? [`words for unknown id ${unknown.join(', ')} (known ids: ${ids.join(', ')})`] : []),
  ];
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return Object.fromEntries(entries.map((e) => [e.id, e.data])) as Record<Id, T>;
}
