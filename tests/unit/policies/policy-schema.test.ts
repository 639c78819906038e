import { describe, expect, test } from 'vitest';
import { policySchema } from '../../../src/schemas/policy';

/** The messages zod produced, as "path: message" lines. */
function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

const valid = {
  title: 'Example travel ban: full suspension',
  kind: 'entry-suspension-full',
  authority: 'Proclamation 1, INA 212(f)',
  announced: '2026-01-01',
  effective: '2026-01-10',
  nationalities: ['ir', 'ye'],
  visas: ['b', 'iv-family'],
  outcome: 'refused',
  summary: 'Nationals of two countries cannot get a visa unless an exception applies.',
  exceptions: ['Lawful permanent residents are not covered.'],
  alreadyInProcessing: 'A case in administrative processing may end with a 212(f) refusal.',
  reconsideration: 'Immigrant-visa cases can be reconsidered within one year without a new fee.',
  ceacShows: 'Not confirmed; a refusal would show as Refused.',
  inForce: { status: 'unknown-after', lastConfirmed: '2026-02-01', checkUrl: 'https://travel.state.gov/' },
  change: 'example-change',
  sources: [
    {
      title: 'The proclamation',
      url: 'https://www.federalregister.gov/d/1',
      publisher: 'Federal Register',
      kind: 'official',
      accessed: '2026-12-01',
    },
  ],
};

describe('policy data', () => {
  test('accepts a complete policy', () => {
    expect(problems(policySchema.safeParse(valid))).toEqual([]);
  });

  test.each([
    ['an unknown kind', { kind: 'ban' }, /^kind: kind must be one of/],
    ['a three-letter nationality', { nationalities: ['irn'] }, /^nationalities\.0: Write each nationality as a two-letter/],
    ['an upper-case nationality', { nationalities: ['IR'] }, /^nationalities\.0: Write each nationality/],
    ['a nationality listed twice', { nationalities: ['ir', 'ir'] }, /^nationalities: A nationality is listed twice/],
    ['no nationalities', { nationalities: [] }, /^nationalities: List at least one nationality/],
    ['a visa kind the wizard does not know', { visas: ['h1b'] }, /^visas\.0: Each visa must be one of/],
    ['no visa kinds', { visas: [] }, /^visas: List at least one visa kind/],
    ['an unknown outcome', { outcome: 'denied' }, /^outcome: outcome must be one of/],
    ['an impossible effective date', { effective: '2026-02-30' }, /^effective: This is not a real calendar date/],
    [
      'an ended date before the effective date',
      { ended: '2026-01-05', inForce: { ...valid.inForce, status: 'ended' } },
      /^ended: ended must be later than effective/,
    ],
    ['an ended date while the status says unknown', { ended: '2026-03-01' }, /^inForce\.status: The policy has an ended date/],
    ['status ended without an ended date', { inForce: { ...valid.inForce, status: 'ended' } }, /^ended: inForce\.status is ended/],
    ['an unknown in-force status', { inForce: { ...valid.inForce, status: 'maybe' } }, /^inForce\.status: inForce\.status must be one of/],
    [
      'a check page over http',
      { inForce: { ...valid.inForce, checkUrl: 'http://travel.state.gov/' } },
      /^inForce\.checkUrl: checkUrl must use https/,
    ],
    ['lastConfirmed before the announcement', { inForce: { ...valid.inForce, lastConfirmed: '2025-12-01' } }, /^inForce\.lastConfirmed: /],
    ['a scheduled end before the start', { scheduledEnd: '2026-01-02' }, /^scheduledEnd: scheduledEnd must be later/],
    ['an announcement after the start', { announced: '2026-02-01' }, /^announced: announced cannot be later/],
    ['a change id that is not a slug', { change: 'Travel Ban' }, /^change: Use the id/],
    ['a summary that is not a sentence', { summary: 'ban' }, /^summary: Write the summary as a full plain sentence/],
    ['a missing ceacShows', { ceacShows: undefined }, /^ceacShows: /],
    ['no official source', { sources: [{ ...valid.sources[0], kind: 'secondary' }] }, /^sources: List at least one official source/],
    ['an unknown field', { country: 'Iran' }, /Unrecognized key/],
  ])('rejects %s with a message naming the field', (_name, change, message) => {
    const result = policySchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(problems(result).join('\n')).toMatch(new RegExp(message.source, 'm'));
  });
});
