import { z } from 'astro/zod';
import { isoDate, sourcesWithOfficial, type Source } from './source';

/**
 * Host names of official U.S. government pages that can back a post entry. The U.S. Mission in
 * China publishes on usembassy-china.org.cn instead of a usembassy.gov address, so that host is
 * accepted too; every other mission uses usembassy.gov (or the older usconsulate.gov).
 */
export const OFFICIAL_POST_HOSTS = ['usembassy.gov', 'usconsulate.gov', 'state.gov', 'usembassy-china.org.cn'] as const;

/** True when the address is on one of OFFICIAL_POST_HOSTS (the host itself or a subdomain). */
export function isOfficialPostUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return OFFICIAL_POST_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

const httpsUrl = z
  .url({ error: 'Write a full https:// address.' })
  .refine((u) => u.startsWith('https://'), { error: 'Links must use https://.' });

/** Sources of a post or a country block: the usual rules, plus one official embassy or State Department page. */
export const postSources = sourcesWithOfficial.refine(
  (list: Source[]) => list.some((s) => s.kind === 'official' && isOfficialPostUrl(s.url)),
  { error: `List at least one official page on ${OFFICIAL_POST_HOSTS.join(', ')} (an embassy, consulate or State Department page).` },
);

/** A 1-based position in the entry's own `sources` list, as in <Cite n={…} /> on guides. */
const sourceRef = z.number({ error: 'source is the number of a source in this file (1 is the first).' }).int().min(1);

/**
 * How old a wording is: the date on the page, or "undated page" and what we know of its age. The
 * page prints it inside a sentence ("Wording: <dated>. Checked …"), so it must not end with a full stop.
 */
const dated = z
  .string()
  .min(4)
  .refine((s) => !s.trimEnd().endsWith('.'), { error: 'dated must not end with a full stop: the page adds one ("Wording: … . Checked").' });

/**
 * One fact about a post, in our own words, with the exact official wording where we quote it.
 * Every fact names its source and the day we checked it.
 */
export const postFactSchema = z.strictObject({
  /** The fact in plain words, written by us (not copied). */
  text: z.string().min(10),
  /** Optional: the short official wording we rely on, copied exactly (no more than about 40 words). */
  quote: z.string().min(5).max(400).optional(),
  /** How old the wording is: the date on the page, or "undated page" and what we know of its age. */
  dated,
  /** The day we read our copy of the source, YYYY-MM-DD. */
  checked: isoDate,
  /** Which source in this file says it (1 is the first). */
  source: sourceRef,
});
export type PostFact = z.infer<typeof postFactSchema>;

export const channelKinds = ['web-form', 'email', 'visa-information-service', 'phone', 'information-page'] as const;
export type ChannelKind = (typeof channelKinds)[number];

/** A way to ask the post about a case. */
export const channelSchema = z.strictObject({
  /**
   * web-form: the post's own inquiry form; email: an address; visa-information-service: the
   * country's appointment and support site; phone: a call centre; information-page: the post's
   * page that says how to ask (used where our copy of the page did not keep the form's own link).
   */
  kind: z.enum(channelKinds, { error: `kind must be one of: ${channelKinds.join(', ')}.` }),
  /** What the link says: "Online inquiry form", "support-india@usvisascheduling.com". */
  label: z.string().min(3),
  /** The form, or the official page that gives the address or number. Must be https. */
  url: httpsUrl,
  /** For kind email: the address itself. */
  email: z.email({ error: 'Write a full e-mail address.' }).optional(),
  /** What the channel is for, in plain words: "status of a case after the waiting time", "appointments and passport delivery". */
  purpose: z.string().min(10),
  /** How old the information is (see postFactSchema.dated). */
  dated,
  /** The day we read our copy of the source, YYYY-MM-DD. */
  checked: isoDate,
  /** Which source in this file says it (1 is the first). */
  source: sourceRef,
});
export type Channel = z.infer<typeof channelSchema>;

/**
 * The post's own waiting guidance before an administrative-processing inquiry. Either a figure it
 * publishes, with the exact words, or `none`: we found none, so the general guidance applies.
 */
export const waitingSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** The post publishes its own figure. */
    kind: z.literal('post'),
    /** Calendar days to wait, from the interview or the document submission, whichever is later. */
    days: z.number().int().min(1).max(400),
    /** The post's words, copied exactly (in the page's language). */
    quote: z.string().min(10).max(400),
    /** Our English translation, when the quote is in another language. */
    translation: z.string().min(10).optional(),
    /** Optional: what the figure is for, when the post limits it ("nonimmigrant visas", "online status inquiries"). */
    scope: z.string().min(5).optional(),
    /** How old the wording is. */
    dated,
    /** The day we read our copy, YYYY-MM-DD. */
    checked: isoDate,
    /** Which source in this file says it (1 is the first). */
    source: sourceRef,
  }),
  z.strictObject({
    /** We found no figure of the post's own; the general 180-day guidance applies. */
    kind: z.literal('none'),
    /** The day we last looked, YYYY-MM-DD. */
    checked: isoDate,
    /** Which source in this file gives the general guidance that applies instead (1 is the first). */
    source: sourceRef,
  }),
]);
export type Waiting = z.infer<typeof waitingSchema>;

/** A post id: the city in lower-case ASCII, words joined by hyphens ("mexico-city", "sao-paulo"). */
export const postId = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, {
  error: 'A post id is the city in lower-case ASCII letters, words joined by hyphens (sao-paulo, not São Paulo).',
});

/** An embassy or consulate, in src/content/posts/<id>.yaml (the id is the file name). */
export const postSchema = z.strictObject({
  /** The city as our readers write it in English: "Chennai", "São Paulo", "Ciudad Juárez". */
  city: z.string().min(2),
  /** Two-letter ISO 3166-1 code of the host country; the shared facts are in src/content/post-countries/<code>.yaml. */
  countryCode: z.string().regex(/^[A-Z]{2}$/, { error: 'countryCode is the two-letter ISO code in capitals (IN, MX, CN).' }),
  /** embassy (in the capital) or consulate (a consulate general elsewhere). */
  kind: z.enum(['embassy', 'consulate'], { error: 'kind must be embassy or consulate.' }),
  /** The post's own name: "U.S. Consulate General Chennai". Used as the letters' recipient. */
  name: z.string().min(8),
  /** Other names and spellings people search for: "Madras", "Bombay", "Saigon", "CDMX". */
  aliases: z.array(z.string().min(2)).default([]),
  /** The post's own inquiry channels. Empty: the country's shared channels apply. */
  channels: z.array(channelSchema).default([]),
  /** The post's waiting guidance for administrative-processing inquiries. */
  waiting: waitingSchema,
  /** How this post takes 221(g) documents, beyond the country's shared facts. */
  documents: z.array(postFactSchema).default([]),
  /** How this post returns passports, beyond the country's shared facts. */
  passports: z.array(postFactSchema).default([]),
  /** What the post has said about its 221(g) slips or letters, quoted and dated. No colour tables. */
  slips: z.array(postFactSchema).default([]),
  /** Anything else unusual and sourced (a known slow step, a special status display). */
  unusual: z.array(postFactSchema).default([]),
  /**
   * Optional: how this post is spelled in checkee.info's consulate field ("BeiJing", "MexicoCity";
   * see data/checkee/). The post page then shows the count and median of its completed cases
   * there, when at least 10 have an outcome (src/lib/measured/post-checkee.ts). Omit for posts
   * checkee does not name.
   */
  checkee: z
    .array(z.string().regex(/^[A-Za-z]+$/, { error: 'checkee names are written as on checkee.info, letters only (BeiJing, MexicoCity).' }))
    .min(1)
    .optional(),
  /** Where the facts in this file come from; official first, one on an embassy or State Department site. */
  sources: postSources,
});
export type PostEntry = z.infer<typeof postSchema>;

/** Facts shared by every post in a country, in src/content/post-countries/<code lower-case>.yaml. */
export const postCountrySchema = z.strictObject({
  /** The country's name in English: "India", "Mexico". */
  name: z.string().min(2),
  /** Two-letter ISO 3166-1 code, as in the file name but in capitals. */
  code: z.string().regex(/^[A-Z]{2}$/, { error: 'code is the two-letter ISO code in capitals (IN, MX, CN).' }),
  /** Other names people search for the country by ("Viet Nam", "UK", "Britain"). */
  aliases: z.array(z.string().min(2)).default([]),
  /** One or two sentences about how the posts in this country work together (shared systems). */
  summary: z.string().min(20).max(500),
  /** Channels every post in the country uses (a country-wide visa information service, a shared e-mail). */
  channels: z.array(channelSchema).default([]),
  /** Country-wide facts on 221(g) document submission. */
  documents: z.array(postFactSchema).default([]),
  /** Country-wide facts on passport return. */
  passports: z.array(postFactSchema).default([]),
  /** Other country-wide facts (what the mission says about timing, shared rules). */
  notes: z.array(postFactSchema).default([]),
  /** Where these facts come from; official first, one on an embassy or State Department site. */
  sources: postSources,
});
export type PostCountryEntry = z.infer<typeof postCountrySchema>;
