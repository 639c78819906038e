/**
 * Nationality-based policies as the wizard needs them: the slim, dated shape the decision reads
 * (built at build time from the `policies` content collection by src/data/wizard-policies.ts) and
 * the check of one passport nationality and visa kind against them on a given day. Pure and small:
 * it ships to the browser, where the nationality is checked, so it never leaves the device.
 */
import { factValues } from './facts';

/** The kinds of measure (the `kind` field of src/schemas/policy.ts). */
export type PolicyKind = 'entry-suspension-full' | 'entry-suspension-partial' | 'issuance-pause' | 'visa-bond';

export interface WizardPolicy {
  /** The entry id in src/content/policies/. */
  id: string;
  kind: PolicyKind;
  /** Passport nationalities covered, lower-case ISO 3166-1 alpha-2 codes. */
  nationalities: readonly string[];
  /** Wizard visa kinds covered (src/lib/wizard/facts.ts `visa`). */
  visas: readonly string[];
  /** First day the measure applied, YYYY-MM-DD. */
  effective: string;
  /** First day it no longer applied, if it ended. */
  ended?: string | undefined;
  /** What it means for a case: visas are not issued (on-hold), or applicants are refused. */
  outcome: 'on-hold' | 'refused';
}

/**
 * Whether a measure stops a case (a travel ban or a pause in issuance) and so has its own
 * no-JavaScript page under /wizard/policies/; a visa bond is asked of some visitors and does not.
 */
export const stopsCases = (policy: { kind: PolicyKind }): boolean => policy.kind !== 'visa-bond';

/** How a policy bears on a case. */
export interface PolicyMatch {
  policy: WizardPolicy;
  /**
   * 'applies': the nationality and the visa kind are both covered; 'if-visa': the nationality is
   * covered, but only some visa kinds and the visa kind is not known; 'advice': a bond pilot, which
   * may be asked of a visitor but does not stop the case by itself.
   */
  how: 'applies' | 'if-visa' | 'advice';
}

/** Whether a measure was in force on `date` (effective on or before it, not yet ended). */
export function inForceOn(policy: WizardPolicy, date: string): boolean {
  return policy.effective <= date && (policy.ended === undefined || date < policy.ended);
}

/**
 * The measures that bear on this nationality and visa kind on `date`, strongest first (the ones
 * that apply, then those that would apply for some visa kinds, then advice). A nationality on no
 * list gives an empty list, and so changes nothing.
 */
export function policyMatches(
  nationality: string | undefined,
  visa: string | undefined,
  date: string,
  policies: readonly WizardPolicy[],
): PolicyMatch[] {
  if (!nationality) return [];
  const out: PolicyMatch[] = [];
  for (const policy of policies) {
    if (!policy.nationalities.includes(nationality) || !inForceOn(policy, date)) continue;
    // Without the visa kind, a measure that covers every kind still applies.
    const covers =
      visa === undefined ? (factValues.visa.every((v) => policy.visas.includes(v)) ? true : undefined) : policy.visas.includes(visa);
    if (covers === false) continue;
    if (policy.kind === 'visa-bond') out.push({ policy, how: 'advice' });
    else out.push({ policy, how: covers ? 'applies' : 'if-visa' });
  }
  // Strongest first: what applies before what might, and a 212(f) suspension (which ends in a
  // refusal) before an issuance pause.
  const rank = { applies: 0, 'if-visa': 1, advice: 2 } as const;
  const kind = { 'entry-suspension-full': 0, 'entry-suspension-partial': 1, 'issuance-pause': 2, 'visa-bond': 3 } as const;
  return out.sort((a, b) => rank[a.how] - rank[b.how] || kind[a.policy.kind] - kind[b.policy.kind]);
}

/**
 * Equivalence classes of nationality for tests and for the no-JavaScript pages: nationalities
 * covered by exactly the same set of measures behave the same on every date and visa kind. Each
 * class is named by its policy ids joined with "+", with one representative code.
 */
export function nationalityClasses(policies: readonly WizardPolicy[]): { key: string; code: string; codes: string[] }[] {
  const byKey = new Map<string, string[]>();
  const all = new Set(policies.flatMap((p) => p.nationalities));
  for (const code of [...all].sort()) {
    const key = policies
      .filter((p) => p.nationalities.includes(code))
      .map((p) => p.id)
      .sort()
      .join('+');
    byKey.set(key, [...(byKey.get(key) ?? []), code]);
  }
  return [...byKey.entries()].map(([key, codes]) => ({ key, code: codes[0]!, codes }));
}

/** The dated list the decision reads, from policy entries (src/schemas/policy.ts shape plus id). */
export function slimPolicies(
  // The entries' own type (src/schemas/policy.ts) has more fields; only these are read.
  policies: readonly WizardPolicy[],
): WizardPolicy[] {
  return policies.map((p) => ({
    id: p.id,
    kind: p.kind,
    nationalities: p.nationalities,
    visas: p.visas,
    effective: String(p.effective),
    ...(p.ended ? { ended: String(p.ended) } : {}),
    outcome: p.outcome,
  }));
}
