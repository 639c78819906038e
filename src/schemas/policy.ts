import { z } from 'astro/zod';
import { isoDate, slug, sourcesWithOfficial } from './source';

/**
 * What kind of measure stops or conditions visa issuance for some nationalities.
 * - entry-suspension-full: an INA 212(f) proclamation suspends entry for (almost) every visa class.
 * - entry-suspension-partial: an INA 212(f) proclamation suspends entry for some visa classes only.
 * - issuance-pause: the State Department stops printing visas for some nationalities without a
 *   proclamation (the 75-country immigrant-visa pause, the Afghan-passport pause).
 * - visa-bond: a B1/B2 applicant must post a bond before the visa is issued (INA 221(g)(3)).
 */
export const policyKinds = ['entry-suspension-full', 'entry-suspension-partial', 'issuance-pause', 'visa-bond'] as const;
export type PolicyKind = (typeof policyKinds)[number];

/**
 * The visa kinds the wizard asks about. A policy lists the ones it covers.
 * - b: B1/B2 visitor visa (also B-1 or B-2 alone).
 * - f-m-j: student and exchange visas (F, M, J).
 * - h-l: H and L work visas and their family members (H-4, L-2).
 * - other-niv: every other nonimmigrant visa (O, P, E, I, C1/D, K, and so on).
 * - iv-family: family immigrant visas (IR, CR, F categories).
 * - iv-employment: employment immigrant visas (EB categories, special immigrants).
 * - iv-dv: diversity visas.
 */
export const policyVisaKinds = ['b', 'f-m-j', 'h-l', 'other-niv', 'iv-family', 'iv-employment', 'iv-dv'] as const;
export type PolicyVisaKind = (typeof policyVisaKinds)[number];

/**
 * What a covered applicant should expect.
 * - on-hold: the visa is not issued while the measure lasts (CEAC may show Refused under 221(g));
 *   the case can move again when the measure ends or the condition (a bond) is met.
 * - refused: expect a refusal under the measure itself (INA 212(f)); when it ends, an immigrant-visa
 *   case can ask for reconsideration and a nonimmigrant applicant applies again.
 */
export const policyOutcomes = ['on-hold', 'refused'] as const;
export type PolicyOutcome = (typeof policyOutcomes)[number];

/**
 * Whether the measure is known to be in force. Our archived sources run to about February 2026.
 * - in-force: a source no older than the site's freshness date shows it in force.
 * - ended: a source says it ended (then the policy's `ended` date is set).
 * - unknown-after: in force on `lastConfirmed`; we could not confirm what happened after.
 */
export const inForceStatuses = ['in-force', 'ended', 'unknown-after'] as const;
export type InForceStatus = (typeof inForceStatuses)[number];

const sentence = (field: string) =>
  z.string({ error: `Write ${field} as a plain sentence.` }).min(20, { error: `Write ${field} as a full plain sentence.` });

const httpsUrl = z
  .url({ error: 'checkUrl must be a full https:// address of the official page to check.' })
  .refine((u) => u.startsWith('https://'), { error: 'checkUrl must use https://.' });

/** A nationality-based measure that stops or conditions visa issuance, in src/content/policies/<id>.yaml. */
export const policySchema = z
  .strictObject({
    /** A short name a reader recognises: "Travel ban of June 2025: full suspension (12 countries)". */
    title: z.string().min(10, { error: 'The title is too short to name the measure.' }).max(110, {
      error: 'Keep the title under 110 characters.',
    }),
    /** What kind of measure it is (see policyKinds). */
    kind: z.enum(policyKinds, { error: `kind must be one of: ${policyKinds.join(', ')}.` }),
    /** The legal basis as its publisher names it: "Proclamation 10949, INA 212(f)". */
    authority: z.string().min(5, { error: 'Name the legal authority (proclamation number, INA section, rule).' }),
    /** The first day the measure applies to visa issuance, YYYY-MM-DD (from a source, never guessed). */
    effective: isoDate,
    /** Optional: the day the measure was announced or signed, if different from `effective`. */
    announced: isoDate.optional(),
    /** Optional: the day the measure was scheduled to end when it was made (a pilot's end date). */
    scheduledEnd: isoDate.optional(),
    /**
     * Optional: the first day the measure no longer applied, set only when a source says it ended
     * or was replaced. The measure applies on dates d with effective <= d < ended.
     */
    ended: isoDate.optional(),
    /**
     * Who is covered: ISO 3166-1 alpha-2 codes, lower-case ("ir", "ve"). Holders of Palestinian
     * Authority travel documents are written "ps". Every code needs a name in src/lib/policies/countries.ts.
     */
    nationalities: z
      .array(z.string().regex(/^[a-z]{2}$/, { error: 'Write each nationality as a two-letter lower-case ISO code ("ir").' }))
      .min(1, { error: 'List at least one nationality.' })
      .refine((list) => new Set(list).size === list.length, { error: 'A nationality is listed twice.' }),
    /** Which wizard visa kinds the measure covers (see policyVisaKinds). */
    visas: z
      .array(z.enum(policyVisaKinds, { error: `Each visa must be one of: ${policyVisaKinds.join(', ')}.` }))
      .min(1, { error: 'List at least one visa kind the measure covers.' })
      .refine((list) => new Set(list).size === list.length, { error: 'A visa kind is listed twice.' }),
    /** What a covered applicant should expect (see policyOutcomes). */
    outcome: z.enum(policyOutcomes, { error: `outcome must be one of: ${policyOutcomes.join(', ')}.` }),
    /** One plain sentence: who is stopped from getting which visa. */
    summary: sentence('the summary').max(300, { error: 'Keep the summary to one sentence (300 characters at most).' }),
    /** Plain sentences, one per exception (dual nationals, permanent residents, national interest, ...). */
    exceptions: z.array(sentence('each exception')).default([]),
    /** What happens to a case that is already in administrative processing when the measure starts. */
    alreadyInProcessing: sentence('alreadyInProcessing'),
    /** What a refused applicant can do when the measure ends or an exception applies (fees, reconsideration). */
    reconsideration: sentence('reconsideration'),
    /** What CEAC is reported to show for a covered case, or a plain statement that it is not confirmed. */
    ceacShows: sentence('ceacShows'),
    /** Whether the measure is known to be in force, how recently, and where to check. */
    inForce: z.strictObject({
      /** in-force, ended or unknown-after (see inForceStatuses). */
      status: z.enum(inForceStatuses, { error: `inForce.status must be one of: ${inForceStatuses.join(', ')}.` }),
      /** The date of the newest source that shows the measure in force, YYYY-MM-DD. */
      lastConfirmed: isoDate,
      /** The official page a reader should check for the current state. */
      checkUrl: httpsUrl,
    }),
    /** The id of the change-log entry (src/content/changes/<id>.yaml) that describes this measure. */
    change: slug,
    /** Notes for readers and editors: countries we could not confirm, conflicts between sources. */
    notes: z.array(sentence('each note')).default([]),
    /** Where the facts come from. At least one official source; official ones first. */
    sources: sourcesWithOfficial,
  })
  .superRefine((p, ctx) => {
    if (p.ended && p.ended <= p.effective) {
      ctx.addIssue({ code: 'custom', path: ['ended'], message: 'ended must be later than effective.' });
    }
    if (p.scheduledEnd && p.scheduledEnd <= p.effective) {
      ctx.addIssue({ code: 'custom', path: ['scheduledEnd'], message: 'scheduledEnd must be later than effective.' });
    }
    if (p.announced && p.announced > p.effective) {
      ctx.addIssue({ code: 'custom', path: ['announced'], message: 'announced cannot be later than effective.' });
    }
    if (p.inForce.status === 'ended' && !p.ended) {
      ctx.addIssue({ code: 'custom', path: ['ended'], message: 'inForce.status is ended, so give the ended date from a source.' });
    }
    if (p.ended && p.inForce.status !== 'ended') {
      ctx.addIssue({
        code: 'custom',
        path: ['inForce', 'status'],
        message: 'The policy has an ended date, so inForce.status must be ended.',
      });
    }
    if (p.inForce.lastConfirmed < p.effective && p.inForce.status !== 'ended') {
      // A measure announced before it took effect may be confirmed only by its announcement.
      if (!p.announced || p.inForce.lastConfirmed < p.announced) {
        ctx.addIssue({
          code: 'custom',
          path: ['inForce', 'lastConfirmed'],
          message: 'inForce.lastConfirmed is earlier than the announcement; give the date of the newest source that shows it.',
        });
      }
    }
  });
export type Policy = z.infer<typeof policySchema>;
