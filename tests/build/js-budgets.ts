/**
 * JavaScript budgets of docs/design.md §9 (gzip bytes loaded before any interaction), by page
 * pattern; the first match wins. Bytes are counted by `initialScripts()` in js-graph.ts as they
 * travel: each file gzipped on its own and summed, as a static host sends them
 * (docs/adr/005-wizard-javascript-budget.md, docs/adr/009-decoder-planner-javascript-budget.md).
 * tests/build/budgets.test.ts asserts them on every built page; `npm run bench` prints them beside
 * its measurements.
 */
const KB = 1024;

export interface JsBudget {
  /** The kind of page, as a failure message or the bench table names it. */
  name: string;
  /** Whether a site path belongs to this kind. */
  match: (path: string) => boolean;
  /** Budget in bytes: each file gzipped on its own, then summed. */
  gzip: number;
  /** Whether the page may hydrate a framework island. */
  islands: boolean;
}

export const jsBudgets: readonly JsBudget[] = [
  {
    name: 'article page (guide, status, glossary, embassy or consulate)',
    match: (p) => /^\/(guides|status|glossary|posts)\//.test(p),
    gzip: 1.5 * KB,
    islands: false,
  },
  { name: 'wizard', match: (p) => p.startsWith('/wizard/'), gzip: 24 * KB, islands: true },
  { name: 'decoder', match: (p) => p.startsWith('/decode/'), gzip: 24 * KB, islands: true },
  { name: 'planner', match: (p) => p.startsWith('/next-steps/'), gzip: 24 * KB, islands: true },
  { name: 'any other page', match: () => true, gzip: 20 * KB, islands: true },
];

/** The budget that applies to a site path (the query string, if any, is ignored). */
export function jsBudgetFor(path: string): JsBudget {
  const pathname = path.split('?')[0]!;
  return jsBudgets.find((b) => b.match(pathname))!;
}
