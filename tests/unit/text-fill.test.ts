/**
 * fill() (src/lib/text/fill.ts), the one template filler of the wizard, its dated lines and the
 * planner's date words: values are data, slots are filled in one pass, unknown slots stay.
 */
import { describe, expect, test } from 'vitest';
import { fill } from '../../src/lib/text/fill';

describe('fill', () => {
  test('fills every slot it has a value for, as often as the slot appears', () => {
    expect(fill('{date}: from {from} to {date}', { date: '3 March 2026', from: '1 March 2026' })).toBe(
      '3 March 2026: from 1 March 2026 to 3 March 2026',
    );
  });

  test('leaves a slot without a value as it is written', () => {
    expect(fill('By {date}, {days} days', { date: 'today' })).toBe('By today, {days} days');
  });

  // Replacement patterns and our own slot syntax inside a value are shown as written.
  test.each(['$&', '$1', "$'", '$`', '$$', '{label}', '{value}', '{label}$&{value}'])('a value of %s is data', (value) => {
    expect(fill('“{value}” is not one of the answers for {label}.', { value, label: 'how you applied' })).toBe(
      `“${value}” is not one of the answers for how you applied.`,
    );
  });

  test('an empty value empties its slot', () => {
    expect(fill('a{x}b', { x: '' })).toBe('ab');
  });
});
