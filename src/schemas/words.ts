import { z } from 'astro/zod';

/**
 * One piece of words shown by a tool, in a YAML file whose top-level keys are the ids the tool's
 * logic uses (for example src/content/decoder/readings.yaml, keyed by decoder variant id). Which ids
 * must be there is checked against the logic by src/lib/content/words.ts, in both directions.
 */
export const wordSchema = z.strictObject({
  /** The words themselves, in plain sentences. May be empty only where the file says nothing is shown. */
  text: z.string(),
});
export type Word = z.infer<typeof wordSchema>;
