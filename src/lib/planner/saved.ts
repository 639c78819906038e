/**
 * Dates saved on this device, only when the user presses Save. The record is untrusted on the way
 * back in (another tab, an old version, a browser extension may have changed it), so it is parsed
 * against the schema below. Nothing is ever lost:
 * - a record that fails is moved aside under its own key (SET_ASIDE_KEY, then SET_ASIDE_KEY:2 …,
 *   at most MAX_SET_ASIDE of them) and reported, on this load and on every later one;
 * - when every set-aside slot is taken, or the storage is too full to move it, the bad record stays
 *   where it is, is not used, and Save refuses to write over it;
 * - a record written by a newer version of this page (another tab, v > 1) is left alone and Save
 *   refuses to replace it;
 * - a full storage quota is reported with its own message.
 * A hand-written schema: zod would add about 5 KB to the page's script. The words shown to the user
 * are in saved-words.ts, loaded only when there is something to say.
 */
import { isIsoDate, type IsoDate } from '../dates/calendar';

export const SAVED_KEY = 'ceac-status-guide:next-steps';
/** The first set-aside record; the next ones are `${SET_ASIDE_KEY}:2`, `:3` … (see setAsideKeys). */
export const SET_ASIDE_KEY = 'ceac-status-guide:next-steps:unreadable';
/** At most this many unreadable records are kept aside; the bound keeps storage use small. */
export const MAX_SET_ASIDE = 5;

/** Every key a set-aside record can live under, in order. */
export const setAsideKeys: readonly string[] = Array.from({ length: MAX_SET_ASIDE }, (_, i) =>
  i === 0 ? SET_ASIDE_KEY : `${SET_ASIDE_KEY}:${i + 1}`,
);

/** The format version this page writes and reads. */
export const SAVED_VERSION = 1;

/** Version 1 of the saved record. Field by field: */
export interface SavedPlan {
  /** Always 1; a later format gets a new number. */
  v: 1;
  /** The day it was saved. */
  savedOn: IsoDate;
  /** Interview or drop-off date (required). */
  interview: IsoDate;
  /** Optional dates, YYYY-MM-DD when present. */
  documentsSent?: IsoDate;
  refusal?: IsoDate;
  issued?: IsoDate;
  /**
   * Which inquiry rule applied. Records saved before posts could be chosen may say colombia-120
   * (the Bogotá figure); they are read as the post bogota. New records always say the general rule.
   */
  rule: 'state-department-180' | 'colombia-120';
  /** The embassy or consulate chosen, as its id ("chennai"), if any. */
  post?: string;
}

const RULES = ['state-department-180', 'colombia-120'];
const OPTIONAL_DATES = ['documentsSent', 'refusal', 'issued'] as const;
const KEYS = new Set(['v', 'savedOn', 'interview', 'rule', 'post', ...OPTIONAL_DATES]);

export type ParsedSaved = { ok: true; plan: SavedPlan } | { ok: false; problem: string; newer?: true };

/** A record whose `v` is a whole number above ours: written by a newer version of this page. */
function isNewerFormat(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const v = (data as Record<string, unknown>)['v'];
  return typeof v === 'number' && Number.isInteger(v) && v > SAVED_VERSION;
}

export function parseSavedPlan(raw: string): ParsedSaved {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'it is not valid JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'it is not a record' };
  if (isNewerFormat(data)) return { ok: false, problem: 'it was saved by a newer version of this page', newer: true };
  const rec = data as Record<string, unknown>;
  const extra = Object.keys(rec).filter((k) => !KEYS.has(k));
  if (extra.length > 0) return { ok: false, problem: `it has unknown fields (${extra.slice(0, 3).join(', ')})` };
  if (rec['v'] !== SAVED_VERSION) return { ok: false, problem: 'it is from another version of this page' };
  if (!isIsoDate(rec['savedOn'])) return { ok: false, problem: 'its saved date is not a date' };
  if (!isIsoDate(rec['interview'])) return { ok: false, problem: 'its interview date is not a date' };
  if (typeof rec['rule'] !== 'string' || !RULES.includes(rec['rule'])) return { ok: false, problem: 'its inquiry rule is unknown' };
  const plan: SavedPlan = { v: 1, savedOn: rec['savedOn'], interview: rec['interview'], rule: rec['rule'] as SavedPlan['rule'] };
  const post = rec['post'] ?? (rec['rule'] === 'colombia-120' ? 'bogota' : undefined);
  if (post !== undefined) {
    if (typeof post !== 'string' || !/^[a-z-]{2,40}$/.test(post))
      return { ok: false, problem: 'its embassy or consulate is not a post id' };
    plan.post = post;
  }
  for (const key of OPTIONAL_DATES) {
    const value = rec[key];
    if (value === undefined) continue;
    if (!isIsoDate(value)) return { ok: false, problem: `its ${key} is not a date` };
    plan[key] = value;
  }
  return { ok: true, plan };
}

/** The parts of localStorage used here, so tests can pass a fake and a blocked storage. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadOutcome =
  /** Nothing saved. `setAside` counts unreadable records kept from earlier loads. */
  | { kind: 'none'; setAside: number }
  | { kind: 'loaded'; plan: SavedPlan; setAside: number }
  /** The saved record could not be read and was moved aside now. */
  | { kind: 'set-aside'; problem: string; setAside: number }
  /** The saved record could not be read and could not be moved (slots full or storage full): left in place. */
  | { kind: 'kept-in-place'; problem: string; setAside: number }
  /** A newer version of this page saved it; left alone, not used. */
  | { kind: 'newer'; setAside: number }
  | { kind: 'unavailable' };

/** True when an error thrown by setItem means the storage quota is used up (every current browser names it so). */
export function isQuotaError(e: unknown): boolean {
  return (e as { name?: unknown } | null)?.name === 'QuotaExceededError';
}

/** How many set-aside records are kept now (0 if storage cannot be read). */
export function countSetAside(store: KeyValueStore | undefined): number {
  try {
    return store ? setAsideKeys.filter((k) => store.getItem(k) !== null).length : 0;
  } catch {
    return 0;
  }
}

/**
 * Moves `raw` from SAVED_KEY to the first free set-aside key. The original is removed first so the
 * copy fits even when storage is nearly full; if the copy still fails, the original is put back.
 */
function moveAside(store: KeyValueStore, raw: string): boolean {
  const free = setAsideKeys.find((k) => store.getItem(k) === null);
  if (free === undefined) return false;
  store.removeItem(SAVED_KEY);
  try {
    store.setItem(free, raw);
    return true;
  } catch {
    store.setItem(SAVED_KEY, raw); // its own space was just freed, so it fits again
    return false;
  }
}

/** Reads the saved record; a bad one is moved aside (kept for the user to delete) and reported. */
export function loadSavedPlan(store: KeyValueStore | undefined): LoadOutcome {
  try {
    if (!store) return { kind: 'unavailable' };
    const raw = store.getItem(SAVED_KEY);
    if (raw === null) return { kind: 'none', setAside: countSetAside(store) };
    const parsed = parseSavedPlan(raw);
    if (parsed.ok) return { kind: 'loaded', plan: parsed.plan, setAside: countSetAside(store) };
    if (parsed.newer) return { kind: 'newer', setAside: countSetAside(store) };
    const moved = moveAside(store, raw);
    return { kind: moved ? 'set-aside' : 'kept-in-place', problem: parsed.problem, setAside: countSetAside(store) };
  } catch {
    return { kind: 'unavailable' };
  }
}

/** True if a set-aside record exists. */
export function hasSetAside(store: KeyValueStore | undefined): boolean {
  return countSetAside(store) > 0;
}

export type SaveOutcome =
  | { ok: true }
  /** unavailable: storage blocked; full: quota used up; newer: a newer version's record is there; unreadable: a bad record could not be moved aside. */
  | { ok: false; reason: 'unavailable' | 'full' | 'newer' | 'unreadable' };

/** Saves the record, unless that would write over something this page cannot read. */
export function savePlan(store: KeyValueStore | undefined, plan: SavedPlan): SaveOutcome {
  try {
    if (!store) return { ok: false, reason: 'unavailable' };
    const current = store.getItem(SAVED_KEY);
    if (current !== null) {
      const parsed = parseSavedPlan(current);
      if (!parsed.ok && parsed.newer) return { ok: false, reason: 'newer' };
      if (!parsed.ok && !moveAside(store, current)) return { ok: false, reason: 'unreadable' };
    }
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  try {
    store.setItem(SAVED_KEY, JSON.stringify(plan));
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: isQuotaError(e) ? 'full' : 'unavailable' };
  }
}

/** Removes everything this page saved, including every set-aside record. */
export function forgetPlan(store: KeyValueStore | undefined): boolean {
  try {
    if (!store) return false;
    store.removeItem(SAVED_KEY);
    for (const k of setAsideKeys) store.removeItem(k);
    return true;
  } catch {
    return false;
  }
}
