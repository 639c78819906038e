import { z } from 'astro/zod';
import { meanings } from '../lib/wizard/facts';
import { timingKinds } from '../lib/wizard/timing';
import { isoDate, slug, sourcesWithOfficial } from './source';

const item = z.string().min(10, { error: 'Write each item as a full sentence.' });

/**
 * A wizard verdict's words, in src/content/outcomes/<id>.yaml. The id is the outcome id the
 * verdict rules name (src/lib/wizard/rules.ts) and the value of the verdict's data-outcome.
 */
export const outcomeSchema = z.strictObject({
  /**
   * The verdict meaning this outcome carries in data-meaning (docs/design.md §5.2). The build checks it
   * equals the meaning of every rule that shows this outcome.
   */
  meaning: z.enum(meanings, { error: `meaning must be one of: ${meanings.join(', ')}.` }),
  /** The verdict heading, starting with how sure we are: "Most likely approved: …". */
  title: z.string().min(10).max(90, { error: 'Keep the title under 90 characters.' }),
  /** The most likely meaning in one sentence, in plain words. */
  summary: z
    .string()
    .min(30)
    .max(260, { error: 'The summary is one sentence (260 characters at most).' })
    .refine((s) => !/[.?!]\s+\S/.test(s.trim()), { error: 'The summary is one sentence: move the rest to doNow or changes.' }),
  /** What to do now, one item each, most important first: the first three are the verdict's numbered next steps, the rest follow under "More you can do" (WizardOutcome.svelte). */
  doNow: z.array(item).min(1),
  /** What not to do. */
  dontDo: z.array(item).min(1),
  /** Signs that something needs action, one item each. */
  worryWhen: z.array(item).min(1),
  /** Events that would change this answer ("If your passport comes back with a 214(b) letter …"). */
  changes: z.array(item).min(1),
  /**
   * Optional, for interim outcomes: how long after the interview or drop-off the evidence supports
   * this answer, and what it becomes after that (src/lib/wizard/when.ts). The window's basis is
   * said in `basis` and backed by the sources below.
   */
  lapse: z
    .strictObject({
      /** Days after the interview or drop-off date. */
      afterDays: z.number().int().min(1).max(365),
      /** The outcome id this answer becomes once the window has passed. */
      becomes: slug,
      /** Where the figure comes from, in one sentence (reported cases, an official page). */
      basis: z.string().min(30),
    })
    .optional(),
  /** Which dates to show when the interview or drop-off date is known (src/lib/wizard/timing.ts). */
  timing: z.array(z.enum(timingKinds)).default([]),
  /** Optional: a pattern from applicants' reports, with how many reports and when. */
  reported: z
    .strictObject({
      /** What was reported, in one or two sentences, with the counts in it. */
      text: z.string().min(30),
      /** How many reports the text counts. */
      reports: z.number().int().min(1),
      /** When they were made: "Jan 2020 – Jan 2021". */
      period: z.string().min(4),
      /** Where: "one article's comment thread". */
      where: z.string().min(4),
    })
    .optional(),
  /** Guides that explain this situation (ids in src/content/guides), most relevant first. */
  guides: z.array(slug).min(1, { error: 'Link at least one guide.' }),
  /** Status pages that explain the CEAC statuses involved (ids in src/content/statuses). */
  statuses: z.array(slug).default([]),
  /** Where the claims come from. At least one official; official first. */
  sources: sourcesWithOfficial,
  /** The day someone last checked every claim against the sources, YYYY-MM-DD. */
  reviewed: isoDate,
});
export type OutcomeEntry = z.infer<typeof outcomeSchema>;
