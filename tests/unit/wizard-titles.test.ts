/**
 * Page titles and question counts of the wizard's steps (docs/design.md §5.1, "Step titles"): the
 * island and the no-JavaScript pages must give the same title to the same step.
 */
import { describe, expect, test } from 'vitest';
import { factValues, type Facts } from '../../src/lib/wizard/facts';
import { questionTotal } from '../../src/lib/wizard/flow';
import { buildTable } from '../../src/lib/wizard/table';
import { stepTitle } from '../../src/lib/wizard/titles';
import { stepsHref, walk, type TableNode } from '../../src/lib/wizard/walk';

const table = buildTable();

describe('step titles', () => {
  test('a question with a known total reads "<question> – Question 3 of 6"', () => {
    expect(stepTitle('Did the officer keep your passport?', { n: 3, t: 6 })).toBe('Did the officer keep your passport? – Question 3 of 6');
  });

  test('a question whose total depends on later answers gives only its number', () => {
    expect(stepTitle('What paper did the officer give you?', { n: 4, t: undefined })).toBe(
      'What paper did the officer give you? – Question 4',
    );
  });

  test('a verdict reads "Result: <headline>"', () => {
    expect(stepTitle('Issued: your visa is approved and in final processing')).toBe(
      'Result: Issued: your visa is approved and in final processing',
    );
  });

  test('a validation error puts "Error: " in front', () => {
    expect(stepTitle('What does CEAC show for your case now?', { n: 1 }, true)).toBe(
      'Error: What does CEAC show for your case now? – Question 1',
    );
  });
});

describe('how many questions a path asks', () => {
  test('the first question has no total, because Issued and Ready end the wizard at once', () => {
    expect(questionTotal({})).toBeUndefined();
  });

  test('the passport question after "approved, no paper, nothing asked" is the sixth and last', () => {
    const facts: Facts = { status: 'refused-long', route: 'interview', officer: 'approved', paper: 'none', asks: 'nothing' };
    expect(questionTotal(facts)).toBe(6);
  });

  test('every question node of the island’s table carries the same total as the no-JavaScript pages compute', () => {
    let checked = 0;
    let known = 0;
    const visit = (node: TableNode, facts: Facts) => {
      if (node.o !== undefined) return;
      expect(node.t, JSON.stringify(facts)).toBe(questionTotal(facts));
      checked++;
      if (node.t !== undefined) known++;
      node.n!.forEach((c, i) => visit(table[c]!, { ...facts, [node.q!]: factValues[node.q!][i] } as Facts));
    };
    visit(table[0]!, {});
    expect(checked).toBe(table.filter((n) => n.o === undefined).length);
    expect(known).toBeGreaterThan(0);
    expect(known).toBeLessThan(checked);
  });
});

describe('the link to a verdict that opens without JavaScript', () => {
  test('leaves out the date, the passport country and a kind of visa no question asked', () => {
    const { asked } = walk(table, { status: 'issued', since: '2026-01-15', nationality: 'fr', visa: 'b' } as Facts);
    expect(stepsHref(asked)).toBe('/wizard/steps/status-issued/');
  });

  test('keeps a kind of visa the verdict asked for', () => {
    const facts = { status: 'refused-long', route: 'interview', officer: '221g', paper: '221g', asks: 'nothing', visa: 'f-m-j' } as Facts;
    expect(stepsHref(walk(table, facts).asked)).toBe(
      '/wizard/steps/status-refused-long/route-interview/officer-221g/paper-221g/asks-nothing/visa-f-m-j/',
    );
  });
});
