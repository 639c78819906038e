/**
 * Shared settings for the property tests (fast-check). Every run uses one fixed seed, so a failure
 * is the same on every machine; fast-check shrinks the failing input and its message ends with the
 * seed and path that replay it. To explore other inputs: FC_SEED=<n> npx vitest run <file>.
 */
import fc from 'fast-check';

export const seed = Number(process.env['FC_SEED'] ?? 20261202);

/** Options for fc.assert: the fixed seed and a number of runs sized to keep the unit stage fast. */
export function runs(numRuns: number): fc.Parameters<unknown> {
  return { seed, numRuns };
}

/** A calendar date YYYY-MM-DD, `min` to `max` days after 1 January 2000. */
export function isoDate(min = 0, max = 365 * 30): fc.Arbitrary<string> {
  return fc.integer({ min, max }).map((d) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
}
