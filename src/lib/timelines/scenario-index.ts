/**
 * Builds the ScenarioIndex the wizard's verdict receives: one brief for every scenario a set of
 * wizard facts can lead to (after broadening), and nothing else, so the prop stays small.
 */
import { factValues, type Facts } from '../wizard/facts';
import type { CaseRecord } from './types';
import { isCounted, summarize } from './summary';
import { isPageShape, keyOf, parseKey, scenarioPages, wizardDimensions } from './scenarios';
import { scenarioFor, type ScenarioBrief, type ScenarioIndex } from './verdict';

export function briefOf(all: readonly CaseRecord[], key: string): ScenarioBrief {
  const s = summarize(all, parseKey(key) ?? {});
  return {
    n: s.n,
    issued: s.byOutcome.issued.length,
    interview: s.byOutcome['interview-required'].length,
    waiting: s.byOutcome.pending.length,
    notReported: s.byOutcome.unknown.length,
    median: s.median.kind === 'value' ? s.median.days : null,
  };
}

/** Every combination of the facts the timelines use (each one may also be unanswered). */
function allFactCombinations(): Facts[] {
  const options = <T extends string>(values: readonly T[]): (T | undefined)[] => [undefined, ...values];
  const out: Facts[] = [];
  for (const route of options(factValues.route))
    for (const officer of options(factValues.officer))
      for (const paper of options(factValues.paper))
        for (const passport of options(factValues.passport))
          for (const status of options(['refused-long', 'refused-short'] as const)) {
            const f: Facts = {};
            if (route) f.route = route;
            if (officer) f.officer = officer;
            if (paper) f.paper = paper;
            if (passport) f.passport = passport;
            if (status) f.status = status;
            out.push(f);
          }
  return out;
}

export function buildScenarioIndex(all: readonly CaseRecord[]): ScenarioIndex {
  const pages = scenarioPages(all.filter(isCounted)).filter(
    (c) => isPageShape(c) && Object.keys(c).every((d) => (wizardDimensions as readonly string[]).includes(d)),
  );
  const full: Record<string, ScenarioBrief> = {};
  for (const c of pages) full[keyOf(c)] = briefOf(all, keyOf(c));
  const reachable: Record<string, ScenarioBrief> = {};
  for (const facts of allFactCombinations()) {
    const found = scenarioFor(facts, full);
    if (found) reachable[found.key] = full[found.key]!;
  }
  return reachable;
}
