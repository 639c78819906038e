/**
 * The wizard's URL: facts in the address of /wizard/ (docs/design.md §5.1). The situation is in the
 * query string; the two personal facts, `since` and `nationality`, are written in the fragment
 * (#since=…&nationality=…), which the browser never sends in a request. Both forms are read, so a
 * link made when every fact was in the query string keeps working. Parsing never throws:
 * unknown keys are ignored, bad values are dropped with a notice the page shows, and answers that
 * contradict an earlier one are dropped (the later, dependent answer goes) with a notice.
 * Plain code rather than zod so the wizard's browser bundle stays small; tests/unit check it with
 * properties over arbitrary text (fast-check).
 * Notices are codes; their words are in src/content/wizard/phrases.yaml (noticeText in wording.ts).
 */
import { factOrder, isFactValue, type FactKey, type Facts } from './facts';
import { isIsoDate } from '../dates/calendar';

export interface Notice {
  kind: 'bad-value' | 'contradiction' | 'future-date';
  key: FactKey;
  /** The rejected value, cleaned and shortened for display (bad values only). */
  value?: string;
}

export interface Parsed {
  facts: Facts;
  notices: Notice[];
}

const MAX_QUERY = 2000;
const MAX_SHOWN = 40;

/** A date the wizard accepts: a real YYYY-MM-DD calendar date between 2000 and 2099 (the one check, src/lib/dates). */
export function isSinceDate(value: unknown): value is string {
  return isIsoDate(value, '2000-01-01', '2099-12-31');
}

/**
 * Untrusted text as a notice quotes it (always shown as text, never as HTML): printable ASCII only,
 * shortened. Every value of the address contract is ASCII (docs/design.md §5.1), so nothing a link
 * of ours holds is lost; what goes is what could disguise the sentence around it: direction controls
 * such as U+202E (which would draw the rest of the sentence backwards), zero-width and control
 * characters. The search box, where other scripts are expected, removes only the direction controls
 * (src/lib/text/bidi.ts).
 */
function shown(raw: string): string {
  const value = raw.replace(/[^ -~]/g, '');
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

/** Contradictions the contract rules out: the later (dependent) answer is dropped. */
export const contradictions: ReadonlyArray<{ key: FactKey; holds: (f: Facts) => boolean }> = [
  // A dropbox case has no interview, so there is no officer to quote.
  { key: 'officer', holds: (f) => f.route === 'dropbox' && f.officer !== undefined },
  // No paper has no colour.
  { key: 'slip', holds: (f) => f.paper === 'none' && f.slip !== undefined },
  // A post that asks you to send your passport does not have it.
  { key: 'passport', holds: (f) => f.asks === 'passport' && f.passport === 'kept' },
];

/** Drops answers that contradict earlier ones, saying which and why. */
export function resolveContradictions(facts: Facts): Parsed {
  const next: Record<string, string> = { ...(facts as Record<string, string>) };
  const notices: Notice[] = [];
  for (const c of contradictions) {
    if (c.holds(next as Facts)) {
      delete next[c.key];
      notices.push({ kind: 'contradiction', key: c.key });
    }
  }
  return { facts: next as Facts, notices };
}

/** What parsing can check beyond the contract's fixed values. */
export interface ParseOptions {
  /** Today, YYYY-MM-DD: a `since` after it is dropped with a notice. */
  today?: string | undefined;
  /**
   * The ISO 3166-1 alpha-2 codes accepted for `nationality` (lower case). Without the list only
   * the shape (two letters) is checked; the island passes the list from its data file.
   */
  countries?: readonly string[] | undefined;
}

/** A nationality as the contract takes it: two letters, any case, a known code when a list is given. */
export function isNationality(value: unknown, countries?: readonly string[]): value is string {
  return typeof value === 'string' && /^[a-z]{2}$/.test(value) && (countries === undefined || countries.includes(value));
}

/** Reads a query string ("?route=interview&…", with or without "?") into facts. Never throws. */
export function parseQuery(input: unknown, options: ParseOptions = {}): Parsed {
  const notices: Notice[] = [];
  const facts: Record<string, string> = {};
  const query = typeof input === 'string' ? input.slice(0, MAX_QUERY) : '';
  const seen = new Set<string>();

  // URLSearchParams drops a leading "?", reads "+" as a space and keeps a broken %-escape as typed
  // (then rejected as a bad value). ";" separates fields too, as older query strings used it.
  for (const [name, text] of new URLSearchParams(query.replace(/;/g, '&'))) {
    const key = name.trim().toLowerCase();
    const raw = text.trim();
    if (!(factOrder as readonly string[]).includes(key)) continue; // unknown keys are ignored
    const k = key as FactKey;
    if (raw === '') continue; // an empty field (e.g. a blank date) means "not answered"
    const value = k === 'since' ? raw : raw.toLowerCase();
    const valid =
      k === 'since' ? isSinceDate(value) : k === 'nationality' ? isNationality(value, options.countries) : isFactValue(k, value);
    if (seen.has(k)) continue; // a key given twice: the first valid answer counts
    if (!valid) {
      notices.push({ kind: 'bad-value', key: k, value: shown(raw) });
      continue;
    }
    if (k === 'since' && options.today !== undefined && value > options.today) {
      notices.push({ kind: 'future-date', key: k, value: shown(raw) });
      continue;
    }
    seen.add(k);
    facts[k] = value;
  }
  const resolved = resolveContradictions(facts as Facts);
  return { facts: resolved.facts, notices: [...notices, ...resolved.notices] };
}

/** The facts written in the fragment, never in the query string: they say something about the person. */
export const fragmentKeys: readonly FactKey[] = ['since', 'nationality'];

/**
 * Reads a whole address: the query string ("?…") and the fragment ("#…"), each with or without its
 * leading sign. A fact in the fragment counts before the same fact in the query string (the new form
 * wins over an old link's). The fragment is read with the same rules as the query, and the two
 * together are held to parseQuery's length limit. Never throws.
 */
export function parseAddress(search: unknown, hash: unknown, options: ParseOptions = {}): Parsed {
  const bare = (value: unknown) => (typeof value === 'string' ? value.replace(/^[?#]/, '') : '');
  return parseQuery(`${bare(hash)}&${bare(search)}`, options);
}

const written = (facts: Facts, keys: readonly FactKey[]) =>
  keys.filter((key) => facts[key] !== undefined).map((key) => `${key}=${encodeURIComponent(facts[key]!)}`);

/**
 * The query string for a set of facts, in the contract's key order ("" when there are none).
 * Facts come from parseQuery or from the wizard's own answers, so they are already valid.
 * This is the old, all-in-the-query form (still read); links the site writes use wizardHref.
 */
export function toQuery(facts: Facts): string {
  const parts = written(facts, factOrder);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The query string and fragment for a set of facts: "?route=…#since=…&nationality=…" ("" when there are none). */
export function toAddress(facts: Facts): string {
  const query = written(
    facts,
    factOrder.filter((key) => !fragmentKeys.includes(key)),
  ).join('&');
  const fragment = written(facts, fragmentKeys).join('&');
  return (query && `?${query}`) + (fragment && `#${fragment}`);
}

/** The wizard URL for a set of facts (the personal facts in the fragment). */
export function wizardHref(facts: Facts): string {
  return `/wizard/${toAddress(facts)}`;
}

/**
 * The verdict's "Plan my dates and letters" link: /next-steps/ with the same answers (so the planner
 * can link back to this verdict, and `since` is its interview date), the verdict's `meaning`, and
 * `asked` (were documents asked for: yes or no, left out when not known); `since` and
 * `nationality` stay in the fragment. docs/design.md §7.1.
 */
export function plannerHref(facts: Facts, meaning: string): string {
  const asked =
    facts.asks === 'documents' || meaning === 'documents-requested'
      ? 'yes'
      : facts.asks === 'nothing' || meaning === 'administrative-processing'
        ? 'no'
        : '';
  const [query = '', fragment] = toAddress(facts).split('#');
  return `/next-steps/${query}${query ? '&' : '?'}meaning=${meaning}${asked ? `&asked=${asked}` : ''}${fragment ? `#${fragment}` : ''}`;
}
