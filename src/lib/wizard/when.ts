/**
 * The verdict decided for a day: what the answers mean on `today`, given how long it has been since
 * the interview or drop-off (`since`), the kind of visa and the passport nationality. The answers
 * first give a base verdict (rules.ts, walked in the browser as a table); these rules then apply
 * time and policy on top of it, in order, first match wins. The windows come from the outcome
 * content (`lapse`), the policies from the `policies` collection (policy.ts), the legal dates from
 * src/lib/dates/rules.ts. Small and pure: the island, the no-JavaScript pages (for their build
 * date) and the tests (for pinned dates) all call decideAt. docs/adr/010-wizard-time-visa-nationality.md.
 */
import type { Facts, Meaning } from './facts';
import { immigrantVisas } from './facts';
import { policyMatches, type PolicyMatch, type WizardPolicy } from './policy';

// Day arithmetic and the deadlines come from src/lib/dates, the one home of dates on the site.
import { addDays, daysBetween } from '../dates/calendar';
import { documentsDeadline, dvYearEnd } from '../dates/limits';

export { dvYearEnd };

/** An interim outcome's window (outcome content `lapse`): after it, the answer is no longer that. */
export interface Lapse {
  /** Days after `since` the evidence supports this outcome. */
  afterDays: number;
  /** The outcome it becomes once the window has passed. */
  becomes: string;
}

/** How many days before a deadline it is said first and loudly. A presentation choice, not a rule. */
export const DEADLINE_WARNING_DAYS = 60;

/** The overlay rules, in order, for reviewers and for the checks (each id with what it shows). */
export const timeRules = [
  { id: 'issued-stands', outcomes: [] as string[] },
  { id: 'policy-refusal', outcomes: ['refused-212f'] },
  { id: 'policy-on-hold', outcomes: ['on-hold-suspension', 'on-hold-pause'] },
  { id: 'dv-year-ended', outcomes: ['dv-deadline-passed'] },
  { id: 'documents-year-ended', outcomes: ['documents-deadline-passed', 'documents-deadline-passed-iv'] },
  { id: 'interim-lapsed', outcomes: [] as string[] },
] as const;
export type TimeRuleId = (typeof timeRules)[number]['id'];

export interface Deadline {
  /** Which deadline: the one-year 221(g) limit, or the end of the diversity-visa year. */
  kind: 'one-year' | 'dv-year-end';
  /**
   * The last day, as the dated lines, the planner and the calendar file say it ("by … at the
   * latest"): for the one-year limit the day before the same date a year later
   * (src/lib/dates/deadlines.ts documentsDeadline); for the DV year 30 September.
   */
  date: string;
  /** Days from today to it. */
  daysLeft: number;
  passed: boolean;
  /** Within DEADLINE_WARNING_DAYS and not yet passed: said first and loudly. */
  near: boolean;
}

export interface Decided {
  outcome: string;
  meaning: Meaning;
  /** The time or policy rule that changed the base verdict, if one did. */
  rule?: TimeRuleId;
  /** The base verdict's outcome, when a rule here changed it. */
  base?: string;
  /** The day decided for, YYYY-MM-DD (the verdict's data-as-of). */
  asOf: string;
  /** Policies that bear on the case (for the verdict's policy notes), strongest first. */
  policies: PolicyMatch[];
  /** A deadline that matters for this case, when it can be dated. */
  deadline?: Deadline;
  /** What will change this answer and when, if nothing else happens first. */
  next?: { date: string; outcome: string };
}

export interface DecideInput {
  /** The base verdict from the answers (rules.ts / the table). */
  base: { outcome: string; meaning: Meaning };
  /** All facts, including `visa`, `since` and `nationality` (asked or not on the path). */
  facts: Facts;
  today: string;
  policies: readonly WizardPolicy[];
  /** Each outcome's meaning (from content). */
  meaningOf: (outcome: string) => Meaning;
  /** Each interim outcome's window (from content). */
  lapse: Readonly<Record<string, Lapse>>;
  /** Outcomes with the one-year documents limit (their `timing` includes one-year). */
  oneYear: readonly string[];
}

const suspension = (m: PolicyMatch) => m.how === 'applies' && m.policy.kind.startsWith('entry-suspension');

export function decideAt(input: DecideInput): Decided {
  const { base, facts, today, policies, meaningOf, lapse, oneYear } = input;
  const matches = policyMatches(facts.nationality, facts.visa, today, policies);
  const out: Decided = { outcome: base.outcome, meaning: base.meaning, asOf: today, policies: matches };
  if (base.meaning === 'issued') return { ...out, rule: 'issued-stands' };

  const since = facts.since && facts.since <= today ? facts.since : undefined;
  const iv = facts.visa !== undefined && immigrantVisas.includes(facts.visa);
  // The deadline that matters most: the end of the DV year, or the one-year documents limit.
  let deadline: Deadline | undefined;
  if (facts.visa === 'iv-dv') {
    const date = dvYearEnd(since ?? today);
    deadline = { kind: 'dv-year-end', date, daysLeft: daysBetween(today, date), passed: today > date, near: false };
  } else if (since && oneYear.includes(base.outcome)) {
    const date = documentsDeadline(since);
    deadline = { kind: 'one-year', date, daysLeft: daysBetween(today, date), passed: today > date, near: false };
  }
  if (deadline) deadline.near = !deadline.passed && deadline.daysLeft <= DEADLINE_WARNING_DAYS;
  const change = (rule: TimeRuleId, outcome: string): Decided => ({
    ...out,
    rule,
    base: base.outcome,
    outcome,
    meaning: meaningOf(outcome),
    ...(deadline ? { deadline } : {}),
  });

  const applies = matches.find((m) => m.how === 'applies');
  if (applies) {
    // Refused only where a refusal was given (a letter, or the officer's words) under a 212(f)
    // suspension; otherwise on hold, with the policy's own expectation said in its note.
    if (base.meaning === 'refused' && matches.some(suspension)) return change('policy-refusal', 'refused-212f');
    return change('policy-on-hold', applies.policy.kind === 'issuance-pause' ? 'on-hold-pause' : 'on-hold-suspension');
  }
  if (deadline?.kind === 'dv-year-end' && deadline.passed) return change('dv-year-ended', 'dv-deadline-passed');
  if (deadline?.kind === 'one-year' && deadline.passed)
    return change('documents-year-ended', iv ? 'documents-deadline-passed-iv' : 'documents-deadline-passed');
  const window = lapse[base.outcome];
  if (window && since) {
    const last = addDays(since, window.afterDays);
    if (today > last) return change('interim-lapsed', window.becomes);
    out.next = { date: addDays(last, 1), outcome: window.becomes };
  }
  if (deadline) {
    out.deadline = deadline;
    const after = addDays(deadline.date, 1);
    if (!out.next || after < out.next.date) {
      out.next = {
        date: after,
        outcome: deadline.kind === 'dv-year-end' ? 'dv-deadline-passed' : iv ? 'documents-deadline-passed-iv' : 'documents-deadline-passed',
      };
    }
  }
  return out;
}

/** The time rules' inputs, read from the outcome words: each interim outcome's window and the outcomes with the one-year documents limit. */
export function timeInputs(
  outcomes: Readonly<Record<string, { timing: readonly string[]; lapse?: { afterDays: number; becomes: string } | undefined }>>,
): { lapse: Record<string, Lapse>; oneYear: string[] } {
  const lapse: Record<string, Lapse> = {};
  for (const [id, o] of Object.entries(outcomes)) if (o.lapse) lapse[id] = { afterDays: o.lapse.afterDays, becomes: o.lapse.becomes };
  return {
    lapse,
    oneYear: Object.entries(outcomes)
      .filter(([, o]) => o.timing.includes('one-year'))
      .map(([id]) => id),
  };
}

/**
 * Whether the verdict offers the optional passport check: wherever a nationality-based policy
 * could change the answer, which is every meaning but an issued visa.
 */
export const offersNationalityCheck = (meaning: string): boolean => meaning !== 'issued';
