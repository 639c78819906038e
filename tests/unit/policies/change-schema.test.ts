import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { changeSchema } from '../../../src/schemas/change';

function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

const official = {
  title: 'A rule',
  url: 'https://www.federalregister.gov/d/1',
  publisher: 'Federal Register',
  kind: 'official',
  accessed: '2026-12-01',
};
const secondary = { ...official, kind: 'secondary', publisher: 'A law firm', url: 'https://example.com/a' };
const valid = {
  date: '2026-01-21',
  announced: '2026-01-14',
  title: 'Immigrant visas paused for some countries',
  kind: 'pause',
  what: 'The State Department stopped issuing immigrant visas to nationals of some countries.',
  who: 'Immigrant-visa applicants from the listed countries.',
  forRefused: 'A Refused status after the interview is likely to be the pause, not a final decision.',
  status: 'unknown-after',
  statusAsOf: '2026-02-02',
  checkUrl: 'https://travel.state.gov/',
  sources: [official, secondary],
};

describe('change-log data', () => {
  test('accepts a complete entry', () => {
    expect(problems(changeSchema.safeParse(valid))).toEqual([]);
  });

  test('accepts an entry without an official source when it says why', () => {
    const entry = { ...valid, sources: [secondary], noOfficialSource: 'The cable was not published; it is known from news reports.' };
    expect(problems(changeSchema.safeParse(entry))).toEqual([]);
  });

  test.each([
    ['an unknown kind', { kind: 'law' }, /^kind: kind must be one of/],
    ['an impossible date', { date: '2026-02-30' }, /^date: This is not a real calendar date/],
    ['a date in another format', { date: '21/01/2026' }, /^date: Write the date as YYYY-MM-DD/],
    ['an unknown status', { status: 'active' }, /^status: status must be one of/],
    ['unknown-after without a page to check', { checkUrl: undefined }, /^checkUrl: status is unknown-after/],
    ['a check page over http', { checkUrl: 'http://travel.state.gov/' }, /^checkUrl: checkUrl must use https/],
    ['statusAsOf before the change', { statusAsOf: '2025-12-31' }, /^statusAsOf: statusAsOf cannot be earlier/],
    ['an announcement after the date', { announced: '2026-02-01' }, /^announced: announced cannot be later/],
    ['an ended date with a status that is not ended', { ended: '2026-03-01' }, /^status: The entry has an ended date/],
    ['an ended date before the date', { ended: '2026-01-01', status: 'ended' }, /^ended: ended must be later than date/],
    ['a scheduled end before the date', { scheduledEnd: '2026-01-01' }, /^scheduledEnd: scheduledEnd must be later/],
    ['a short forRefused', { forRefused: 'Wait.' }, /^forRefused: Write forRefused as at least one full plain sentence/],
    ['a missing who', { who: undefined }, /^who: /],
    [
      'no official source and no reason',
      { sources: [secondary] },
      /^sources: List at least one official source, or say in noOfficialSource why/,
    ],
    [
      'a reason although an official source is listed',
      { noOfficialSource: 'There is no official source for this change at all.' },
      /^noOfficialSource: An official source is listed/,
    ],
    ['sources out of order', { sources: [secondary, official] }, /^sources: List sources in order/],
    ['no sources', { sources: [] }, /^sources: List at least one source/],
    ['a source without https', { sources: [{ ...official, url: 'http://x.gov/' }] }, /^sources\.0\.url: .*https/],
    ['an impossible source dated', { sources: [{ ...official, dated: '2026-13-01' }] }, /^sources\.0\.dated: /],
    ['an unknown field', { author: 'me' }, /Unrecognized key/],
  ])('rejects %s with a message naming the field', (_name, change, message) => {
    const result = changeSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(problems(result).join('\n')).toMatch(new RegExp(message.source, 'm'));
  });
});

describe('the change log files', () => {
  const dir = join(process.cwd(), 'src/content/changes');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));

  test.each(files)('%s is valid', (file) => {
    expect(problems(changeSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8'))))).toEqual([]);
  });

  test('has the entries other pages link to', () => {
    const ids = files.map((f) => f.replace(/\.yaml$/, ''));
    for (const id of [
      'ceac-refused-display-2020',
      'covid-routine-services-2020',
      'pp10052-2020',
      'travel-bans-revoked-2021',
      'iv-fee-exemption-2022',
      'munoz-2024',
      'karimova-2024',
      'interview-waiver-narrowed-2025-02',
      'opr-fmj-2025',
      'pp10949-travel-ban-2025',
      'visa-integrity-fee-2025',
      'interview-waiver-ended-2025-09',
      'aila-inquiry-180-days-2025',
      'visa-bond-pilot-2025',
      'continuous-vetting-2025',
      'niv-residence-rule-2025',
      'iv-residence-rule-2025',
      'h2a-interview-waiver-2025',
      'h1b-proclamation-2025',
      'afghan-visa-pause-2025',
      'h1b-content-moderation-cable-2025',
      'opr-h1b-h4-2025',
      'travel-ban-expanded-2026',
      'iv-pause-75-countries-2026',
      'india-h1b-interviews-2027',
      'iv-pause-lawsuit-2026',
    ]) {
      expect(ids).toContain(id);
    }
  });
});
