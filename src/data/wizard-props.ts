/** The props of the wizard island, computed once per build from the outcomes, the policies and the reported cases. */
import type { WizardProps } from '../islands/Wizard.svelte';
import { getWizardContent } from './outcomes';
import { countryList, getPolicies, slimPolicies } from './wizard-policies';
import { unsureAnswers } from '../lib/wizard/table';
import { getWizardTable } from './wizard-table';
import { getWizardWords } from './words';
import { timeInputs } from '../lib/wizard/when';
import { SITE_NAME } from '../consts';

export async function wizardProps(site: URL | undefined): Promise<WizardProps> {
  const content = await getWizardContent();
  const policies = await getPolicies();
  const { lapse, oneYear } = timeInputs(content.outcomes);
  return {
    table: await getWizardTable(),
    words: await getWizardWords(),
    outcomes: Object.fromEntries(
      Object.entries(content.outcomes).map(([id, o]) => [id, { meaning: o.meaning, title: o.title, summary: o.summary, timing: o.timing }]),
    ),
    unsure: unsureAnswers() as WizardProps['unsure'],
    origin: new URL(site ?? 'https://ceac-status-guide.example').origin,
    site: SITE_NAME,
    policies: slimPolicies(policies),
    countries: countryList().map((c) => c.code),
    lapse,
    oneYear,
  };
}
