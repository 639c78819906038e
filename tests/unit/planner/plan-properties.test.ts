/**
 * Properties of the planner's dates (fast-check, fixed seed: tests/unit/property.ts): for any real
 * dates, the dates that follow an interview never come before it, they move forward as the
 * interview does, and the plan lists them in order.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { INQUIRY_RULES } from '../../../src/lib/dates';
import { makePlan, selectableRules, type Plan } from '../../../src/lib/planner/plan';
import { isoDate, runs } from '../property';

const today = '2026-12-02';
// 2023-01-01 to 2026-12-02 (days 8,401 to 9,832 after 2000-01-01): the plan counts business days
// up to today one by one, so older dates only make the runs slower.
const pastDay = isoDate(8_401, 9_832);
const ruleId = fc.constantFrom(...selectableRules(INQUIRY_RULES).map((r) => r.id));

function planFor(interview: string, rule: string, documentsSent?: string): Plan {
  const out = makePlan({ interview, rule, documentsSent }, today, INQUIRY_RULES);
  if (!out.ok) throw new Error(`${interview}: ${out.problems.join(' ')}`);
  return out.plan;
}
const dateOf = (plan: Plan, id: string) => plan.entries.find((e) => e.id === id)!.date;

describe('the planner dates', () => {
  test('none comes before the interview, and the list is in date order', () => {
    fc.assert(
      fc.property(pastDay, ruleId, (interview, rule) => {
        const plan = planFor(interview, rule);
        const dates = plan.entries.map((e) => e.date);
        for (const d of dates) expect(d > interview, `${d} after ${interview}`).toBe(true);
        expect(dates).toEqual([...dates].sort());
      }),
      runs(40),
    );
  });

  test('a later interview never gives an earlier date', () => {
    fc.assert(
      fc.property(pastDay, pastDay, ruleId, (a, b, rule) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const p = planFor(early, rule);
        const q = planFor(late, rule);
        for (const id of ['check-status', 'inquiry', 'deadline'])
          expect(dateOf(p, id) <= dateOf(q, id), `${id}: ${early} vs ${late}`).toBe(true);
        for (const [i, r] of p.inquiries.entries()) expect(r.earliest <= q.inquiries[i]!.earliest).toBe(true);
      }),
      runs(40),
    );
  });

  test('documents sent later never bring the inquiry date forward', () => {
    fc.assert(
      fc.property(pastDay, pastDay, pastDay, ruleId, (interview, x, y, rule) => {
        const [sooner, later] = x <= y ? [x, y] : [y, x];
        expect(dateOf(planFor(interview, rule, sooner), 'inquiry') <= dateOf(planFor(interview, rule, later), 'inquiry')).toBe(true);
        expect(dateOf(planFor(interview, rule), 'inquiry') <= dateOf(planFor(interview, rule, later), 'inquiry')).toBe(true);
      }),
      runs(40),
    );
  });
});
