/**
 * The wizard URL codec (docs/design.md §5.1): round trips, the contract's key order, unknown keys,
 * bad values and contradictions, and properties over arbitrary and hostile query strings (fast-check).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isoDate, runs } from './property';
import { factOrder, factValues, type Facts } from '../../src/lib/wizard/facts';
import { isSinceDate, parseQuery, resolveContradictions, toQuery, wizardHref } from '../../src/lib/wizard/codec';
import { reachableStates } from '../../src/lib/wizard/graph';
import { noticeText } from '../../src/lib/wizard/wording';
import { wizardWords } from './wizard-words-data';

describe('round trips', () => {
  test('every state the wizard can reach survives toQuery → parseQuery unchanged and without notices', () => {
    for (const { facts } of reachableStates()) {
      for (const withDate of [facts, { ...facts, since: '2026-03-03' }]) {
        const parsed = parseQuery(toQuery(withDate));
        expect(parsed.notices).toEqual([]);
        expect(parsed.facts).toEqual(withDate);
      }
    }
  });

  test('keys come out in the contract order, whatever order they came in', () => {
    const facts: Facts = {
      since: '2026-01-05',
      status: 'refused-long',
      passport: 'kept',
      route: 'interview',
      officer: 'approved',
      paper: 'none',
      asks: 'nothing',
    };
    const query = toQuery(facts);
    expect(query).toBe('?route=interview&officer=approved&paper=none&asks=nothing&passport=kept&status=refused-long&since=2026-01-05');
    const keys = query
      .slice(1)
      .split('&')
      .map((p) => p.split('=')[0]);
    expect(keys).toEqual(factOrder.filter((k) => keys.includes(k)));
  });

  test('no facts make an empty query and the bare wizard address', () => {
    expect(toQuery({})).toBe('');
    expect(wizardHref({})).toBe('/wizard/');
  });

  test('a shuffled query gives the same facts as the canonical one', () => {
    const a = parseQuery('status=issued&route=dropbox&paper=221g&asks=interview');
    const b = parseQuery('?asks=interview&paper=221g&route=dropbox&status=issued');
    expect(a).toEqual(b);
  });
});

describe('reading untrusted queries', () => {
  test('unknown keys are ignored without a notice', () => {
    expect(parseQuery('?route=interview&utm_source=x&lang=fr&__proto__=1&constructor=2')).toEqual({
      facts: { route: 'interview' },
      notices: [],
    });
  });

  test('a bad value is dropped with a notice that quotes it', () => {
    const { facts, notices } = parseQuery('?route=mail&status=refused-long');
    expect(facts).toEqual({ status: 'refused-long' });
    expect(notices).toEqual([{ kind: 'bad-value', key: 'route', value: 'mail' }]);
    expect(noticeText(notices[0]!, wizardWords)).toBe('“mail” is not one of the answers for how you applied, so it was left out.');
  });

  // A value from the address is data: replacement patterns ($&, $1, $', $`, $$) and our own slot
  // names ({label}, {value}) in it are shown as typed, never filled in.
  test.each(['$&', '$1', "$'", '$`', '$$', '{label}', '{value}', '{label}$&{value}'])(
    'the value %s is quoted as typed in its notice',
    (value) => {
      const { notices } = parseQuery(`?route=${encodeURIComponent(value)}&status=refused-long`);
      expect(noticeText(notices[0]!, wizardWords)).toBe(`“${value}” is not one of the answers for how you applied, so it was left out.`);
    },
  );

  test('direction controls in a value are left out of its notice, so the sentence around it reads normally', () => {
    // U+202E (right-to-left override), U+2066–U+2069 (isolates), U+200F (right-to-left mark).
    const value = 'ab\u202ecd\u2066ef\u2069\u200fgh';
    const { notices } = parseQuery(`?route=${encodeURIComponent(value)}&status=refused-long`);
    expect(notices[0]?.value).toBe('abcdefgh');
    expect(noticeText(notices[0]!, wizardWords)).toBe('“abcdefgh” is not one of the answers for how you applied, so it was left out.');
  });

  test.each(['2026-02-30', '2026-13-01', '26-01-01', '1999-12-31', 'yesterday', '2026-1-5', '2026-01-05T00:00'])(
    'the date %s is dropped with a notice',
    (since) => {
      const { facts, notices } = parseQuery(`?status=issued&since=${encodeURIComponent(since)}`);
      expect(facts).toEqual({ status: 'issued' });
      expect(notices[0]?.key).toBe('since');
      expect(noticeText(notices[0]!, wizardWords)).toMatch(/is not a date we can use for the interview date/);
    },
  );

  test('real dates are accepted, including 29 February in a leap year', () => {
    expect(isSinceDate('2024-02-29')).toBe(true);
    expect(isSinceDate('2023-02-29')).toBe(false);
    expect(parseQuery('?since=2024-02-29').facts).toEqual({ since: '2024-02-29' });
  });

  test('values are read without regard to case and surrounding spaces; the key is also trimmed', () => {
    expect(parseQuery('?Route=%20Interview%20&STATUS=Refused-Long').facts).toEqual({ route: 'interview', status: 'refused-long' });
  });

  test('an empty value means "not answered" and gives no notice', () => {
    expect(parseQuery('?route=&since=&status=issued')).toEqual({ facts: { status: 'issued' }, notices: [] });
  });

  test('a key given twice keeps the first valid answer', () => {
    expect(parseQuery('?route=interview&route=dropbox').facts).toEqual({ route: 'interview' });
    expect(parseQuery('?route=bus&route=dropbox').facts).toEqual({ route: 'dropbox' });
  });

  test('a broken %-escape is kept as typed and then refused, not thrown', () => {
    const { facts, notices } = parseQuery('?route=%E0%A4%A&status=%');
    expect(facts).toEqual({});
    expect(notices.map((n) => n.key)).toEqual(['route', 'status']);
  });

  test('a very long value is shortened in the notice', () => {
    const { notices } = parseQuery(`?route=${'x'.repeat(500)}`);
    expect(notices[0]?.value).toBe(`${'x'.repeat(40)}…`);
  });
});

describe('contradictions drop the later, dependent answer with a notice', () => {
  test.each<[string, string, Facts, string]>([
    ['dropbox and what the officer said', '?route=dropbox&officer=approved', { route: 'dropbox' }, 'officer'],
    ['no paper and a colour', '?paper=none&slip=pink', { paper: 'none' }, 'slip'],
    ['asked to send the passport, and it was kept', '?asks=passport&passport=kept', { asks: 'passport' }, 'passport'],
  ])('%s', (_name, query, facts, dropped) => {
    const parsed = parseQuery(query);
    expect(parsed.facts).toEqual(facts);
    expect(parsed.notices).toEqual([{ kind: 'contradiction', key: dropped }]);
    expect(noticeText(parsed.notices[0]!, wizardWords).length).toBeGreaterThan(20);
  });

  test('answers that agree are left alone', () => {
    expect(resolveContradictions({ route: 'interview', officer: 'approved', paper: '221g', slip: 'pink' }).notices).toEqual([]);
    expect(resolveContradictions({ asks: 'passport', passport: 'returned' }).notices).toEqual([]);
  });
});

describe('odd but possible query strings', () => {
  test('a key given twice keeps the first valid answer', () => {
    expect(parseQuery('?route=interview&route=dropbox')).toEqual({ facts: { route: 'interview' }, notices: [] });
  });

  test('a key given twice with a bad first value keeps the later valid one and names the bad one', () => {
    expect(parseQuery('?route=mail&route=dropbox')).toEqual({
      facts: { route: 'dropbox' },
      notices: [{ kind: 'bad-value', key: 'route', value: 'mail' }],
    });
  });

  test('a "+" is read as a space, so padding around a value does not matter', () => {
    expect(parseQuery('?route=+interview+&status=issued+')).toEqual({ facts: { route: 'interview', status: 'issued' }, notices: [] });
  });

  test('a "+" inside a value is not a valid answer and is quoted back as a space', () => {
    expect(parseQuery('?status=refused+long').notices).toEqual([{ kind: 'bad-value', key: 'status', value: 'refused long' }]);
  });

  test('percent-encoded keys and values are decoded, in any letter case', () => {
    expect(parseQuery('?%72oute=%49NTERVIEW&since=2026%2D01%2D05')).toEqual({
      facts: { route: 'interview', since: '2026-01-05' },
      notices: [],
    });
  });

  test('an encoded "&" or "=" stays inside its value', () => {
    expect(parseQuery('?status=issued%26route%3Ddropbox')).toEqual({
      facts: {},
      notices: [{ kind: 'bad-value', key: 'status', value: 'issued&route=dropbox' }],
    });
  });

  test('a broken percent escape is dropped as a bad value and never throws', () => {
    const parsed = parseQuery('?route=%E0%A4%A&status=issued');
    expect(parsed.facts).toEqual({ status: 'issued' });
    expect(parsed.notices).toMatchObject([{ kind: 'bad-value', key: 'route' }]);
  });

  test('an empty value or a key with no "=" means "not answered", without a notice', () => {
    expect(parseQuery('?route=&since=&status')).toEqual({ facts: {}, notices: [] });
    expect(parseQuery('?since=&route=dropbox')).toEqual({ facts: { route: 'dropbox' }, notices: [] });
  });

  test('an empty value does not block a later answer for the same key', () => {
    expect(parseQuery('?route=&route=dropbox')).toEqual({ facts: { route: 'dropbox' }, notices: [] });
  });

  test('";" separates fields as "&" does', () => {
    expect(parseQuery('?route=interview;officer=approved')).toEqual({ facts: { route: 'interview', officer: 'approved' }, notices: [] });
  });

  test('only the first 2,000 characters are read', () => {
    expect(parseQuery(`?${'x=1&'.repeat(500)}route=interview`)).toEqual({ facts: {}, notices: [] });
  });
});

describe('arbitrary and hostile query strings (properties)', () => {
  const keys = [
    ...factOrder,
    'Route',
    'STATUS',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'route[]',
    '',
    '=',
    '&',
    'since ',
    ' since',
    'x',
  ];
  const values = [
    ...Object.values(factValues).flat(),
    '',
    ' ',
    '%',
    '%%',
    '%E0%A4%A',
    '%00',
    '%0A',
    '<script>alert(1)</script>',
    '"><img src=x onerror=1>',
    '../../etc/passwd',
    '2026-02-30',
    '2024-02-29',
    '9999-99-99',
    '２０２６-０１-０１',
    'null',
    'undefined',
    'NaN',
    '[]',
    '{}',
    'javascript:alert(1)',
    '🙂',
    '\u202e',
    'a'.repeat(3000),
    'issued;status=ready',
    'refused-long&route=dropbox',
    '+interview+',
    'Interview',
  ];
  const hostile = [
    '',
    '?',
    '??',
    '&&&',
    '=',
    '==',
    '?=&=',
    '?route',
    '?route=',
    '%',
    '?%zz=%zz',
    '?;;;',
    '?a=b;c=d',
    `?${'&'.repeat(5000)}`,
    `?route=${'%'.repeat(3000)}`,
    '?__proto__[polluted]=1',
    '?constructor[prototype][polluted]=1',
    '?since=2026-01-01&since=2026-01-02',
    '?route=interview#fragment',
    'route=interview?status=issued',
    '\u0000\u0001\u0002',
    '?status=%F0%9F%99%82',
  ];
  /** Query strings built from the contract's keys and values and from junk, joined by & or ;. */
  const field = fc.oneof(
    fc.constantFrom(...values),
    fc
      .tuple(fc.constantFrom(...keys), fc.constantFrom(...values), fc.boolean())
      .map(([k, v, enc]) => `${k}=${enc ? encodeURIComponent(v) : v}`),
    fc.tuple(fc.constantFrom(...factOrder), fc.string({ maxLength: 12 })).map(([k, v]) => `${k}=${v}`),
  );
  const query = fc
    .tuple(fc.boolean(), fc.array(field, { maxLength: 9 }), fc.constantFrom('&', '&', '&', ';'))
    .map(([mark, parts, sep]) => (mark ? '?' : '') + parts.join(sep));
  /** Anything at all: structured queries, arbitrary text (any code points), and the hostile list. */
  const anyText = fc.oneof(query, fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...hostile));

  /** What parseQuery promises for any input: valid facts, no contradiction, words for each notice, a stable canonical form. */
  function holdsFor(input: string) {
    const { facts, notices } = parseQuery(input);
    for (const [key, value] of Object.entries(facts)) {
      if (key === 'since') expect(isSinceDate(value), input).toBe(true);
      else if (key === 'nationality') expect(value, input).toMatch(/^[a-z]{2}$/);
      else expect((factValues as Record<string, readonly string[]>)[key], input).toContain(value);
    }
    expect(resolveContradictions(facts).notices, input).toEqual([]);
    for (const n of notices) expect(noticeText(n, wizardWords).length, input).toBeGreaterThan(10);
    // Reading the canonical form again gives the same facts and nothing to report.
    expect(parseQuery(toQuery(facts)), input).toEqual({ facts, notices: [] });
  }

  test('parsing never throws and always gives valid facts whose canonical form is stable', () => {
    fc.assert(
      fc.property(anyText, (input) => holdsFor(input)),
      runs(1200),
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('every hostile query string in the list keeps the same promises', () => {
    for (const input of hostile) holdsFor(input);
  });

  test('encoding then decoding any valid set of facts gives them back, contradictions aside', () => {
    const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const facts = fc.record({
      ...Object.fromEntries(Object.entries(factValues).map(([k, vs]) => [k, optional(fc.constantFrom(...(vs as readonly string[])))])),
      since: optional(isoDate()),
      nationality: optional(fc.constantFrom('in', 'ng', 'fr')),
    });
    fc.assert(
      fc.property(facts, (raw) => {
        const given = resolveContradictions(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as Facts).facts;
        const query = toQuery(given);
        expect(parseQuery(query)).toEqual({ facts: given, notices: [] });
        expect(toQuery(parseQuery(query).facts)).toBe(query);
      }),
      runs(500),
    );
  });

  test('non-string input is treated as an empty query', () => {
    for (const input of [undefined, null, 42, {}, [], () => 1]) expect(parseQuery(input)).toEqual({ facts: {}, notices: [] });
  });
});

describe('hostile input for the 2026 keys', () => {
  const countries = ['in', 'ng', 'ir', 'fr'];
  const opts = { today: '2026-12-01', countries };
  test('a known nationality in any case is kept, lower case', () => {
    expect(parseQuery('?nationality=IR&visa=F-M-J', opts)).toEqual({ facts: { nationality: 'ir', visa: 'f-m-j' }, notices: [] });
  });
  test.each([
    ['zz (not a country)', 'zz'],
    ['<script>', '<script>alert(1)</script>'],
    ['40 characters', 'x'.repeat(40)],
    ['three letters', 'irn'],
    ['a number', '12'],
    ['an escape that breaks', '%E0%A4%A'],
  ])('nationality %s is dropped with a notice, the rest is kept', (_name, value) => {
    const parsed = parseQuery(`?status=issued&nationality=${encodeURIComponent(value)}`, opts);
    expect(parsed.facts).toEqual({ status: 'issued' });
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toMatchObject({ kind: 'bad-value', key: 'nationality' });
    expect(parsed.notices[0]!.value!.length).toBeLessThanOrEqual(41);
  });
  test.each(['h1b', 'B1', 'iv', '<b>', 'f-m-j-x', ''.padEnd(300, 'v')])('visa "%s" is dropped with a notice', (value) => {
    const parsed = parseQuery(`?visa=${encodeURIComponent(value)}`, opts);
    expect(parsed.facts).toEqual({});
    expect(parsed.notices[0]).toMatchObject({ kind: 'bad-value', key: 'visa' });
  });
  test('a date after today is dropped with its own notice; one before 2000 is not a date we use', () => {
    expect(parseQuery('?since=2027-01-01', opts).notices).toEqual([{ kind: 'future-date', key: 'since', value: '2027-01-01' }]);
    expect(parseQuery('?since=2027-01-01', opts).facts).toEqual({});
    expect(parseQuery('?since=1999-12-31', opts).notices).toEqual([{ kind: 'bad-value', key: 'since', value: '1999-12-31' }]);
    expect(parseQuery('?since=2026-12-01', opts).facts).toEqual({ since: '2026-12-01' });
  });
  test('the notices have words for every new case', () => {
    for (const n of [...parseQuery('?nationality=zz&visa=x&since=2027-01-01', opts).notices])
      expect(noticeText(n, wizardWords)).toMatch(/left out/);
  });
  test('random junk in the new keys never throws', () => {
    const junk = ['%', '%%', '\u0000', '😀', '../', 'nationality', '&&&', '==', '<img src=x>', 'null', 'undefined', '__proto__'];
    for (const a of junk) for (const b of junk) expect(() => parseQuery(`?nationality=${a}&visa=${b}&since=${a}${b}`, opts)).not.toThrow();
  });
});
