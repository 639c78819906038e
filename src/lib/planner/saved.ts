/**
 * Dates saved on this device, only when the user presses Save. The record is untrusted on the way
 * back in (another tab, an old version, a browser extension may have changed it), so it is parsed
 * against the schema below; a record that fails is set aside under its own key and reported, never
 * silently dropped. A hand-written schema: zod would add about 5 KB to the page's script.
 */
import { isIsoDate, type IsoDate } from '../dates/calendar';

export const SAVED_KEY = 'ceac-status-guide:next-steps';
export const SET_ASIDE_KEY = 'ceac-status-guide:next-steps:unreadable';

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

export type ParsedSaved = { ok: true; plan: SavedPlan } | { ok: false; problem: string };

export function parseSavedPlan(raw: string): ParsedSaved {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'it is not valid JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'it is not a record' };
  const rec = data as Record<string, unknown>;
  const extra = Object.keys(rec).filter((k) => !KEYS.has(k));
  if (extra.length > 0) return { ok: false, problem: `it has unknown fields (${extra.slice(0, 3).join(', ')})` };
  if (rec['v'] !== 1) return { ok: false, problem: 'it is from another version of this page' };
  if (!isIsoDate(rec['savedOn'])) return { ok: false, problem: 'its saved date is not a date' };
  if (!isIsoDate(rec['interview'])) return { ok: false, problem: 'its interview date is not a date' };
  if (typeof rec['rule'] !== 'string' || !RULES.includes(rec['rule'])) return { ok: false, problem: 'its inquiry rule is unknown' };
  const plan: SavedPlan = { v: 1, savedOn: rec['savedOn'], interview: rec['interview'], rule: rec['rule'] as SavedPlan['rule'] };
  const post = rec['post'] ?? (rec['rule'] === 'colombia-120' ? 'bogota' : undefined);
  if (post !== undefined) {
    if (typeof post !== 'string' || !/^[a-z-]{2,40}$/.test(post)) return { ok: false, problem: 'its embassy or consulate is not a post id' };
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
  | { kind: 'none' }
  | { kind: 'loaded'; plan: SavedPlan }
  | { kind: 'set-aside'; problem: string }
  | { kind: 'unavailable' };

/** Reads the saved record. A bad one is moved to SET_ASIDE_KEY (kept for the user to delete) and reported. */
export function loadSavedPlan(store: KeyValueStore | undefined): LoadOutcome {
  try {
    if (!store) return { kind: 'unavailable' };
    const raw = store.getItem(SAVED_KEY);
    if (raw === null) return { kind: 'none' };
    const parsed = parseSavedPlan(raw);
    if (parsed.ok) return { kind: 'loaded', plan: parsed.plan };
    store.setItem(SET_ASIDE_KEY, raw);
    store.removeItem(SAVED_KEY);
    return { kind: 'set-aside', problem: parsed.problem };
  } catch {
    return { kind: 'unavailable' };
  }
}

/** True if a set-aside record exists. */
export function hasSetAside(store: KeyValueStore | undefined): boolean {
  try {
    return store?.getItem(SET_ASIDE_KEY) != null;
  } catch {
    return false;
  }
}

/** Saves the record; false if this browser does not allow it. */
export function savePlan(store: KeyValueStore | undefined, plan: SavedPlan): boolean {
  try {
    if (!store) return false;
    store.setItem(SAVED_KEY, JSON.stringify(plan));
    return true;
  } catch {
    return false;
  }
}

/** Removes everything this page saved, including a set-aside record. */
export function forgetPlan(store: KeyValueStore | undefined): boolean {
  try {
    if (!store) return false;
    store.removeItem(SAVED_KEY);
    store.removeItem(SET_ASIDE_KEY);
    return true;
  } catch {
    return false;
  }
}
