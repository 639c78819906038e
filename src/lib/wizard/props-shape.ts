/**
 * Whether /wizard/props.json has the top-level shape the island needs, checked in the browser before
 * mounting it: a file that is `{}`, `null`, a list, a string or an old shape leaves the page on its
 * no-JavaScript links with a notice instead of an island that breaks. Only the top level, written
 * for size (the page's JavaScript budget: docs/adr/005-wizard-javascript-budget.md); the whole file
 * is checked against its zod schema at build time (tests/build/wizard-props.test.ts).
 */
export const hasWizardShape = (data: unknown): boolean => {
  const p = Object(data);
  // The first four fields are records, the next four lists (each non-null: typeof null is 'object').
  return (
    'words outcomes unsure lapse table policies countries oneYear'
      .split(' ')
      .every((k, i) => p[k] && typeof p[k] == 'object' && Array.isArray(p[k]) == i > 3) &&
    typeof p.origin + typeof p.site == 'stringstring' &&
    typeof p.table[0] == 'object'
  );
};
