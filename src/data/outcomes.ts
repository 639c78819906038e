/**
 * The wizard's outcome content, read once per build. Fails the build (with the file and field) when
 * an outcome links a guide or status that does not exist, or when the wizard as a whole is unsound:
 * an unreachable question, a path without a verdict, a verdict without content or official source.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkGraph } from '../lib/wizard/graph';
import { sortSources } from '../lib/content/sources';
import type { OutcomeContent, WizardContent } from '../lib/wizard/content';
import type { ReportedSummary } from '../lib/wizard/reported';
import { getWizardSummaries } from './cases';

export type Outcome = CollectionEntry<'outcomes'>;

let loaded: Promise<Outcome[]> | undefined;

async function loadAndCheck(): Promise<Outcome[]> {
  const [outcomes, guides, statuses] = await Promise.all([getCollection('outcomes'), getCollection('guides'), getCollection('statuses')]);
  const guideIds = new Set(guides.map((g) => g.id));
  const statusIds = new Set(statuses.map((s) => s.id));
  const problems: string[] = [];
  for (const o of outcomes) {
    const file = `src/content/outcomes/${o.id}.yaml`;
    o.data.guides.forEach((id, i) => guideIds.has(id) || problems.push(`${file}: guides[${i}] "${id}" is not a guide id.`));
    o.data.statuses.forEach((id, i) => statusIds.has(id) || problems.push(`${file}: statuses[${i}] "${id}" is not a status id.`));
  }
  problems.push(
    ...checkGraph(
      outcomes.map((o) => ({
        id: o.id,
        meaning: o.data.meaning,
        sourceKinds: o.data.sources.map((s) => s.kind),
        becomes: o.data.lapse?.becomes,
      })),
    ),
  );
  if (problems.length > 0) throw new Error(`The wizard is not sound:\n  ${problems.join('\n  ')}`);
  return outcomes.sort((a, b) => a.id.localeCompare(b.id));
}

/** Every outcome, checked. */
export function getOutcomes(): Promise<Outcome[]> {
  loaded ??= loadAndCheck();
  return loaded;
}

/** What the wizard island and the fallback pages need: plain, serialisable data only. */
export async function getWizardContent(): Promise<WizardContent> {
  const [outcomes, guides, statuses] = await Promise.all([getOutcomes(), getCollection('guides'), getCollection('statuses')]);
  const byOutcome: Record<string, OutcomeContent> = {};
  for (const o of outcomes) {
    const { reviewed, sources, ...rest } = o.data;
    byOutcome[o.id] = {
      ...rest,
      reviewed,
      sources: sortSources(sources).map(({ title, url, publisher, kind, note }) => ({
        title,
        url,
        publisher,
        kind,
        ...(note ? { note } : {}),
      })),
    };
  }
  const guideTitles: Record<string, string> = {};
  for (const g of guides) guideTitles[g.id] = g.data.title;
  const statusNames: Record<string, string> = {};
  for (const s of statuses) statusNames[s.id] = s.data.name;
  return { outcomes: byOutcome, guideTitles, statusNames };
}

let summaries: Promise<ReportedSummary[]> | undefined;

/**
 * Per-scenario summaries of the reported cases for the verdict's "N reported cases like yours"
 * line, computed at build time from the cases collection by src/lib/timelines (in ReportedSummary's
 * shape). The browser gets only the summary a verdict points to, never the cases.
 */
export function getReportedSummaries(): Promise<ReportedSummary[]> {
  // Computed once per build: the 701 no-JavaScript pages all ask for the same list.
  summaries ??= getWizardSummaries();
  return summaries;
}
