/**
 * Filters written as a query string (/timelines/?route=dropbox&refused=long), mapped to the
 * pre-rendered scenario page that spells the same filters in its path. Pure: the small script on
 * /timelines/ passes the address and the list of pages that exist.
 */
import { dimensions, isDimensionValue, type Dimension } from './vocabulary';
import { REPORTED_HOME, hrefOf, keyOf, type Constraints } from './scenarios';

/** When a combination has no page (too few cases), filters are dropped in this order until one does. */
const relaxOrder: readonly Dimension[] = ['post', 'visa', 'passport', 'paper', 'officer', 'refused', 'route'];

export interface QueryScenario {
  /** The page to show. */
  href: string;
  /** Filters that were not understood (unknown value). */
  invalid: Dimension[];
  /** Understood filters left out because no page combines them with the others. */
  relaxed: Dimension[];
}

/**
 * The scenario page for a query string, or undefined when the query names no known filter
 * (then /timelines/ itself is the answer; filters it cannot place lead to the page of all reported cases). Unknown keys are ignored; each known key counts once.
 */
export function scenarioForQuery(search: string, pageKeys: ReadonlySet<string>): QueryScenario | undefined {
  const params = new URLSearchParams(search);
  const wanted: { [D in Dimension]?: string } = {};
  const invalid: Dimension[] = [];
  for (const dim of dimensions) {
    const value = params.get(dim);
    if (value === null) continue;
    if (isDimensionValue(dim, value)) wanted[dim] = value;
    else invalid.push(dim);
  }
  if (Object.keys(wanted).length === 0) return invalid.length > 0 ? { href: REPORTED_HOME, invalid, relaxed: [] } : undefined;

  let current: Constraints = { ...wanted };
  const relaxed: Dimension[] = [];
  for (const dim of relaxOrder) {
    if (pageKeys.has(keyOf(current))) break;
    if (current[dim] === undefined) continue;
    const rest: { [D in Dimension]?: string } = { ...current };
    delete rest[dim];
    current = rest;
    relaxed.push(dim);
  }
  return { href: pageKeys.has(keyOf(current)) ? hrefOf(current) : REPORTED_HOME, invalid, relaxed };
}
