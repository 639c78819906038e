/**
 * Fills the `{name}` slots of a template (words from a content file or from code) with values, in
 * one pass and with a function, so every value is data: a `$&`, `$1` or `{label}` inside a value is
 * shown as written, never read as a replacement pattern or as another slot. A slot with no value
 * stays as written. One home for the wizard, its dated lines and the planner's date words.
 */
export const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
