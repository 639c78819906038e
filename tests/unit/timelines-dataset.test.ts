import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { caseSchema } from '../../src/schemas/case';
import { checkCase, checkCollection } from '../../src/lib/timelines/checks';
import { parseCasesFile } from '../../src/lib/timelines/dataset';
import type { CaseRecord } from '../../src/lib/timelines/types';
import { privacyProblems } from '../../src/lib/timelines/contribute';

const text = readFileSync(new URL('../../src/content/cases/reported-cases.json', import.meta.url), 'utf8');
const raw = parseCasesFile(text);
const cases: CaseRecord[] = raw.map((r) => caseSchema.parse(r));

describe('the shipped dataset', () => {
  test('holds the 76 reports as compiled, each passing the schema', () => {
    expect(raw).toHaveLength(76);
    for (const r of raw) expect(caseSchema.safeParse(r).success, (r as { id: string }).id).toBe(true);
    expect(checkCollection(cases)).toEqual([]);
  });

  test('every case either passes every check or carries a flag for the check it fails', () => {
    for (const c of cases) {
      const failing = checkCase(c)
        .map((i) => i.check)
        .sort();
      const flagged = (c.flags ?? []).map((f) => f.check).sort();
      expect(failing, c.id).toEqual(flagged);
    }
  });

  test('lists which records were fixed, each fix explained', () => {
    const fixed = cases.filter((c) => (c.fixes ?? []).length > 0).map((c) => c.id);
    expect(fixed).toEqual(['c69']);
    expect(cases.filter((c) => (c.flags ?? []).length > 0).map((c) => c.id)).toEqual([]);
  });

  // The 76 reports as first compiled (November 2026), before the timelines added their fields.
  const researchFile = new URL('../fixtures/reported-cases-as-compiled.json', import.meta.url);
  test('only adds fields to the reports as compiled and changes nothing else except the noted fixes', () => {
    const research = JSON.parse(readFileSync(researchFile, 'utf8')) as { cases: Record<string, unknown>[] };
    expect(research.cases).toHaveLength(raw.length);
    const added = new Set(['started', 'still_waiting_on', 'outcome_date', 'fixes', 'flags']);
    for (const original of research.cases) {
      const copy = raw.find((r) => (r as { id: string }).id === original['id']) as Record<string, unknown>;
      const stripped = Object.fromEntries(Object.entries(copy).filter(([k]) => !added.has(k)));
      if (copy['fixes']) continue; // compared field by field in the test above
      expect(stripped, String(original['id'])).toEqual(original);
    }
  });

  test('every date the site added quotes the words it comes from', () => {
    for (const c of cases) {
      for (const note of [c.started, c.still_waiting_on, c.outcome_date]) {
        if (!note) continue;
        const excerpt = /^excerpt: '([^']+)'/.exec(note.basis)?.[1];
        if (excerpt) expect(c.source_excerpt, c.id).toContain(excerpt);
        const fromNote = /^ceac_sequence note: '([^']+)'/.exec(note.basis)?.[1];
        if (fromNote) expect(c.ceac_sequence.map((s) => s.note ?? '').join(' | '), c.id).toContain(fromNote);
        expect(excerpt ?? fromNote ?? note.basis.startsWith('excerpt:'), `${c.id}: ${note.basis}`).toBeTruthy();
      }
    }
  });

  test('stays anonymized: no e-mail addresses, phone numbers, case or passport numbers, or links', () => {
    for (const c of cases) expect(privacyProblems(JSON.stringify(c)), c.id).toEqual([]);
  });
});

describe('reading the cases file', () => {
  test('rejects a file without its source note or with a repeated id', () => {
    expect(() => parseCasesFile('{"cases": []}')).toThrow('reported-cases.json needs its "source" note.');
    const note = { source: 'x'.repeat(30), fields: 'x'.repeat(30), added_fields: 'x'.repeat(30) };
    expect(() => parseCasesFile(JSON.stringify({ ...note, cases: [{ id: 'c01' }, { id: 'c01' }] }))).toThrow(
      'The case id c01 is used twice.',
    );
    expect(() => parseCasesFile('[1, 2]')).toThrow(/"cases" array/);
    expect(parseCasesFile(JSON.stringify({ ...note, cases: [{ id: 'c01' }] }))).toEqual([{ id: 'c01' }]);
  });
});
