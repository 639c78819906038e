/**
 * The verdict decided for a day (src/lib/wizard/when.ts): node by node for the time, visa and
 * nationality rules, and every reachable path × kind of visa × nationality class × pinned date.
 * Nationalities are tested by equivalence class (nationalityClasses: one representative per set of
 * measures, plus one on no list), which keeps the run short; the test prints its size and time.
 */
import { describe, expect, test } from 'vitest';
import { factValues, meanings, type Facts } from '../../src/lib/wizard/facts';
import { reachableStates } from '../../src/lib/wizard/graph';
import { stepFor, stepOn } from '../../src/lib/wizard/verdict';
import { decideAt, dvYearEnd } from '../../src/lib/wizard/when';
import { addDays } from '../../src/lib/dates/calendar';
import { documentsDeadline } from '../../src/lib/dates/deadlines';
import { nationalityClasses, policyMatches } from '../../src/lib/wizard/policy';
import { policiesFor } from '../../src/lib/policies';
import { data, outcomeEntries, policies, policyEntries } from './wizard-data';

const since = '2026-03-02';
/** The pinned days: the day after, inside the interim window, just past it, near and past the one-year limit, after 30 September. */
const pinned = {
  'day 1': addDays(since, 1),
  'inside the interim window': addDays(since, 10),
  'just past the interim window': addDays(since, 31),
  'near the one-year limit': addDays(documentsDeadline(since), -30),
  'on the last day of the one-year limit': documentsDeadline(since),
  'past the one-year limit': addDays(documentsDeadline(since), 1),
  'after 30 September (DV year over)': '2026-10-01',
} as const;

const ap = { status: 'refused-long', route: 'interview', officer: '221g', paper: '221g', asks: 'nothing' } as const;
const docs = { status: 'refused-long', route: 'interview', officer: '221g', paper: '221g', asks: 'documents' } as const;
const approvedKept = {
  status: 'refused-long',
  route: 'interview',
  officer: 'approved',
  paper: 'none',
  asks: 'nothing',
  passport: 'kept',
} as const;
const letter = { status: 'refused-short', route: 'interview', officer: 'refused', paper: 'refusal' } as const;
const on = (facts: Facts, today: string) => {
  const step = stepOn(facts, today, data);
  if (step.kind !== 'verdict' || !step.decided) throw new Error(`No verdict for ${JSON.stringify(facts)}`);
  return step.decided;
};

describe('deadlines (computed in src/lib/dates/deadlines.ts, the planner’s own)', () => {
  test('the DV year ends on 30 September of the fiscal year of the date', () => {
    expect(dvYearEnd('2026-03-02')).toBe('2026-09-30');
    expect(dvYearEnd('2026-09-30')).toBe('2026-09-30');
    expect(dvYearEnd('2026-10-01')).toBe('2027-09-30');
  });
});

describe('time', () => {
  test('an interim "likely approved" becomes administrative processing once its window has passed, and says when', () => {
    const inside = on({ ...approvedKept, since }, pinned['inside the interim window']);
    expect(inside.meaning).toBe('likely-approved');
    expect(inside.next).toEqual({ date: addDays(since, 31), outcome: 'interim-expired' });
    const past = on({ ...approvedKept, since }, pinned['just past the interim window']);
    expect([past.meaning, past.outcome, past.rule]).toEqual(['administrative-processing', 'interim-expired', 'interim-lapsed']);
  });

  test('the same link changes its verdict when only today changes', () => {
    const facts = { ...approvedKept, since };
    expect(on(facts, '2026-03-20').outcome).toBe('approved-interim');
    expect(on(facts, '2026-04-20').outcome).toBe('interim-expired');
  });

  test('without a date the time rules change nothing (links made before keep their meaning)', () => {
    for (const today of Object.values(pinned)) expect(on(approvedKept, today).outcome).toBe('approved-interim');
  });

  test('a one-year documents limit that is near is flagged; once passed the answer changes by visa kind', () => {
    const near = on({ ...docs, since }, pinned['near the one-year limit']);
    expect(near.deadline).toMatchObject({ kind: 'one-year', near: true, passed: false, daysLeft: 30 });
    expect(near.meaning).toBe('documents-requested');
    expect(on({ ...docs, since }, pinned['past the one-year limit']).outcome).toBe('documents-deadline-passed');
    expect(on({ ...docs, visa: 'iv-family', since }, pinned['past the one-year limit']).outcome).toBe('documents-deadline-passed-iv');
    expect(on({ ...docs, visa: 'iv-employment', since }, pinned['near the one-year limit']).outcome).toBe('documents-requested-iv');
  });

  test('the last day of the one-year limit is the planner’s “by … at the latest” date, still open on that day', () => {
    // Interview 2 March 2026: send by 1 March 2027 at the latest; on 1 March the case is still open.
    const last = on({ ...docs, since }, pinned['on the last day of the one-year limit']);
    expect(last.deadline).toMatchObject({ kind: 'one-year', date: '2027-03-01', passed: false, daysLeft: 0 });
    expect(last.outcome).toBe('documents-requested');
    expect(on({ ...docs, since }, '2027-02-01').next).toEqual({ date: '2027-03-02', outcome: 'documents-deadline-passed' });
  });

  test('a diversity visa ends on 30 September: near is flagged, after it the visa can no longer be issued', () => {
    const near = on({ ...ap, visa: 'iv-dv', since }, '2026-09-01');
    expect(near.outcome).toBe('dv-ap');
    expect(near.deadline).toMatchObject({ kind: 'dv-year-end', date: '2026-09-30', near: true });
    expect(near.next).toEqual({ date: '2026-10-01', outcome: 'dv-deadline-passed' });
    expect(on({ ...ap, visa: 'iv-dv', since }, pinned['after 30 September (DV year over)']).outcome).toBe('dv-deadline-passed');
    // Without an interview date the DV year is today's, which has not ended.
    expect(on({ ...ap, visa: 'iv-dv' }, '2026-10-01').deadline).toMatchObject({ date: '2027-09-30', passed: false });
    // Issued stays issued.
    expect(on({ status: 'issued', visa: 'iv-dv', since }, '2026-10-01').meaning).toBe('issued');
  });

  test('a date after today is not used', () => {
    expect(on({ ...approvedKept, since: '2027-01-01' }, '2026-12-01').outcome).toBe('approved-interim');
    expect(on({ ...approvedKept, since: '2027-01-01' }, '2026-12-01').next).toBeUndefined();
  });
});

describe('nationality', () => {
  test('the policy check agrees with policiesFor (src/lib/policies) for every class, visa kind and pinned day', () => {
    for (const c of nationalityClasses(policies)) {
      for (const visa of factValues.visa) {
        for (const day of Object.values(pinned)) {
          const ours = policyMatches(c.code, visa, day, policies)
            .map((m) => m.policy.id)
            .sort();
          const theirs = policiesFor({ nationality: c.code, visa, date: day }, policyEntries)
            .map((p) => p.id)
            .sort();
          expect(ours, `${c.code} ${visa} ${day}`).toEqual(theirs);
        }
      }
    }
  });

  test('a full suspension puts an administrative-processing case on hold; a refusal letter becomes a 212(f) refusal', () => {
    expect(on({ ...ap, nationality: 'ir', visa: 'f-m-j', since }, '2026-12-01')).toMatchObject({
      meaning: 'on-hold',
      outcome: 'on-hold-suspension',
      base: 'vetting-221g',
    });
    expect(on({ ...letter, nationality: 'ir' }, '2026-12-01')).toMatchObject({ meaning: 'refused', outcome: 'refused-212f' });
  });

  test('before a measure took effect it changes nothing', () => {
    expect(on({ ...ap, nationality: 'ng', visa: 'b' }, '2025-12-31').meaning).toBe('administrative-processing');
    expect(on({ ...ap, nationality: 'ng', visa: 'b' }, '2026-01-02').meaning).toBe('on-hold');
  });

  test('a partial suspension covers only its visa kinds; without the visa kind it is offered, not applied', () => {
    expect(on({ ...ap, nationality: 'ng', visa: 'h-l' }, '2026-12-01').meaning).toBe('administrative-processing');
    const unknown = on({ ...ap, nationality: 'ng' }, '2026-12-01');
    expect(unknown.meaning).toBe('administrative-processing');
    expect(unknown.policies.some((m) => m.how === 'if-visa')).toBe(true);
  });

  test('the immigrant-visa pause holds immigrant visas only; a visa bond is advice for visitors', () => {
    expect(on({ ...docs, nationality: 'pk', visa: 'iv-family', since }, '2026-12-01')).toMatchObject({
      outcome: 'on-hold-pause',
      deadline: { kind: 'one-year' },
    });
    expect(on({ ...ap, nationality: 'pk', visa: 'b' }, '2026-12-01').meaning).toBe('administrative-processing');
    const bond = on({ ...ap, nationality: 'bt', visa: 'b' }, '2026-12-01');
    expect(bond.meaning).toBe('administrative-processing');
    expect(bond.policies.map((m) => m.how)).toEqual(['advice']);
  });

  test('a nationality on no list changes nothing', () => {
    for (const visa of factValues.visa) {
      expect(on({ ...ap, visa, nationality: 'fr', since }, '2026-12-01')).toEqual(on({ ...ap, visa, since }, '2026-12-01'));
    }
  });
});

describe('every path × kind of visa × nationality class × pinned day', () => {
  const classes = [...nationalityClasses(policies).map((c) => c.code), 'fr', undefined];
  const leaves = reachableStates().filter((s) => !s.question);
  const started = performance.now();
  const results: { facts: Facts; today: string; meaning: string; outcome: string }[] = [];
  for (const leaf of leaves) {
    const visas = leaf.facts.visa ? [leaf.facts.visa] : [undefined, ...factValues.visa];
    for (const visa of visas) {
      const facts: Facts = { ...leaf.facts, ...(visa ? { visa } : {}), since };
      const step = stepFor(facts);
      if (step.kind !== 'verdict') throw new Error(`No verdict for ${JSON.stringify(facts)}`);
      for (const nationality of classes) {
        for (const today of Object.values(pinned)) {
          const d = decideAt({
            base: { outcome: step.verdict.outcome, meaning: step.verdict.meaning },
            facts: { ...step.facts, ...(nationality ? { nationality } : {}) },
            today,
            ...data,
          });
          results.push({ facts: { ...facts, ...(nationality ? { nationality } : {}) }, today, meaning: d.meaning, outcome: d.outcome });
          if (d.asOf !== today) throw new Error('asOf');
        }
      }
    }
  }
  const ms = Math.round(performance.now() - started);

  test(`covers ${leaves.length} paths, ${classes.length} nationality classes and ${Object.keys(pinned).length} days`, () => {
    console.log(`wizard-when: ${results.length} decisions in ${ms} ms`);
    expect(results.length).toBeGreaterThan(100_000);
    expect(ms).toBeLessThan(60_000);
  });

  test('each reaches one verdict with a contract meaning and content with an official source', { timeout: 60_000 }, () => {
    const bad = results.filter((r) => {
      const o = outcomeEntries.get(r.outcome);
      return (
        !(meanings as readonly string[]).includes(r.meaning) ||
        !o ||
        o.meaning !== r.meaning ||
        !o.sources.some((s) => s.kind === 'official')
      );
    });
    expect(bad.slice(0, 3)).toEqual([]);
  });

  test('on hold only where a measure applies; issued always stays issued', { timeout: 60_000 }, () => {
    const cache = new Map<string, boolean>();
    const wrong = results.filter((r) => {
      const key = `${r.facts.nationality}|${r.facts.visa}|${r.today}`;
      if (!cache.has(key))
        cache.set(
          key,
          policyMatches(r.facts.nationality, r.facts.visa, r.today, policies).some((m) => m.how === 'applies'),
        );
      const applies = cache.get(key)!;
      if (r.facts.status === 'issued') return r.meaning !== 'issued';
      return (r.meaning === 'on-hold') !== (applies && r.outcome !== 'refused-212f');
    });
    expect(wrong.slice(0, 3)).toEqual([]);
  });
});
