/**
 * Every broken-content case of tests/fixtures/content/bad-cases.ts, checked against the schemas the
 * collections use (fast: no build). The build test checks that the build reports such errors with
 * the file named; this one checks that each case fails and that the report names the field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { guideSchema } from '../../src/schemas/guide';
import { statusSchema } from '../../src/schemas/status';
import { badCases, fixtureFiles } from '../fixtures/content/bad-cases';

const schemas = { guide: guideSchema, status: statusSchema };
const read = (kind: 'guide' | 'status') => readFileSync(new URL(`../fixtures/content/${fixtureFiles[kind].from}`, import.meta.url), 'utf8');

/** The data part of a fixture: the frontmatter of an MDX guide, or the whole YAML status file. */
function dataOf(kind: 'guide' | 'status', text: string): unknown {
  if (kind === 'status') return parse(text);
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error('no frontmatter');
  return parse(m[1]!);
}

/** The schema's report as text: each issue's field path and message. */
function report(kind: 'guide' | 'status', data: unknown): string | undefined {
  const result = schemas[kind].safeParse(data);
  return result.success ? undefined : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

describe('the content fixtures', () => {
  test.each(['guide', 'status'] as const)('the unbroken %s fixture passes its schema', (kind) => {
    expect(report(kind, dataOf(kind, read(kind)))).toBeUndefined();
  });

  for (const c of badCases) {
    test(`${c.name} fails, and the report names the field`, () => {
      const text = c.change(read(c.fixture));
      expect(text, 'the change must change the fixture').not.toBe(read(c.fixture));
      if (c.expect.length === 0) {
        expect(() => dataOf(c.fixture, text)).toThrow();
        return;
      }
      const problems = report(c.fixture, dataOf(c.fixture, text));
      expect(problems, 'the schema should reject it').toBeDefined();
      for (const re of c.expect) expect(problems).toMatch(re);
    });
  }
});
