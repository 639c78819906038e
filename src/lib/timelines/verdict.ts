/**
 * The wizard link-up: from the wizard's facts to "N reported cases like yours …" and a link to
 * the matching /timelines/ page. Small and dependency-light on purpose: the wizard island imports
 * it, with a ScenarioIndex computed at build time (scenario-index.ts) passed in as a prop.
 */
import type { Facts } from '../wizard/facts';
import { hrefOf, keyOf, labelOf, parseKey, without, type Constraints } from './scenarios';
import type { Dimension } from './vocabulary';
import { tooFewWords } from './km';

/** One scenario, reduced to what the one-line summary needs. */
export interface ScenarioBrief {
  n: number;
  issued: number;
  interview: number;
  waiting: number;
  notReported: number;
  /** Cases with an outcome on a known day (the 10-outcome rule counts these). */
  outcomes: number;
  /** Median days to an outcome, or null when the reports do not support one. */
  median: number | null;
}

/** Scenario key (see scenarios.ts keyOf) → brief. Holds only scenarios with a page. */
export type ScenarioIndex = Readonly<Record<string, ScenarioBrief>>;

/** The scenario constraints the wizard's facts pin down. The slip colour is not used: colours are set by each post. */
export function constraintsForFacts(facts: Facts): Constraints {
  const c: { [D in Dimension]?: string } = {};
  if (facts.route) c.route = facts.route;
  if (facts.officer) c.officer = facts.officer;
  if (facts.paper) c.paper = facts.paper;
  if (facts.passport) c.passport = facts.passport;
  if (facts.status === 'refused-long') c.refused = 'long';
  if (facts.status === 'refused-short') c.refused = 'short';
  return c;
}

/** The scenario key for the wizard's facts: "route-interview/officer-approved/refused-short". */
export function scenarioKeyFor(facts: Facts): string {
  return keyOf(constraintsForFacts(facts));
}

/** When too few cases match every fact, facts are let go in this order (least telling first). */
export const broadenOrder: readonly Dimension[] = ['passport', 'paper', 'refused', 'officer', 'route'];

export interface CasesLikeYours {
  key: string;
  href: string;
  /** Cases in the linked scenario. */
  n: number;
  /** True when the linked scenario matches every fact the timelines use. */
  exact: boolean;
  /** The linked scenario in words ("Interview · Short Refused text"). */
  matched: string;
  /** The one line for the verdict. */
  text: string;
}

/** The scenario to show for these facts: the exact one if it has a page, else the closest broader one. */
export function scenarioFor(facts: Facts, index: ScenarioIndex): { key: string; exact: boolean; leftOut: Dimension[] } | undefined {
  let constraints = constraintsForFacts(facts);
  const exactKey = keyOf(constraints);
  if (index[exactKey]) return { key: exactKey, exact: true, leftOut: [] };
  const leftOut: Dimension[] = [];
  for (const dim of broadenOrder) {
    if (constraints[dim] === undefined) continue;
    constraints = without(constraints, dim);
    leftOut.push(dim);
    if (index[keyOf(constraints)]) return { key: keyOf(constraints), exact: false, leftOut };
  }
  return undefined;
}

const answerNames: Record<Dimension, string> = {
  route: 'how you applied',
  officer: 'what the officer said',
  paper: 'the paper you got',
  passport: 'your passport',
  refused: 'the text under Refused',
  visa: 'your visa class',
  post: 'your post',
};

function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The one-line summary and link, or undefined when the index is empty. */
export function casesLikeYours(facts: Facts, index: ScenarioIndex): CasesLikeYours | undefined {
  const found = scenarioFor(facts, index);
  if (!found) return undefined;
  const brief = index[found.key]!;
  const constraints = parseKey(found.key) ?? {};
  const matched = labelOf(constraints);
  const broader = `Fewer than 3 reported cases match all your answers. Leaving out ${listOf(found.leftOut.map((d) => answerNames[d]))}`;
  const lead = found.exact
    ? `${plural(brief.n, 'reported case')} like yours`
    : found.key === ''
      ? `${broader}, across all ${plural(brief.n, 'reported case')}`
      : `${broader}, ${plural(brief.n, 'reported case')} match “${matched}”`;
  return {
    key: found.key,
    href: hrefOf(constraints),
    n: brief.n,
    exact: found.exact,
    matched,
    text: `${lead}: ${briefText(brief)}.`,
  };
}

/**
 * "9 issued, 3 still waiting when last reported. Median wait 12 days." (no leading count). Below
 * the 10-outcome rule the wait is the shared tooFewWords() sentence, as on every timelines page.
 */
export function briefText(brief: ScenarioBrief): string {
  const wait = brief.median === null ? tooFewWords(brief.outcomes).replace(/\.$/, '') : `Half had an outcome by day ${brief.median}`;
  return `${outcomesText(brief)}. ${wait}`;
}

/** "9 issued, 3 still waiting when last reported" (how the cases ended, no wait). */
export function outcomesText(brief: ScenarioBrief): string {
  const outcomes = [
    `${brief.issued} issued`,
    brief.interview > 0 ? `${brief.interview} asked to come to an interview` : '',
    brief.waiting > 0 ? `${brief.waiting} still waiting when last reported` : '',
    brief.notReported > 0 ? `${brief.notReported} with no outcome reported` : '',
  ].filter(Boolean);
  return outcomes.join(', ');
}
