/**
 * Which nationality-based measures (travel bans, issuance pauses, visa bonds) apply to one
 * applicant on one day. Pure: the caller passes the policies collection entries (id + data), so
 * the wizard, the change log and the tests all use the same rule.
 */
import type { Policy, PolicyVisaKind } from '../../schemas/policy';
import { isIsoDate } from '../dates/calendar';

/** A policy with its id (the file name in src/content/policies/). */
export type PolicyRecord = Policy & { id: string };

export interface PolicyQuery {
  /** ISO 3166-1 alpha-2 code of the passport used, any case ("IR", "ir"); "ps" for Palestinian Authority documents. */
  nationality: string;
  /** The wizard visa kind applied for. */
  visa: PolicyVisaKind;
  /** The day to decide for, YYYY-MM-DD (for example the interview or decision date). */
  date: string;
}

/** True when the policy applies on that day: effective <= date and (no ended date, or date < ended). */
export function inEffectOn(policy: Pick<Policy, 'effective' | 'ended'>, date: string): boolean {
  if (!isIsoDate(date)) throw new Error(`policiesFor: date must be YYYY-MM-DD, got "${date}".`);
  return policy.effective <= date && (policy.ended === undefined || date < policy.ended);
}

/**
 * True when a source shows the policy in force on or after that day. False means we only know it
 * was in force until inForce.lastConfirmed; say so and link inForce.checkUrl.
 */
export function confirmedOn(policy: Pick<Policy, 'inForce' | 'ended'>, date: string): boolean {
  if (policy.inForce.status === 'ended') return true;
  return date <= policy.inForce.lastConfirmed;
}

/**
 * The measures that apply to this nationality and visa kind on this date, oldest first.
 * An unknown or empty nationality matches nothing.
 */
export function policiesFor(query: PolicyQuery, policies: readonly PolicyRecord[]): PolicyRecord[] {
  const nationality = query.nationality.trim().toLowerCase();
  if (!isIsoDate(query.date)) throw new Error(`policiesFor: date must be YYYY-MM-DD, got "${query.date}".`);
  if (!/^[a-z]{2}$/.test(nationality)) return [];
  return policies
    .filter((p) => p.nationalities.includes(nationality) && p.visas.includes(query.visa) && inEffectOn(p, query.date))
    .sort((a, b) => (a.effective === b.effective ? a.id.localeCompare(b.id) : a.effective < b.effective ? -1 : 1));
}

/** Collection entries ({ id, data }) as the flat records policiesFor takes. */
export function toPolicyRecords(entries: ReadonlyArray<{ id: string; data: Policy }>): PolicyRecord[] {
  return entries.map((e) => ({ id: e.id, ...e.data }));
}
