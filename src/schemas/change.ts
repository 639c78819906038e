import { z } from 'astro/zod';
import { isoDate, sourceSchema, sourceKinds } from './source';
import { inForceStatuses } from './policy';

/**
 * What kind of change an entry records.
 * - display: what CEAC shows changed.
 * - waiver: interview-waiver (dropbox) rules.
 * - proclamation: a presidential proclamation under INA 212(f).
 * - pause: the State Department stopped issuing some visas without a proclamation.
 * - vetting: new screening (online presence, continuous vetting, cables to officers).
 * - fee: a new fee, bond or payment.
 * - court: a court decision or lawsuit.
 * - procedure: where or how to apply, wait or ask.
 */
export const changeKinds = ['display', 'waiver', 'proclamation', 'pause', 'vetting', 'fee', 'court', 'procedure'] as const;
export type ChangeKind = (typeof changeKinds)[number];

const kindRank = Object.fromEntries(sourceKinds.map((k, i) => [k, i])) as Record<(typeof sourceKinds)[number], number>;

const sentence = (field: string, max = 700) =>
  z
    .string({ error: `Write ${field} in plain sentences.` })
    .min(30, { error: `Write ${field} as at least one full plain sentence.` })
    .max(max, { error: `Keep ${field} under ${max} characters; the guides say more.` });

/** One dated change in the change log, in src/content/changes/<id>.yaml (the id is the page anchor). */
export const changeSchema = z
  .strictObject({
    /** The day the change took effect, YYYY-MM-DD, from a source (never guessed). */
    date: isoDate,
    /** Optional: the day it was announced, signed or decided, if different from `date`. */
    announced: isoDate.optional(),
    /** Optional: the day it was scheduled to end when it was made (a pilot, a 12-month proclamation). */
    scheduledEnd: isoDate.optional(),
    /** Optional: the first day it no longer applied, only when a source says so. */
    ended: isoDate.optional(),
    /** A short heading: "CEAC starts showing administrative processing as Refused". */
    title: z.string().min(10, { error: 'The title is too short to say what changed.' }).max(100, {
      error: 'Keep the title under 100 characters.',
    }),
    /** What kind of change it is (see changeKinds). */
    kind: z.enum(changeKinds, { error: `kind must be one of: ${changeKinds.join(', ')}.` }),
    /** What changed, in plain sentences. */
    what: sentence('what'),
    /** Who it affects: which visas, nationalities, places. */
    who: sentence('who', 400),
    /** What it means for someone whose CEAC status says Refused. */
    forRefused: sentence('forRefused'),
    /**
     * in-force: known to be in force as of statusAsOf; ended: a source says it ended (give `ended`
     * unless it is a one-time event); unknown-after: known until statusAsOf, not confirmed after it.
     */
    status: z.enum(inForceStatuses, { error: `status must be one of: ${inForceStatuses.join(', ')}.` }),
    /** The date of the newest source that shows the status, YYYY-MM-DD. */
    statusAsOf: isoDate,
    /** The official page a reader should check; required when status is unknown-after. */
    checkUrl: z
      .url({ error: 'checkUrl must be a full https:// address.' })
      .refine((u) => u.startsWith('https://'), { error: 'checkUrl must use https://.' })
      .optional(),
    /** Where the facts come from, official first, then secondary, then community. */
    sources: z
      .array(sourceSchema)
      .min(1, { error: 'List at least one source.' })
      .refine((list) => list.every((s, i) => i === 0 || kindRank[list[i - 1]!.kind] <= kindRank[s.kind]), {
        error: 'List sources in order: official first, then secondary, then community.',
      }),
    /**
     * Required when no source is official: why (for example, the change was only announced on
     * social media, or only reported from an internal cable). Shown on the page.
     */
    noOfficialSource: z.string().min(30, { error: 'Say in a full sentence why there is no official source.' }).optional(),
  })
  .superRefine((c, ctx) => {
    const hasOfficial = c.sources.some((s) => s.kind === 'official');
    if (!hasOfficial && !c.noOfficialSource) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'List at least one official source, or say in noOfficialSource why there is none.',
      });
    }
    if (hasOfficial && c.noOfficialSource) {
      ctx.addIssue({ code: 'custom', path: ['noOfficialSource'], message: 'An official source is listed, so remove noOfficialSource.' });
    }
    if (c.status === 'unknown-after' && !c.checkUrl) {
      ctx.addIssue({
        code: 'custom',
        path: ['checkUrl'],
        message: 'status is unknown-after, so give the official page to check (checkUrl).',
      });
    }
    if (c.announced && c.announced > c.date) {
      ctx.addIssue({ code: 'custom', path: ['announced'], message: 'announced cannot be later than date.' });
    }
    if (c.ended && c.ended <= c.date) {
      ctx.addIssue({ code: 'custom', path: ['ended'], message: 'ended must be later than date.' });
    }
    if (c.ended && c.status !== 'ended') {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'The entry has an ended date, so status must be ended.' });
    }
    if (c.scheduledEnd && c.scheduledEnd <= c.date) {
      ctx.addIssue({ code: 'custom', path: ['scheduledEnd'], message: 'scheduledEnd must be later than date.' });
    }
    const earliest = c.announced ?? c.date;
    if (c.statusAsOf < earliest) {
      ctx.addIssue({ code: 'custom', path: ['statusAsOf'], message: 'statusAsOf cannot be earlier than the change itself.' });
    }
  });
export type Change = z.infer<typeof changeSchema>;
