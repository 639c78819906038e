/**
 * Fills the `{name}` slots of a sentence from the content collections. Values are data: each slot
 * is replaced by a function, so a `$&`, `$1` or `{label}` inside a value is printed as written and
 * never expanded, and only the values' own keys count (a `{constructor}` slot is not filled from
 * Object.prototype). A slot without a value stays as written, so a missing value shows instead of
 * vanishing.
 */
export function fill(template: string, values: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(values, name) ? values[name] : undefined) ?? slot);
}
