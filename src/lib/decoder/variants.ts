/**
 * The decoder's result names: the public contract of /decode/ (docs/design.md §5.3). The result element
 * carries exactly one of these in `data-variant`. Every variant except `unknown` is also a status id
 * in src/content/statuses/.
 */
export const variants = [
  'refused-221g',
  'refused-letter',
  'refused-letter-old',
  'administrative-processing',
  'application-received',
  'issued',
  'ready',
  'no-status',
  'at-nvc',
  'in-transit',
  'transfer-in-progress',
  'unknown',
] as const;
export type Variant = (typeof variants)[number];

export function isVariant(value: unknown): value is Variant {
  return typeof value === 'string' && (variants as readonly string[]).includes(value);
}
