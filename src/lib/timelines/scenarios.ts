/**
 * Scenarios: a set of constraints ("route is dropbox, text under Refused is long") and the cases
 * that match it. Each scenario with enough cases has a pre-rendered page whose path spells the
 * constraints, so filters are plain links that work without JavaScript:
 *   /timelines/route-dropbox/refused-long/
 */
import type { CaseRecord } from './types';
import { dimensions, dimensionValues, factsOfCase, isDimensionValue, valueLabel, type CaseFacts, type Dimension } from './vocabulary';

export type Constraints = { readonly [D in Dimension]?: string };

/** A scenario gets its own page, and can be a verdict's link, only with at least this many cases. */
export const MIN_CASES_FOR_PAGE = 3;

/** The wizard's situation facts (a scenario page may combine any of these). */
export const wizardDimensions: readonly Dimension[] = ['route', 'officer', 'paper', 'passport', 'refused'];
/** The browsing filters (a scenario page may combine any of these). */
export const filterDimensions: readonly Dimension[] = ['route', 'refused', 'visa', 'post'];
const families = [wizardDimensions, filterDimensions];

export function matchesFacts(facts: CaseFacts, constraints: Constraints): boolean {
  return dimensions.every((d) => {
    const want = constraints[d];
    return want === undefined || facts[d].includes(want);
  });
}

export function matchingCases<T extends CaseRecord>(cases: readonly T[], constraints: Constraints): T[] {
  return cases.filter((c) => matchesFacts(factsOfCase(c), constraints));
}

/** The path key of a scenario: "route-dropbox/refused-long"; "" for all cases. Always in dimension order. */
export function keyOf(constraints: Constraints): string {
  return dimensions
    .filter((d) => constraints[d] !== undefined)
    .map((d) => `${d}-${constraints[d]}`)
    .join('/');
}

/** Reads a key back; undefined for anything that is not a canonical key. */
export function parseKey(key: string): Constraints | undefined {
  if (key === '') return {};
  const out: { [D in Dimension]?: string } = {};
  for (const segment of key.split('/')) {
    const dim = dimensions.find((d) => segment.startsWith(`${d}-`));
    if (!dim || out[dim] !== undefined) return undefined;
    const value = segment.slice(dim.length + 1);
    if (!isDimensionValue(dim, value)) return undefined;
    out[dim] = value;
  }
  return keyOf(out) === key ? out : undefined;
}

/** The page of all reported cases (/timelines/ itself leads with the measured data). */
export const REPORTED_HOME = '/timelines/reported/';

export function hrefOf(constraints: Constraints): string {
  const key = keyOf(constraints);
  return key ? `/timelines/${key}/` : REPORTED_HOME;
}

export function without(constraints: Constraints, dim: Dimension): Constraints {
  const rest: { [D in Dimension]?: string } = { ...constraints };
  delete rest[dim];
  return rest;
}

export function withValue(constraints: Constraints, dim: Dimension, value: string): Constraints {
  return { ...constraints, [dim]: value };
}

/** "Interview · Officer said approved"; "All reported cases" when there are no constraints. */
export function labelOf(constraints: Constraints, separator = ' · '): string {
  // Later parts read as part of a phrase ("Interview, officer said approved"); names keep their capitals.
  const parts = dimensions
    .filter((d) => constraints[d] !== undefined)
    .map((d, i) => {
      const label = valueLabel(d, constraints[d]!);
      return i > 0 && d !== 'visa' && d !== 'post' ? label.charAt(0).toLowerCase() + label.slice(1) : label;
    });
  return parts.length > 0 ? parts.join(separator) : 'All reported cases';
}

/** Does a constraint set stay within one family (wizard facts, or browsing filters)? */
export function isPageShape(constraints: Constraints): boolean {
  const used = dimensions.filter((d) => constraints[d] !== undefined);
  return families.some((family) => used.every((d) => family.includes(d)));
}

/** Every constraint set, within one family, that a case matches. */
function scenariosOfCase(facts: CaseFacts): Constraints[] {
  const out = new Map<string, Constraints>();
  for (const family of families) {
    let partial: Constraints[] = [{}];
    for (const d of family) {
      partial = partial.flatMap((p) => [p, ...facts[d].map((v) => withValue(p, d, v))]);
    }
    for (const p of partial) out.set(keyOf(p), p);
  }
  return [...out.values()];
}

/**
 * The scenarios that get a page: every single-family constraint set matched by at least
 * MIN_CASES_FOR_PAGE of the counted cases. Removing a constraint never lowers the count, so
 * "any value" links from a page always lead to another page.
 */
export function scenarioPages(counted: readonly CaseRecord[]): Constraints[] {
  const counts = new Map<string, { constraints: Constraints; n: number }>();
  for (const c of counted) {
    for (const s of scenariosOfCase(factsOfCase(c))) {
      const key = keyOf(s);
      const entry = counts.get(key) ?? { constraints: s, n: 0 };
      entry.n += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()]
    .filter((e) => e.n >= MIN_CASES_FOR_PAGE || keyOf(e.constraints) === '')
    .map((e) => e.constraints)
    .sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}

export interface FacetOption {
  value: string;
  label: string;
  /** Counted cases the page would have. */
  n: number;
  /** Where the option leads, or undefined when that scenario has no page (too few cases). */
  href: string | undefined;
  current: boolean;
}

export interface Facet {
  dimension: Dimension;
  /** The "any value" link, or undefined when this dimension is not constrained. */
  anyHref: string | undefined;
  options: FacetOption[];
}

/** Filter links for a page: for each dimension, the values that have cases, linked when they have a page. */
export function facetsFor(constraints: Constraints, counted: readonly CaseRecord[], pageKeys: ReadonlySet<string>): Facet[] {
  const facts = counted.map((c) => factsOfCase(c));
  return dimensions.map((dimension) => {
    const options = dimensionValues[dimension]
      .map((value) => {
        const target = withValue(constraints, dimension, value);
        const n = facts.filter((f) => matchesFacts(f, target)).length;
        const key = keyOf(target);
        return {
          value,
          label: valueLabel(dimension, value),
          n,
          href: pageKeys.has(key) ? hrefOf(target) : undefined,
          current: constraints[dimension] === value,
        };
      })
      .filter((o) => o.n > 0 || o.current);
    return { dimension, anyHref: constraints[dimension] === undefined ? undefined : hrefOf(without(constraints, dimension)), options };
  });
}
