import type { Source, SourceKind } from '../../schemas/source';

const rank: Record<SourceKind, number> = { official: 0, secondary: 1, community: 2 };

/** Sources in the order readers should weigh them: official, then secondary, then community. */
export function sortSources<T extends Pick<Source, 'kind'>>(sources: readonly T[]): T[] {
  return sources
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank[a.s.kind] - rank[b.s.kind] || a.i - b.i)
    .map(({ s }) => s);
}

export const sourceKindLabel: Record<SourceKind, string> = {
  official: 'Official',
  secondary: 'Secondary',
  community: 'Community report',
};

/**
 * The day most of the sources were read (the latest such day on a tie), or undefined for an empty
 * list. A source list states it once and shows a "Read" date only on the sources read on another
 * day: the same date repeated on 20-odd entries cost guides about 0.5 KB of their page budget.
 */
export function usualReadDate(sources: readonly Pick<Source, 'accessed'>[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of sources) counts.set(s.accessed, (counts.get(s.accessed) ?? 0) + 1);
  let best: string | undefined;
  for (const [day, n] of counts) {
    const bestN = best === undefined ? 0 : counts.get(best)!;
    if (n > bestN || (n === bestN && best !== undefined && day > best)) best = day;
  }
  return best;
}
