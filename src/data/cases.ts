/**
 * The reported cases, for pages. Loads the collection once, checks the records against each
 * other (a broken possible_duplicate_of fails the build), and sorts them by number.
 */
import { getCollection } from 'astro:content';
import dataset from '../content/cases/reported-cases.json';
import { checkCollection } from '../lib/timelines/checks';
import type { CaseRecord } from '../lib/timelines/types';
import type { DatasetNote } from '../lib/timelines/dataset';
import { wizardSummaries } from '../lib/timelines/wizard-summaries';
import type { ReportedSummary } from '../lib/wizard/reported';

let loaded: Promise<CaseRecord[]> | undefined;

async function load(): Promise<CaseRecord[]> {
  const entries = await getCollection('cases');
  if (entries.length === 0) {
    throw new Error('The cases collection is empty: src/content/cases/reported-cases.json could not be read (see the error logged above).');
  }
  const cases: CaseRecord[] = entries.map((e) => e.data).sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  const problems = checkCollection(cases);
  if (problems.length > 0) throw new Error(`Reported cases:\n  ${problems.join('\n  ')}`);
  return cases;
}

export function getCases(): Promise<CaseRecord[]> {
  loaded ??= load();
  return loaded;
}

export const datasetNote: DatasetNote = {
  source: dataset.source,
  fields: dataset.fields,
  added_fields: dataset.added_fields,
};

/** For the wizard's verdict, in its own ReportedSummary shape (src/lib/wizard/reported.ts). */
export async function getWizardSummaries(): Promise<ReportedSummary[]> {
  return wizardSummaries(await getCases());
}
