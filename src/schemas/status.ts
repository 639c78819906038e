import { z } from 'astro/zod';
import { isoDate, slug, sourceSchema, sourceKinds } from './source';
import { factValues } from '../lib/wizard/facts';

/** Which CEAC system shows the status: nonimmigrant (DS-160) or immigrant (NVC case). */
export const visaSystems = ['NIV', 'IV'] as const;

/** The wizard's `status` fact values (docs/design.md §5.1) a CEAC status maps to; their one home is the wizard's facts. */
export const wizardStatusValues = factValues.status;

/** One official wording of a status, with when it was seen. */
export const statusTextSchema = z.strictObject({
  /** The text exactly as CEAC shows it under the status word, without the per-post tail. */
  text: z.string().min(20, { error: 'A status text is a full sentence; paste it exactly.' }),
  /** When this wording was seen ("from March 3, 2020", "Oct 2022"). */
  seen: z.string().min(3),
  /** Where the wording was captured (applicant pastes, an embassy page, a tracker's sample). */
  capturedFrom: z.string().min(3),
  /** official: read on a government page; otherwise official text reproduced elsewhere. */
  kind: z.enum(sourceKinds),
  /** False when only part of the text is known; the page says so. */
  complete: z.boolean(),
});

/** A CEAC status, in src/content/statuses/<id>.yaml. The id is the decoder's variant name. */
export const statusSchema = z
  .strictObject({
    /** The word CEAC shows in large type: "Refused", "Issued", "At NVC". */
    label: z.string().min(2),
    /** Our name for this page when one label has several texts: "Refused (long text)". */
    name: z.string().min(2),
    /** NIV, IV or both. */
    systems: z.array(z.enum(visaSystems)).min(1),
    /** One plain sentence: what this status most likely means. Shown in lists and search. */
    summary: z.string().min(20).max(200, { error: 'Keep the summary to one sentence (200 characters at most).' }),
    /** The official wordings, newest first. Empty only when no verbatim text is known. */
    texts: z.array(statusTextSchema),
    /** Required when texts is empty: what is known about the wording and why it is missing. */
    textNote: z.string().optional(),
    /** What the status means, one paragraph per item. */
    meaning: z.array(z.string().min(20)).min(1),
    /** What usually happens next, one item each. */
    next: z.array(z.string().min(10)).min(1),
    /** What to do now, one item each. */
    doNow: z.array(z.string().min(10)).min(1),
    /** Optional: patterns applicants report, labelled with how many reports and when. */
    reported: z.array(z.string().min(20)).default([]),
    /** The wizard's `status` answer this corresponds to. */
    wizardStatus: z.enum(wizardStatusValues),
    /** Guides that explain this status (ids). */
    guides: z.array(slug).min(1, { error: 'Link at least one guide that explains this status.' }),
    /** Where the text and the reading come from. */
    sources: z.array(sourceSchema).min(1, { error: 'List at least one source.' }),
    /** The day the entry was last checked, YYYY-MM-DD. */
    reviewed: isoDate,
    /** Position on the /status/ index within its system; lower comes first. */
    order: z.number().int().min(0).default(100),
  })
  .refine((s) => s.texts.length > 0 || (s.textNote?.length ?? 0) > 0, {
    error: 'A status without any official text needs a textNote saying why.',
    path: ['textNote'],
  });
export type StatusEntry = z.infer<typeof statusSchema>;
