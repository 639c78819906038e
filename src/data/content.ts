/**
 * The one place pages read collections from. Sorts entries and, once per build, checks
 * that every cross-reference resolves; a broken one fails the build with the file and field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { findBrokenReferences, findImpossibleDates } from '../lib/content/references';
import { findFreshnessProblems } from '../lib/content/freshness';
import { topics } from '../lib/content/topics';

export type Guide = CollectionEntry<'guides'>;
export type Status = CollectionEntry<'statuses'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type ChangeEntry = CollectionEntry<'changes'>;
export type PolicyEntry = CollectionEntry<'policies'>;

let checked: Promise<void> | undefined;

async function loadAll() {
  const [guides, statuses, glossary, changes, policies] = await Promise.all([
    getCollection('guides'),
    getCollection('statuses'),
    getCollection('glossary'),
    getCollection('changes'),
    getCollection('policies'),
  ]);
  return { guides, statuses, glossary, changes, policies };
}

async function checkReferences(): Promise<void> {
  const { guides, statuses, glossary, changes, policies } = await loadAll();
  const problems = findBrokenReferences({
    guides: guides.map((g) => ({ id: g.id, related: g.data.related, statuses: g.data.statuses, changes: g.data.changes })),
    statuses: statuses.map((s) => ({ id: s.id, guides: s.data.guides })),
    glossary: glossary.map((t) => ({ id: t.id, guide: t.data.guide, status: t.data.status })),
    changes: changes.map((c) => ({ id: c.id })),
    policies: policies.map((p) => ({ id: p.id, change: p.data.change })),
  });
  for (const g of guides) {
    problems.push(
      ...findFreshnessProblems({
        file: `src/content/guides/${g.id}.mdx`,
        reviewed: g.data.reviewed,
        factsCurrentTo: g.data.factsCurrentTo,
        sources: g.data.sources,
      }),
    );
  }
  for (const entry of [...guides, ...statuses, ...glossary, ...changes, ...policies]) {
    if (entry.filePath) problems.push(...findImpossibleDates(entry.filePath, await readFile(entry.filePath, 'utf8')));
  }
  if (problems.length > 0) {
    throw new Error(`Content problems:\n  ${problems.join('\n  ')}`);
  }
}

function ensureChecked(): Promise<void> {
  checked ??= checkReferences();
  return checked;
}

const topicRank = new Map<string, number>(topics.map((t, i) => [t.id, i]));

export async function getGuides(): Promise<Guide[]> {
  await ensureChecked();
  const guides = await getCollection('guides');
  return guides.sort(
    (a, b) =>
      (topicRank.get(a.data.topic) ?? 99) - (topicRank.get(b.data.topic) ?? 99) ||
      a.data.order - b.data.order ||
      a.data.title.localeCompare(b.data.title),
  );
}

export async function getStatuses(): Promise<Status[]> {
  await ensureChecked();
  const statuses = await getCollection('statuses');
  const systemRank = (s: Status) => (s.data.systems.includes('NIV') ? 0 : 1);
  return statuses.sort((a, b) => systemRank(a) - systemRank(b) || a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export async function getGlossary(): Promise<GlossaryTerm[]> {
  await ensureChecked();
  const terms = await getCollection('glossary');
  return terms.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }));
}

/** The change log, newest first (by the day each change took effect, then by id). */
export async function getChanges(): Promise<ChangeEntry[]> {
  await ensureChecked();
  const changes = await getCollection('changes');
  return changes.sort((a, b) => (a.data.date === b.data.date ? a.id.localeCompare(b.id) : a.data.date < b.data.date ? 1 : -1));
}

/** Nationality-based measures, newest first (by effective date, then by id). */
export async function getPolicies(): Promise<PolicyEntry[]> {
  await ensureChecked();
  const policies = await getCollection('policies');
  return policies.sort((a, b) =>
    a.data.effective === b.data.effective ? a.id.localeCompare(b.id) : a.data.effective < b.data.effective ? 1 : -1,
  );
}

/** Entries by id, for resolving references in pages. */
export function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((e) => [e.id, e]));
}
