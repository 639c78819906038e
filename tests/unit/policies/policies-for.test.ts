import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { policySchema } from '../../../src/schemas/policy';
import { policiesFor, inEffectOn, confirmedOn, toPolicyRecords, type PolicyRecord } from '../../../src/lib/policies';
import { countryName, countryNames, countriesByName } from '../../../src/lib/policies/countries';

const dir = join(process.cwd(), 'src/content/policies');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));
/** The real policies collection, parsed with the same schema as the build. */
const policies: PolicyRecord[] = files.map((f) => ({
  id: f.replace(/\.yaml$/, ''),
  ...policySchema.parse(parse(readFileSync(join(dir, f), 'utf8'))),
}));
const ids = (list: PolicyRecord[]) => list.map((p) => p.id);

describe('the policies collection', () => {
  test('has the travel bans, the pauses and the bond pilot', () => {
    expect(ids(policies)).toEqual(
      expect.arrayContaining([
        'pp10949-full',
        'pp10949-partial',
        'pp10998-full',
        'pp10998-partial',
        'iv-pause-75-countries',
        'afghan-passport-pause',
        'visa-bond-2025-08-20',
      ]),
    );
  });

  test('every nationality code used by a policy has an English name', () => {
    const missing = policies.flatMap((p) => p.nationalities.filter((c) => !countryName(c)).map((c) => `${p.id}: ${c}`));
    expect(missing).toEqual([]);
  });

  test('the country lists have the sizes the sources give', () => {
    const size = (id: string) => policies.find((p) => p.id === id)!.nationalities.length;
    expect(size('pp10949-full')).toBe(12);
    expect(size('pp10949-partial')).toBe(7);
    expect(size('pp10998-full')).toBe(20); // 19 countries and Palestinian Authority documents
    expect(size('pp10998-partial') + size('pp10998-turkmenistan-iv')).toBe(20);
    expect(size('iv-pause-75-countries')).toBe(75);
    const bonds = policies.filter((p) => p.kind === 'visa-bond' && p.id !== 'visa-bond-mali');
    expect(bonds.reduce((n, p) => n + p.nationalities.length, 0)).toBe(38);
  });

  test('the June 2025 lists end on the day the December proclamation takes effect', () => {
    for (const id of ['pp10949-full', 'pp10949-partial']) {
      expect(policies.find((p) => p.id === id)!.ended).toBe('2026-01-01');
    }
  });
});

describe('policiesFor', () => {
  test('a full-ban country before the first proclamation: nothing applies', () => {
    expect(policiesFor({ nationality: 'ir', visa: 'b', date: '2025-06-08' }, policies)).toEqual([]);
  });

  test('a full-ban country on the effective day of Proclamation 10949', () => {
    expect(ids(policiesFor({ nationality: 'ir', visa: 'b', date: '2025-06-09' }, policies))).toEqual(['pp10949-full']);
  });

  test('the June list stops on 31 December 2025 and the December one starts on 1 January 2026', () => {
    expect(ids(policiesFor({ nationality: 'ir', visa: 'h-l', date: '2025-12-31' }, policies))).toEqual(['pp10949-full']);
    expect(ids(policiesFor({ nationality: 'ir', visa: 'h-l', date: '2026-01-01' }, policies))).toEqual(['pp10998-full']);
  });

  test('upper and lower case codes give the same answer, and spaces are ignored', () => {
    const lower = policiesFor({ nationality: 'ng', visa: 'iv-family', date: '2026-03-01' }, policies);
    expect(policiesFor({ nationality: 'NG', visa: 'iv-family', date: '2026-03-01' }, policies)).toEqual(lower);
    expect(policiesFor({ nationality: ' Ng ', visa: 'iv-family', date: '2026-03-01' }, policies)).toEqual(lower);
    expect(ids(lower)).toEqual(['pp10998-partial', 'iv-pause-75-countries']);
  });

  test('an unknown or malformed nationality matches nothing', () => {
    expect(policiesFor({ nationality: 'zz', visa: 'b', date: '2026-03-01' }, policies)).toEqual([]);
    expect(policiesFor({ nationality: '', visa: 'b', date: '2026-03-01' }, policies)).toEqual([]);
    expect(policiesFor({ nationality: 'IRN', visa: 'b', date: '2026-03-01' }, policies)).toEqual([]);
  });

  test('a visa kind the measure does not cover: nothing applies', () => {
    // Partial suspension: H and L visas are not suspended for Nigeria.
    expect(policiesFor({ nationality: 'ng', visa: 'h-l', date: '2026-03-01' }, policies)).toEqual([]);
    // The 75-country pause covers immigrant visas only.
    expect(policiesFor({ nationality: 'br', visa: 'b', date: '2026-03-01' }, policies)).toEqual([]);
    expect(ids(policiesFor({ nationality: 'br', visa: 'iv-employment', date: '2026-03-01' }, policies))).toEqual(['iv-pause-75-countries']);
  });

  test('the 75-country pause starts on 21 January 2026, not on its announcement', () => {
    expect(policiesFor({ nationality: 'th', visa: 'iv-family', date: '2026-01-20' }, policies)).toEqual([]);
    expect(ids(policiesFor({ nationality: 'th', visa: 'iv-family', date: '2026-01-21' }, policies))).toEqual(['iv-pause-75-countries']);
  });

  test('Turkmenistan: visitor visas suspended in 2025, open again from 2026; immigrant visas suspended in both', () => {
    expect(ids(policiesFor({ nationality: 'tm', visa: 'b', date: '2025-10-01' }, policies))).toEqual(['pp10949-partial']);
    // From 1 January 2026 no ban, but Turkmenistan joined the bond pilot that day.
    expect(ids(policiesFor({ nationality: 'tm', visa: 'b', date: '2026-02-01' }, policies))).toEqual(['visa-bond-2026-01-01']);
    expect(ids(policiesFor({ nationality: 'tm', visa: 'iv-dv', date: '2026-02-01' }, policies))).toEqual(['pp10998-turkmenistan-iv']);
  });

  test('Palestinian Authority documents are covered from 1 January 2026 only', () => {
    expect(policiesFor({ nationality: 'ps', visa: 'f-m-j', date: '2025-12-31' }, policies)).toEqual([]);
    expect(ids(policiesFor({ nationality: 'PS', visa: 'f-m-j', date: '2026-01-01' }, policies))).toEqual(['pp10998-full']);
  });

  test('the visa bond pilot: Malawi from 20 August 2025, and the measures are returned oldest first', () => {
    expect(policiesFor({ nationality: 'mw', visa: 'b', date: '2025-08-19' }, policies)).toEqual([]);
    expect(ids(policiesFor({ nationality: 'mw', visa: 'b', date: '2025-08-20' }, policies))).toEqual(['visa-bond-2025-08-20']);
    expect(ids(policiesFor({ nationality: 'mw', visa: 'b', date: '2026-02-01' }, policies))).toEqual([
      'visa-bond-2025-08-20',
      'pp10998-partial',
    ]);
  });

  test('Afghan passports: the November 2025 pause adds to the full ban', () => {
    expect(ids(policiesFor({ nationality: 'af', visa: 'iv-employment', date: '2025-11-27' }, policies))).toEqual(['pp10949-full']);
    expect(ids(policiesFor({ nationality: 'af', visa: 'iv-employment', date: '2025-11-28' }, policies))).toEqual([
      'pp10949-full',
      'afghan-passport-pause',
    ]);
  });

  test('a country under no measure', () => {
    expect(policiesFor({ nationality: 'in', visa: 'h-l', date: '2026-03-01' }, policies)).toEqual([]);
  });

  test('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => policiesFor({ nationality: 'ir', visa: 'b', date: '1/1/2026' }, policies)).toThrow(/YYYY-MM-DD/);
  });
});

describe('inEffectOn and confirmedOn', () => {
  const base = {
    effective: '2026-01-01',
    inForce: { status: 'unknown-after' as const, lastConfirmed: '2026-02-01', checkUrl: 'https://travel.state.gov/' },
  };
  test('the ended day itself is outside the measure', () => {
    expect(inEffectOn({ ...base, ended: '2026-03-01' }, '2026-02-28')).toBe(true);
    expect(inEffectOn({ ...base, ended: '2026-03-01' }, '2026-03-01')).toBe(false);
  });
  test('a date after lastConfirmed is not confirmed for a measure whose fate is unknown', () => {
    expect(confirmedOn(base, '2026-02-01')).toBe(true);
    expect(confirmedOn(base, '2026-12-01')).toBe(false);
  });
  test('an ended measure is always known', () => {
    expect(confirmedOn({ inForce: { ...base.inForce, status: 'ended' }, ended: '2026-01-01' }, '2026-12-01')).toBe(true);
  });
});

describe('countries', () => {
  test('names are looked up in any case; unknown codes give undefined', () => {
    expect(countryName('CI')).toBe('Côte d’Ivoire');
    expect(countryName('mm')).toBe('Burma (Myanmar)');
    expect(countryName('zz')).toBeUndefined();
  });
  test('every key is a two-letter lower-case code and the sorted list has every entry', () => {
    expect(Object.keys(countryNames).every((c) => /^[a-z]{2}$/.test(c))).toBe(true);
    expect(countriesByName()).toHaveLength(Object.keys(countryNames).length);
  });
});

test('toPolicyRecords flattens collection entries', () => {
  const { id, ...data } = policies[0]!;
  expect(toPolicyRecords([{ id, data }])).toEqual([policies[0]]);
});
