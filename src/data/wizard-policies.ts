/**
 * The nationality-based policies as the wizard uses them, read once per build from the `policies`
 * collection (src/content/policies/, schema src/schemas/policy.ts): the slim dated list the
 * decision reads (src/lib/wizard/policy.ts; it goes to the browser in /wizard/props.json, not in the
 * page's JavaScript), the full entries the policy notes render, and the country names.
 */
import { getCollection } from 'astro:content';
import { countryNames } from '../lib/policies/countries';
import { isIsoDate } from '../lib/dates/calendar';
import { slimPolicies } from '../lib/wizard/policy';
import type { Policy } from '../schemas/policy';

export type PolicyEntry = Policy & { id: string };

let loaded: Promise<PolicyEntry[]> | undefined;

/** Every policy, oldest first. */
export function getPolicies(): Promise<PolicyEntry[]> {
  loaded ??= getCollection('policies').then((entries) =>
    entries.map((e) => ({ ...e.data, id: e.id })).sort((a, b) => a.effective.localeCompare(b.effective) || a.id.localeCompare(b.id)),
  );
  return loaded;
}

export { slimPolicies };

/** Country codes and names, sorted by name, for the nationality question. */
export function countryList(): { code: string; name: string }[] {
  return Object.entries(countryNames)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The day the no-JavaScript pages are decided for: the build date (UTC), or WIZARD_AS_OF=YYYY-MM-DD for a reproducible build. */
export const buildDate: string = isIsoDate(process.env['WIZARD_AS_OF'])
  ? process.env['WIZARD_AS_OF']
  : new Date().toISOString().slice(0, 10);
