/** The props of the wizard island, computed once per build from the outcomes, the policies and the reported cases. */
import type { WizardProps } from '../islands/Wizard.svelte';
import { getReportedSummaries, getWizardContent } from './outcomes';
import { countryList, getPolicies, slimPolicies } from './wizard-policies';
import { buildTable, unsureAnswers } from '../lib/wizard/table';
import { wizardWords } from '../lib/wizard/words';
import { getMeasuredWaits } from './measured';
import { measuredWaitFor, waitList } from '../lib/timelines/measured-wait';
import { timeInputs } from '../lib/wizard/when';
import { SITE_NAME } from '../consts';

export async function wizardProps(site: URL | undefined): Promise<WizardProps> {
  const content = await getWizardContent();
  const reported = await getReportedSummaries();
  const waits = getMeasuredWaits();
  const list = waitList(waits);
  const policies = await getPolicies();
  const { lapse, oneYear } = timeInputs(content.outcomes);
  return {
    table: buildTable(reported, (facts, outcome) => {
      const wait = measuredWaitFor({ visa: (facts as { visa?: string }).visa, meaning: content.outcomes[outcome]!.meaning }, waits);
      return wait ? list.indexOf(wait) : undefined;
    }),
    words: wizardWords,
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
