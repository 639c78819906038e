/**
 * Builds the ScenarioIndex the wizard's verdict receives: one brief for every scenario a set of
 * wizard facts can lead to (after broadening), and nothing else, so the prop stays small.
 */
import { factValues, type Facts } from '../wizard/facts';
import type { CaseRecord } from './types';
import { isCounted, summarize } from './summary';
import { hrefOf, isPageShape, keyOf, parseKey, scenarioPages, wizardDimensions } from './scenarios';
import { briefText, scenarioFor, type ScenarioBrief, type ScenarioIndex } from './verdict';
import { formatPeriod } from './dates';

export function briefOf(all: readonly CaseRecord[], key: string): ScenarioBrief {
  const s = summarize(all, parseKey(key) ?? {});
  return {
    n: s.n,
    issued: s.byOutcome.issued.length,
    interview: s.byOutcome['interview-required'].length,
    waiting: s.byOutcome.pending.length,
    notReported: s.byOutcome.unknown.length,
    outcomes: s.km.events,
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

/**
 * The wizard's own shape for "reported cases like yours" (src/lib/wizard/reported.ts on the wizard
 * branch, ReportedSummary): the island prints "{n} reported cases like yours ({period}, {pending}
 * still pending when last reported): {text} See the timelines". Declared here structurally so
 * this branch does not depend on that file.
 */
export interface WizardReportedSummary {
  match: Partial<Record<'route' | 'officer' | 'paper' | 'passport' | 'status', string>>;
  n: number;
  pending: number;
  period: string;
  text: string;
  href?: string;
}

/** The wizard's pick: the most specific summary whose answers all equal the facts; ties go to the larger group. */
function mostSpecific(facts: Facts, summaries: readonly WizardReportedSummary[]): WizardReportedSummary | undefined {
  let best: WizardReportedSummary | undefined;
  for (const s of summaries) {
    const entries = Object.entries(s.match);
    if (entries.length === 0 || !entries.every(([k, v]) => (facts as Record<string, string | undefined>)[k] === v)) continue;
    const size = Object.keys(best?.match ?? {}).length;
    if (!best || entries.length > size || (entries.length === size && s.n > best.n)) best = s;
  }
  return best;
}

/**
 * Summaries for the wizard's verdict, one per scenario page its answers can match (the Refused
 * text becomes the wizard's status fact), keeping only those the wizard would ever pick.
 */
export function wizardSummaries(all: readonly CaseRecord[]): WizardReportedSummary[] {
  const statusOf: Record<string, string | undefined> = { long: 'refused-long', short: 'refused-short' };
  const candidates: WizardReportedSummary[] = [];
  for (const c of scenarioPages(all.filter(isCounted))) {
    const dims = Object.keys(c);
    if (dims.length === 0 || !dims.every((d) => (wizardDimensions as readonly string[]).includes(d))) continue;
    if (c.refused !== undefined && statusOf[c.refused] === undefined) continue;
    const s = summarize(all, c);
    const { refused, ...rest } = c;
    const match = { ...rest, ...(refused ? { status: statusOf[refused]! } : {}) } as WizardReportedSummary['match'];
    const brief = briefOf(all, keyOf(c));
    candidates.push({
      match,
      n: s.n,
      pending: s.byOutcome.pending.length,
      period: s.period ? (s.period.from === s.period.to ? formatPeriod(s.period.from) : `${formatPeriod(s.period.from)} – ${formatPeriod(s.period.to)}`) : 'dates not given',
      text: `${briefText({ ...brief, waiting: 0 })}.`,
      href: hrefOf(c),
    });
  }
  const picked = new Set<WizardReportedSummary>();
  for (const facts of allFactCombinations()) {
    const s = mostSpecific(facts, candidates);
    if (s) picked.add(s);
  }
  return candidates.filter((s) => picked.has(s));
}
