import { describe, expect, test } from 'vitest';
import { buildIcs, escapeText, eventUid, foldLine } from '../../../src/lib/dates';

/** A small RFC 5545 reader: unfolds, splits name;params:value and unescapes TEXT. */
function parseIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const logical = text
    .replace(/\r\n[ \t]/g, '')
    .slice(0, -2)
    .split('\r\n');
  const events: Record<string, string>[] = [];
  const calendar: Record<string, string> = {};
  let current: Record<string, string> | null = null;
  const stack: string[] = [];
  let alarms = 0;
  for (const line of logical) {
    const m = /^([A-Z-]+)((?:;[A-Z-]+=[^:;]+)*):(.*)$/.exec(line);
    if (!m) throw new Error(`Bad content line: ${line}`);
    const [, name, params, raw] = m as unknown as [string, string, string, string];
    if (name === 'BEGIN') {
      stack.push(raw);
      if (raw === 'VEVENT') current = {};
      if (raw === 'VALARM') alarms += 1;
      continue;
    }
    if (name === 'END') {
      expect(stack.pop()).toBe(raw);
      if (raw === 'VEVENT' && current) {
        events.push({ ...current, alarms: String(alarms) });
        current = null;
        alarms = 0;
      }
      continue;
    }
    if (stack.at(-1) === 'VALARM') continue; // alarms are read back with ical.js in ics-oracle.test.ts
    const value = raw.replace(/\\(.)/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    (current ?? calendar)[name + params] = value;
  }
  expect(stack).toEqual([]);
  return { calendar, events };
}

const now = new Date('2026-11-26T15:04:05.678Z');

describe('.ics export', () => {
  test('writes a calendar of all-day events that parses back', () => {
    const ics = buildIcs(
      [
        { date: '2026-09-06', summary: 'Earliest inquiry, 180 days', description: 'Counted from 2026-03-10; see the post’s inquiry form.' },
        { date: '2027-03-10', summary: 'One-year deadline for documents' },
      ],
      { now },
    );
    const { calendar, events } = parseIcs(ics);
    expect(calendar['VERSION']).toBe('2.0');
    expect(calendar['PRODID']).toBeTruthy();
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      'DTSTART;VALUE=DATE': '20260906',
      'DTEND;VALUE=DATE': '20260907',
      SUMMARY: 'Earliest inquiry, 180 days',
      DESCRIPTION: 'Counted from 2026-03-10; see the post’s inquiry form.',
      DTSTAMP: '20261126T150405Z',
    });
    expect(events[1]!['DTEND;VALUE=DATE']).toBe('20270311');
    expect(events[0]!['UID']).not.toBe(events[1]!['UID']);
  });

  test('ends an event on a month end on the first of the next month', () => {
    const { events } = parseIcs(buildIcs([{ date: '2024-02-29', summary: 'Leap day' }], { now }));
    expect(events[0]!['DTEND;VALUE=DATE']).toBe('20240301');
  });

  test('escapes commas, semicolons, backslashes and line breaks, and reads them back', () => {
    const description = 'Case: a, b; c\\d\nsecond line\r\nthird';
    expect(escapeText(description)).toBe('Case: a\\, b\\; c\\\\d\\nsecond line\\nthird');
    const { events } = parseIcs(buildIcs([{ date: '2026-01-02', summary: 'x', description }], { now }));
    expect(events[0]!['DESCRIPTION']).toBe('Case: a, b; c\\d\nsecond line\nthird');
  });

  test('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    const long = 'Bogotá – embassy inquiry 😀 '.repeat(12);
    const folded = foldLine(`DESCRIPTION:${long}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${long}`);
    expect(folded).not.toContain('\uFFFD');
    const { events } = parseIcs(buildIcs([{ date: '2026-01-02', summary: long.trim() }], { now }));
    expect(events[0]!['SUMMARY']).toBe(long.trim());
  });

  test('gives the same UID for the same event whenever the file is made', () => {
    const event = { date: '2026-09-06', summary: 'Earliest inquiry' };
    const a = parseIcs(buildIcs([event], { now })).events[0]!;
    const b = parseIcs(buildIcs([event], { now: new Date('2027-01-01T00:00:00Z') })).events[0]!;
    expect(a['UID']).toBe(b['UID']);
    expect(a['DTSTAMP']).not.toBe(b['DTSTAMP']);
    expect(eventUid(event)).not.toBe(eventUid({ ...event, date: '2026-09-07' }));
    expect(eventUid(event)).not.toBe(eventUid({ ...event, summary: 'Earliest inquiry.' }));
  });

  test('rejects an invalid date or an empty summary', () => {
    expect(() => buildIcs([{ date: '2026-02-30', summary: 'x' }], { now })).toThrow(RangeError);
    expect(() => buildIcs([{ date: '2026-02-03', summary: '  ' }], { now })).toThrow(RangeError);
  });
});
