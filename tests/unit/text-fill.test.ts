import { describe, expect, test } from 'vitest';
import { fill } from '../../src/lib/text/fill';

describe('fill', () => {
  test('fills every slot, each as often as it appears', () => {
    expect(fill('By {date} ({days} days); again {date}.', { date: '8 November 2027', days: '12' })).toBe(
      'By 8 November 2027 (12 days); again 8 November 2027.',
    );
  });

  test('values are data: replacement patterns and slot names inside a value are printed as written', () => {
    expect(fill('Seen: {value}.', { value: '$& $1 $$ {label}', label: 'never' })).toBe('Seen: $& $1 $$ {label}.');
  });

  test('a slot without a value stays visible, and Object.prototype fills nothing', () => {
    expect(fill('{date} {missing} {constructor} {toString}', { date: 'today' })).toBe('today {missing} {constructor} {toString}');
    expect(fill('{date}', { date: undefined })).toBe('{date}');
  });

  test('an empty value empties its slot', () => {
    expect(fill('a{x}b', { x: '' })).toBe('ab');
  });
});
