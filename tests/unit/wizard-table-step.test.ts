/**
 * The no-JavaScript pages read the same compiled decision table as the island (table-step.ts):
 * for every page under /wizard/steps/, the table gives the same question, or the same verdict,
 * reasons and "what would change" answers as the rules themselves (verdict.ts stepFor).
 */
import { describe, expect, test } from 'vitest';
import { buildTable, unsureAnswers } from '../../src/lib/wizard/table';
import { tableStep } from '../../src/lib/wizard/table-step';
import { stepFor } from '../../src/lib/wizard/verdict';
import { fallbackSlugs, factsFromSlug } from '../../src/lib/wizard/fallback';
import { allRules } from '../../src/lib/wizard/rules';

const table = buildTable();
const unsure = unsureAnswers();
const meaning = new Map(allRules.map((r) => [r.outcome, r.meaning]));
const meaningOf = (outcome: string) => meaning.get(outcome)!;
const slugs = fallbackSlugs();
// Both views of every page, computed once (the comparisons below then stay well inside the test timeout).
const pages = slugs.map((slug) => {
  const facts = factsFromSlug(slug)!;
  return { slug, page: tableStep(table, facts, meaningOf, unsure), rules: stepFor(facts) };
});

describe('the no-JavaScript pages and the decision table', () => {
  test('there are pages to check, and every page resolves to answers', () => {
    expect(slugs.length).toBeGreaterThan(100);
    for (const slug of slugs) expect(factsFromSlug(slug), slug).toBeDefined();
  });

  test('every page asks the same question the rules ask, or shows the same verdict', () => {
    for (const { slug, page, rules } of pages) {
      if (rules.kind === 'question')
        expect(page, slug).toMatchObject({ kind: 'question', key: rules.question.key, options: rules.question.options });
      else expect(page, slug).toMatchObject({ kind: 'verdict', outcome: rules.verdict.outcome });
    }
  });

  test('every verdict page gives the same reasons and the same answers that would change it as the rules', () => {
    for (const { slug, page, rules } of pages) {
      if (page.kind !== 'verdict' || rules.kind !== 'verdict') continue;
      const relied = [...rules.verdict.reasons, ...rules.verdict.uncertain].map((a) => `${a.key}=${a.value}`);
      expect(page.reasons.map((a) => `${a.key}=${a.value}`).sort(), slug).toEqual([...new Set(relied)].sort());
      expect(
        page.changes.map((c) => `${c.key}=${c.value}→${c.outcome}`),
        slug,
      ).toEqual(rules.verdict.whatWouldChange.map((c) => `${c.key}=${c.value}→${c.outcome}`));
    }
  });
});
