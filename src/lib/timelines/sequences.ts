/**
 * Status paths: the statuses a case went through, with repeats (a new "Case Last Updated" date on
 * the same status) collapsed, ending in how the case ended when that is not a status.
 */
import type { CaseRecord, Outcome, ReportedStatus } from './types';

export type PathNode =
  | 'Application Received'
  | 'AP'
  | 'Refused'
  | 'Refused (long)'
  | 'Refused (short)'
  | 'Issued'
  | 'Ready'
  | 'No status reported'
  | 'Asked to interview'
  | 'Still waiting'
  | 'Not reported';

const nodeOf: Record<ReportedStatus, PathNode | undefined> = {
  'Application Received': 'Application Received',
  'Administrative Processing': 'AP',
  'Refused (text unknown)': 'Refused',
  'Refused (long text)': 'Refused (long)',
  'Refused (short text)': 'Refused (short)',
  Issued: 'Issued',
  Ready: 'Ready',
  // A date change with no status named adds nothing to the path.
  'Case last updated (status not stated)': undefined,
};

const endNode: Record<Outcome, PathNode | undefined> = {
  issued: undefined,
  'interview-required': 'Asked to interview',
  pending: 'Still waiting',
  unknown: 'Not reported',
};

/** Nodes that are how the case ended rather than a CEAC status (drawn differently). */
export const outcomeNodes: ReadonlySet<PathNode> = new Set(['Asked to interview', 'Still waiting', 'Not reported']);

export function pathOf(c: CaseRecord): PathNode[] {
  const path: PathNode[] = [];
  for (const step of c.ceac_sequence) {
    const node = nodeOf[step.status];
    if (node && path.at(-1) !== node) path.push(node);
  }
  if (path.length === 0) path.push('No status reported');
  const end = endNode[c.outcome];
  if (end) path.push(end);
  return path;
}

export interface PathGroup {
  path: PathNode[];
  /** Ids of the cases that took this path, in dataset order. */
  caseIds: string[];
}

/** Paths by how many cases took them (most first; ties: shorter first, then alphabetical). */
export function commonPaths(cases: readonly CaseRecord[]): PathGroup[] {
  const groups = new Map<string, PathGroup>();
  for (const c of cases) {
    const path = pathOf(c);
    const key = path.join(' → ');
    const group = groups.get(key) ?? { path, caseIds: [] };
    group.caseIds.push(c.id);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.caseIds.length - a.caseIds.length || a.path.length - b.path.length || a.path.join().localeCompare(b.path.join()),
  );
}

export function pathText(path: readonly PathNode[]): string {
  return path.join(' → ');
}
