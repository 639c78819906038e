/**
 * The order an immigrant-visa case meets its statuses. Statuses shared with nonimmigrant
 * cases (Administrative Processing, Issued, Ready) carry an `order` that fits the NIV list,
 * so the IV list uses this lifecycle instead. Ids not listed go last, by their own order.
 */
export const ivLifecycle = [
  'at-nvc',
  'in-transit',
  'transfer-in-progress',
  'ready',
  'administrative-processing',
  'refused-iv',
  'issued',
  'return-to-nvc',
  'expiring-soon',
  'expired',
] as const;

export function sortByIvLifecycle<T extends { id: string; order: number }>(statuses: readonly T[]): T[] {
  const rank = (id: string) => {
    const i = (ivLifecycle as readonly string[]).indexOf(id);
    return i < 0 ? ivLifecycle.length : i;
  };
  return [...statuses].sort((a, b) => rank(a.id) - rank(b.id) || a.order - b.order);
}
