/** The browser's check of /wizard/props.json before the island mounts (src/lib/wizard/props-shape.ts). */
import { describe, expect, test } from 'vitest';
import { hasWizardShape } from '../../src/lib/wizard/props-shape';

/** The top level of a good file, with the smallest values of the right kinds. */
const good = {
  table: [{ q: 'status', n: [1] }],
  words: {},
  outcomes: {},
  unsure: {},
  origin: 'https://example.org',
  site: 'CEAC Status Guide',
  policies: [],
  countries: [],
  lapse: {},
  oneYear: [],
};

describe('hasWizardShape', () => {
  test('accepts a file with every top-level field of the right kind', () => {
    expect(hasWizardShape(good)).toBe(true);
  });

  test.each([
    ['an empty object', {}],
    ['null', null],
    ['a list', []],
    ['a list of the props', [good]],
    ['a string', 'table'],
    ['a number', 0],
  ])('rejects %s', (_, body) => {
    expect(hasWizardShape(body)).toBe(false);
  });

  // An old or half-written shape: each field missing, null, or of the wrong kind.
  const lists = [{}, 'x', null];
  const wrong: Record<string, unknown[]> = {
    table: lists,
    policies: lists,
    countries: lists,
    oneYear: lists,
    origin: [1, null],
    site: [[], null],
  };
  for (const key of Object.keys(good) as (keyof typeof good)[]) {
    test(`rejects a file without ${key}`, () => {
      const { [key]: _, ...rest } = good;
      expect(hasWizardShape(rest)).toBe(false);
    });
    for (const value of wrong[key] ?? [[], null, 'x']) {
      test(`rejects ${key} = ${JSON.stringify(value)}`, () => {
        expect(hasWizardShape({ ...good, [key]: value })).toBe(false);
      });
    }
  }

  test('rejects an empty decision table, which has no first question', () => {
    expect(hasWizardShape({ ...good, table: [] })).toBe(false);
    expect(hasWizardShape({ ...good, table: ['status'] })).toBe(false);
  });
});
