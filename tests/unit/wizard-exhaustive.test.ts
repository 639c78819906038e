/**
 * The whole wizard at once: every combination of fact values (each fact also possibly missing)
 * reaches exactly one next step; every complete path ends in a verdict with content and an official
 * source; every question and rule is reachable; the browser's decision table agrees with the rules
 * on every combination.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { outcomeSchema, type OutcomeEntry } from '../../src/schemas/outcome';
import { baseFactKeys, factValues, meanings } from '../../src/lib/wizard/facts';
import { timeRules } from '../../src/lib/wizard/when';
import { allFactCombinations, checkGraph, reachableStates } from '../../src/lib/wizard/graph';
import { buildTable, unsureAnswers } from '../../src/lib/wizard/table';
import { walk } from '../../src/lib/wizard/walk';
import { allRules as rules } from '../../src/lib/wizard/rules';
import { questions } from '../../src/lib/wizard/questions';
import { stepFor } from '../../src/lib/wizard/verdict';

const root = join(import.meta.dirname, '..', '..', 'src', 'content');
const ids = (dir: string, ext: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length));

const outcomes = new Map<string, OutcomeEntry>(
  ids('outcomes', '.yaml').map((id) => [id, outcomeSchema.parse(parse(readFileSync(join(root, 'outcomes', `${id}.yaml`), 'utf8')))]),
);
const guideIds = new Set(ids('guides', '.mdx'));
const statusIds = new Set(ids('statuses', '.yaml'));
const states = reachableStates();
const leaves = states.filter((s) => !s.question);
const table = buildTable();

describe('every combination of facts', () => {
  const combinations = [...allFactCombinations()];
  // Decided once and shared by the tests below (each decision also computes what would change it).
  const steps = combinations.map((facts) => stepFor(facts));

  test('there are 85,050 of them (each of the 7 facts of the contract before 2026 unset or one of its values)', () => {
    const expected = baseFactKeys.reduce((n, key) => n * (factValues[key].length + 1), 1);
    expect(combinations.length).toBe(expected);
    expect(expected).toBe(85050);
  });

  test('each reaches exactly one step: a question, or a verdict with a meaning from the contract', () => {
    const bad: string[] = [];
    for (const [i, facts] of combinations.entries()) {
      const step = steps[i]!;
      const ok =
        step.kind === 'question' ? questions.includes(step.question) : (meanings as readonly string[]).includes(step.verdict.meaning);
      if (!ok) bad.push(JSON.stringify(facts));
    }
    expect(bad).toEqual([]);
  });

  test('the decision table the browser walks gives the same step as the rules, every time', () => {
    const differ: string[] = [];
    for (const [i, facts] of combinations.entries()) {
      const step = steps[i]!;
      const { node, path } = walk(table, facts);
      const fromRules = step.kind === 'question' ? `q:${step.question.key}` : `o:${step.verdict.outcome}`;
      const fromTable = node.o ? `o:${node.o}` : `q:${node.q}`;
      if (fromRules !== fromTable || JSON.stringify(path) !== JSON.stringify(step.facts))
        differ.push(`${JSON.stringify(facts)}: ${fromRules} vs ${fromTable}`);
    }
    expect(differ.slice(0, 5)).toEqual([]);
  });

  test('each complete combination (no question left) has a verdict whose outcome has words', () => {
    let complete = 0;
    for (const step of steps) {
      if (step.kind !== 'verdict') continue;
      complete += 1;
      expect(outcomes.has(step.verdict.outcome), step.verdict.outcome).toBe(true);
    }
    expect(complete).toBeGreaterThan(1000);
  });
});

describe('the paths the wizard asks along', () => {
  test('every question is asked somewhere', () => {
    const asked = new Set(states.flatMap((s) => [s.question, s.refine]));
    expect(questions.filter((q) => !asked.has(q.key)).map((q) => q.key)).toEqual([]);
  });

  test('every rule decides at least one path, and every meaning is reachable', () => {
    const used = new Set(leaves.map((l) => l.rule));
    expect(rules.filter((r) => !used.has(r.id)).map((r) => r.id)).toEqual([]);
    // on-hold comes only from the policy rules (when.ts), tested in wizard-when.test.ts.
    expect(new Set([...rules.map((r) => r.meaning), 'on-hold'])).toEqual(new Set(meanings));
  });

  test('the graph check passes with the real outcome files', () => {
    const summaries = [...outcomes].map(([id, o]) => ({
      id,
      meaning: o.meaning,
      sourceKinds: o.sources.map((s) => s.kind),
      becomes: o.lapse?.becomes,
    }));
    expect(checkGraph(summaries)).toEqual([]);
  });

  test('the graph check reports a missing outcome, a wrong meaning and a missing official source', () => {
    const summaries = [...outcomes].map(([id, o]) => ({ id, meaning: o.meaning, sourceKinds: o.sources.map((s) => s.kind) as string[] }));
    const broken = summaries.filter((s) => s.id !== 'issued').map((s) => (s.id === 'ap-wait' ? { ...s, meaning: 'refused' as const } : s));
    broken.find((s) => s.id === 'iv-ready')!.sourceKinds = ['secondary'];
    const problems = checkGraph(broken).join('\n');
    expect(problems).toMatch(/outcome "issued", which has no content/);
    expect(problems).toMatch(/"told-221g" means "administrative-processing" but outcome "ap-wait" says "refused"/);
    expect(problems).toMatch(/Outcome "iv-ready" has no official source/);
  });

  // Of the eight questions, the slip's colour and the passport are never asked on one path, and the
  // kind of visa, where it is asked, comes last: so no path is longer than seven answers.
  test('each path is at most seven answers long: never both the slip colour and the passport, and the kind of visa only last', () => {
    const paths = leaves.map((l) => ({
      keys: Object.keys(l.facts),
      shown: new URLSearchParams(l.facts as Record<string, string>).toString(),
    }));
    expect(paths.filter((p) => p.keys.length > 7).map((p) => p.shown)).toEqual([]);
    expect(paths.filter((p) => p.keys.includes('slip') && p.keys.includes('passport')).map((p) => p.shown)).toEqual([]);
    expect(paths.filter((p) => p.keys.includes('visa') && p.keys.at(-1) !== 'visa').map((p) => p.shown)).toEqual([]);
  });

  test('the no-JavaScript pages number the reachable states (701 before the kind of visa; 1,737 with it)', () => {
    expect(states.length).toBe(1737);
    expect(leaves.length).toBe(1576);
    expect(leaves.filter((l) => l.refine === 'visa').length).toBe(148);
  });
});

describe('every outcome', () => {
  test('is shown by a rule, and every rule names an outcome that exists', () => {
    const shown = new Set([
      ...rules.map((r) => r.outcome),
      ...timeRules.flatMap((r) => r.outcomes),
      ...[...outcomes.values()].flatMap((o) => (o.lapse ? [o.lapse.becomes] : [])),
    ]);
    expect([...outcomes.keys()].filter((id) => !shown.has(id))).toEqual([]);
    expect([...shown].filter((id) => !outcomes.has(id))).toEqual([]);
  });

  for (const [id, o] of outcomes) {
    test(`${id}: has an official source, links guides and statuses that exist, and means what its rules mean`, () => {
      expect(o.sources.some((s) => s.kind === 'official')).toBe(true);
      expect(o.guides.filter((g) => !guideIds.has(g))).toEqual([]);
      expect(o.statuses.filter((s) => !statusIds.has(s))).toEqual([]);
      for (const r of rules.filter((r) => r.outcome === id)) expect(r.meaning).toBe(o.meaning);
    });
  }

  test('the unsure answers the island marks are the questions’ own', () => {
    expect(unsureAnswers()).toEqual({ status: ['other'], officer: ['nothing'], asks: ['unsure'], slip: ['other'] });
  });
});
