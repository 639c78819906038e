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
