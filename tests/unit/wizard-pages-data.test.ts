/**
 * The data behind the pages: the no-JavaScript page addresses, the decision table's extras
 * (reported cases, "what would change"), and the reviewer diagram.
 */
import { describe, expect, test } from 'vitest';
import type { Facts } from '../../src/lib/wizard/facts';
import { fallbackHref, fallbackSlug, fallbackSlugs, factsFromSlug } from '../../src/lib/wizard/fallback';
import { pathFacts, withAnswer } from '../../src/lib/wizard/flow';
import { reachableStates } from '../../src/lib/wizard/graph';
import { reportedFor, sharedAnswers, type ReportedSummary } from '../../src/lib/wizard/reported';
import { buildTable, unsureAnswers } from '../../src/lib/wizard/table';
import { changesFor, explain, stepsHref, walk } from '../../src/lib/wizard/walk';
import { allRules as rules } from '../../src/lib/wizard/rules';
import { stepFor, verdictFor } from '../../src/lib/wizard/verdict';
import { flowGraph, layoutFlow, mermaidFor } from '../../src/lib/wizard/diagram';
import { questions } from '../../src/lib/wizard/questions';
import type { EnumFactKey } from '../../src/lib/wizard/facts';
import { wizardWords } from './wizard-words-data';

const table = buildTable();
const meaningOf = (outcome: string) => rules.find((r) => r.outcome === outcome)!.meaning;

describe('no-JavaScript page addresses', () => {
  test('every reachable state has its own page, and each address reads back to the same answers', () => {
    const slugs = fallbackSlugs();
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const { facts } of reachableStates()) expect(factsFromSlug(fallbackSlug(facts))).toEqual(facts);
  });

  test('the island’s links and the pages agree on every address', () => {
    for (const { facts } of reachableStates()) expect(stepsHref(facts)).toBe(fallbackHref(facts));
  });

  test('addresses list the answers in the order asked', () => {
    expect(
      fallbackHref({ passport: 'kept', status: 'refused-short', route: 'interview', officer: 'approved', paper: 'none', asks: 'nothing' }),
    ).toBe('/wizard/steps/status-refused-short/route-interview/officer-approved/paper-none/asks-nothing/passport-kept/');
    expect(fallbackHref({})).toBe('/wizard/steps/');
  });

  test.each([
    ['an answer to a question that is not asked there', 'status-issued/route-interview'],
    ['answers out of order', 'route-interview/status-issued'],
    ['a value the question does not offer', 'status-approved'],
    ['a segment without a key', '-interview'],
    ['an unknown key', 'colour-pink'],
  ])('rejects %s', (_name, slug) => {
    expect(factsFromSlug(slug)).toBeUndefined();
  });
});

describe('the decision table’s extras', () => {
  test('"what would change" from the table matches the rules on every verdict', () => {
    const unsure = unsureAnswers();
    for (const { facts, question } of reachableStates()) {
      if (question) continue;
      const fromRules = verdictFor(facts).whatWouldChange.map((a) => `${a.key}=${a.value}:${a.outcome}`);
      const fromTable = changesFor(table, facts, meaningOf, unsure).map((c) => `${c.key}=${c.value}:${c.outcome}`);
      expect(fromTable, JSON.stringify(facts)).toEqual(fromRules);
      for (const c of changesFor(table, facts, meaningOf, unsure)) expect(c.path).toEqual(pathFacts(withAnswer(facts, c.key, c.value)));
    }
  });

  test('"what would change" never lists the answers of a refining question: its Change link asks it', () => {
    const refining = questions.filter((q) => q.optional).map((q) => q.key);
    expect(refining).toContain('visa');
    const unsure = unsureAnswers();
    let verdictsWithVisa = 0;
    for (const { facts, question } of reachableStates()) {
      if (question) continue;
      if (facts.visa) verdictsWithVisa++;
      const listed = [...verdictFor(facts).whatWouldChange, ...changesFor(table, facts, meaningOf, unsure)].map((c) => c.key);
      expect(
        listed.filter((key) => refining.includes(key)),
        JSON.stringify(facts),
      ).toEqual([]);
    }
    expect(verdictsWithVisa).toBeGreaterThan(100);
  });

  test('the "why" list has the answers the rule relies on, plus any "not sure" answers, in the order asked', () => {
    const facts: Facts = { status: 'other', route: 'interview', officer: 'approved', paper: 'none', asks: 'unsure', passport: 'kept' };
    const { node } = walk(table, facts);
    expect(explain(facts, node.r, unsureAnswers())).toEqual([
      { key: 'status', value: 'other', unsure: true },
      { key: 'officer', value: 'approved', unsure: false },
      { key: 'asks', value: 'unsure', unsure: true },
      { key: 'passport', value: 'kept', unsure: false },
    ]);
    const step = stepFor(facts);
    expect(step.kind === 'verdict' && step.verdict.uncertain.map((a) => a.key)).toEqual(['status', 'asks']);
  });

  const summaries: ReportedSummary[] = [
    { match: { route: 'interview' }, n: 40, pending: 20, period: '2020–2021', text: 'Many reports.' },
    { match: { route: 'interview', officer: 'approved' }, n: 18, pending: 7, period: 'Jan 2020 – Jan 2021', text: '4 issued.' },
    { match: { route: 'interview', officer: 'approved', passport: 'kept' }, n: 10, pending: 5, period: '2020–2021', text: '2 issued.' },
    { match: { route: 'dropbox', status: 'refused-long' }, n: 5, pending: 3, period: '2020', text: 'Dropbox.' },
    { match: { route: 'dropbox' }, n: 0, pending: 0, period: '2020', text: 'Empty groups are never shown.' },
  ];

  test('the reported-cases line uses the most specific matching group', () => {
    expect(reportedFor({ route: 'interview', officer: 'approved', passport: 'kept' }, summaries)?.n).toBe(10);
    expect(reportedFor({ route: 'interview', officer: 'approved', passport: 'returned' }, summaries)?.n).toBe(18);
    expect(reportedFor({ route: 'interview', officer: 'refused' }, summaries)?.n).toBe(40);
    expect(reportedFor({ route: 'dropbox', status: 'refused-short' }, summaries)).toBeUndefined();
    expect(reportedFor({ status: 'issued' }, [])).toBeUndefined();
  });

  const ruleFor = (facts: Facts) => {
    const step = stepFor(facts);
    if (step.kind !== 'verdict') throw new Error('expected a verdict');
    return rules.find((r) => r.id === step.verdict.rule)!;
  };
  const likeYours = (facts: Facts) => reportedFor(facts, summaries, sharedAnswers(ruleFor(facts), facts));

  test('reports count as "like yours" only if they share the recorded answers the verdict rests on', () => {
    // Told approved, passport kept: the group that shares both.
    expect(
      likeYours({ status: 'refused-short', route: 'interview', officer: 'approved', paper: 'none', asks: 'nothing', passport: 'kept' })?.n,
    ).toBe(10);
    // A refusal letter: no group of reports had one, so none is shown (not the "approved" group with its issued visas).
    expect(likeYours({ status: 'refused-short', route: 'interview', officer: 'approved', paper: 'refusal' })).toBeUndefined();
    // Told refused: no group of reports was told that.
    expect(likeYours({ status: 'refused-short', route: 'interview', officer: 'refused', paper: 'none', asks: 'nothing' })).toBeUndefined();
  });

  test('a verdict decided by what you were asked to do has no reported group (the reports do not record requests)', () => {
    const facts: Facts = { status: 'refused-long', route: 'interview', officer: 'approved', paper: 'none', asks: 'documents' };
    expect(sharedAnswers(ruleFor(facts), facts)).toBeNull();
    expect(likeYours(facts)).toBeUndefined();
  });

  test('"I\u2019m not sure" answers are not required to match', () => {
    const facts: Facts = { status: 'other', route: 'interview', officer: 'nothing', paper: 'none', asks: 'unsure', passport: 'kept' };
    expect(sharedAnswers(ruleFor(facts), facts)).toEqual(['paper', 'passport']);
  });

  test('the table stores each verdict’s reported group, so the browser needs no matching code', () => {
    const withReports = buildTable(summaries);
    const facts: Facts = {
      status: 'refused-short',
      route: 'interview',
      officer: 'approved',
      paper: 'none',
      asks: 'nothing',
      passport: 'kept',
    };
    expect(summaries[walk(withReports, facts).node.s!]?.n).toBe(10);
    expect(walk(withReports, { status: 'issued' }).node.s).toBeUndefined();
    // The refusal letter gets no group, although the "approved" groups match every answer they name.
    const letter: Facts = { status: 'refused-short', route: 'interview', officer: 'approved', paper: 'refusal' };
    expect(walk(withReports, letter).node.s).toBeUndefined();
  });
});

describe('the reviewer diagram', () => {
  const graph = flowGraph();

  test('has a line for every answer to every question, and every outcome', () => {
    for (const q of graph.questions) {
      const answered = new Set(graph.edges.filter((e) => e.from === q).flatMap((e) => e.values));
      expect(answered.size, q).toBeGreaterThan(0);
    }
    const targets = new Set(graph.edges.map((e) => e.to));
    for (const o of graph.outcomes) expect(targets.has(`outcome:${o.id}`), o.id).toBe(true);
  });

  test('marks answers whose destination depends on earlier answers', () => {
    const paperApproval = graph.edges.filter((e) => e.from === 'paper' && e.values.includes('approval'));
    expect(paperApproval.map((e) => e.to).sort()).toEqual(['outcome:approved-interim', 'outcome:mixed-signals']);
    expect(paperApproval.every((e) => e.conditional)).toBe(true);
    expect(graph.edges.find((e) => e.from === 'status' && e.values.includes('issued'))?.conditional).toBe(false);
  });

  test('lays out inside its canvas and emits Mermaid for the same lines', () => {
    const summaries = Object.fromEntries(questions.map((q) => [q.key, wizardWords.questions[q.key].summary])) as Record<
      EnumFactKey,
      string
    >;
    const layout = layoutFlow(graph, summaries);
    for (const b of [...layout.questions, ...layout.outcomes]) {
      expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
      expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
    }
    const mermaid = mermaidFor(graph, summaries);
    expect(mermaid).toContain('status["CEAC status"]');
    expect(mermaid.startsWith('flowchart LR')).toBe(true);
    expect(mermaid.split('\n').filter((l) => l.includes('-->')).length).toBe(graph.edges.length);
  });
});
