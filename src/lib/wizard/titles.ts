/**
 * The wizard's page titles, the same in the island (document.title) and on the no-JavaScript pages
 * (docs/design.md §5.1, "Step titles"). A question: "<question> – Question 3 of 5", or
 * "<question> – Question 3" when the number of questions depends on answers still to come; a
 * verdict: "Result: <verdict headline>"; "Error: " in front while a validation error shows. The
 * site name is added after " · " as on every page (BaseLayout).
 */
export const SITE_SEPARATOR = ' · ';

export function stepTitle(heading: string, step?: { n: number; t?: number | undefined }, error = false): string {
  return (error ? 'Error: ' : '') + (step ? `${heading} – Question ${step.n}${step.t ? ` of ${step.t}` : ''}` : `Result: ${heading}`);
}
