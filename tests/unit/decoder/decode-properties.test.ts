/**
 * Properties of the decoder over arbitrary text (fast-check, fixed seed: tests/unit/property.ts):
 * it never throws, always names a known variant, and finds an official text wherever it sits.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildIndex, decodeWithIndex, isVariant } from '../../../src/lib/decoder';
import { loadStatuses } from './load-statuses';
import { runs } from '../property';

const statuses = loadStatuses();
const index = buildIndex(statuses);
/** Official texts whose status is a decoder variant, with that variant. */
const official = statuses
  .filter((s) => isVariant(s.id) && s.id !== 'unknown')
  .flatMap((s) => s.texts.map((t) => ({ id: s.id, text: t.text })));
/** Text a person might paste: any code points, CEAC-like words, line breaks and markup. */
const pasted = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .array(
      fc.constantFrom('Refused', 'REFUSED', 'administrative', 'processing', '221(g)', 'letter', '\n', ' ', '<b>', '%', 'Issued', 'case'),
      { maxLength: 60 },
    )
    .map((w) => w.join(' ')),
);

describe('the decoder on arbitrary text', () => {
  test('never throws and always names a known variant with a coverage between 0 and 1', () => {
    fc.assert(
      fc.property(pasted, (text) => {
        const r = decodeWithIndex(text, index);
        expect(isVariant(r.variant)).toBe(true);
        expect(r.coverage).toBeGreaterThanOrEqual(0);
        expect(r.coverage).toBeLessThanOrEqual(1);
      }),
      runs(300),
    );
  });

  test('finds an official text between short unrelated lines', () => {
    expect(official.length).toBeGreaterThan(5);
    const noise = fc.array(
      fc.constantFrom(
        'Case Created: 04-Jan-2021',
        'Case Last Updated: 15-Mar-2021',
        'For more information, please visit the embassy.',
        'Thank you',
      ),
      { maxLength: 2 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...official), noise, noise, (o, before, after) => {
        expect(decodeWithIndex([...before, o.text, ...after].join('\n'), index).variant).toBe(o.id);
      }),
      runs(100),
    );
  });
});
