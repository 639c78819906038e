/**
 * The wizard's content as the tests read it: the outcomes and the policies, parsed from their
 * files with the build's schemas, and the data the time and policy rules need (verdict.ts stepOn).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { outcomeSchema, type OutcomeEntry } from '../../src/schemas/outcome';
import { policySchema } from '../../src/schemas/policy';
import { slimPolicies, type WizardPolicy } from '../../src/lib/wizard/policy';
import type { DecisionData } from '../../src/lib/wizard/verdict';
import type { Lapse } from '../../src/lib/wizard/when';

const root = join(import.meta.dirname, '..', '..', 'src', 'content');
const yamlFiles = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));

export const outcomeEntries = new Map<string, OutcomeEntry>(
  yamlFiles('outcomes').map((f) => [f.slice(0, -5), outcomeSchema.parse(parse(readFileSync(join(root, 'outcomes', f), 'utf8')))]),
);
export const policyEntries = yamlFiles('policies').map((f) => ({
  id: f.slice(0, -5),
  ...policySchema.parse(parse(readFileSync(join(root, 'policies', f), 'utf8'))),
}));
export const policies: WizardPolicy[] = slimPolicies(policyEntries);

const lapse: Record<string, Lapse> = {};
for (const [id, o] of outcomeEntries) if (o.lapse) lapse[id] = { afterDays: o.lapse.afterDays, becomes: o.lapse.becomes };

export const data: DecisionData = {
  policies,
  lapse,
  oneYear: [...outcomeEntries].filter(([, o]) => o.timing.includes('one-year')).map(([id]) => id),
  meaningOf: (id) => {
    const o = outcomeEntries.get(id);
    if (!o) throw new Error(`No outcome ${id}`);
    return o.meaning;
  },
};
