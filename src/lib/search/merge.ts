/** Combines the result lists of several Pagefind queries into one ranking. */

export interface Scored {
  id: string;
  score: number;
}

/**
 * Tiers in priority order: every result of the first tier, then the new results of the next,
 * and so on. Within a tier, Pagefind's order (best score first) is kept.
 */
export function mergeTiers<T extends Scored>(tiers: ReadonlyArray<readonly T[]>): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const tier of tiers) {
    for (const result of tier) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      out.push(result);
    }
  }
  return out;
}

/**
 * "Any of these words": each list's scores are scaled to its best result, summed per page and
 * sorted, so a page matching two of the words outranks a page matching one very well.
 */
export function combineAny<T extends Scored>(lists: ReadonlyArray<readonly T[]>): T[] {
  const totals = new Map<string, { item: T; total: number }>();
  for (const list of lists) {
    const best = Math.max(0, ...list.map((r) => r.score));
    if (best <= 0) continue;
    for (const item of list) {
      const entry = totals.get(item.id) ?? { item, total: 0 };
      entry.total += item.score / best;
      totals.set(item.id, entry);
    }
  }
  return [...totals.values()].sort((a, b) => b.total - a.total).map((e) => e.item);
}
