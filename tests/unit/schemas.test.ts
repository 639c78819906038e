import { describe, expect, test } from 'vitest';
import { guideSchema } from '../../src/schemas/guide';
import { statusSchema } from '../../src/schemas/status';
import { glossarySchema } from '../../src/schemas/glossary';
import { validGuide, validStatus, validGlossary } from './fixtures/content';

/** The messages zod produced, as "path: message" lines. */
function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('guide frontmatter', () => {
  test('accepts a complete guide', () => {
    expect(problems(guideSchema.safeParse(validGuide))).toEqual([]);
  });

  test('accepts unquoted YAML dates, which arrive as Date objects', () => {
    const parsed = guideSchema.parse({ ...validGuide, reviewed: new Date('2026-11-26T00:00:00Z') });
    expect(parsed.reviewed).toBe('2026-11-26');
  });

  test.each([
    ['a missing title', { title: undefined }, /^title:/],
    ['a description over 160 characters', { description: 'x'.repeat(161) }, /description: .*160 characters/],
    ['an unknown topic', { topic: 'visas' }, /topic: topic must be one of/],
    ['an impossible reviewed date', { reviewed: '2026-02-30' }, /reviewed: This is not a real calendar date/],
    ['a reviewed date in another format', { reviewed: '26/11/2026' }, /reviewed: Write the date as YYYY-MM-DD/],
    ['no related guides', { related: [] }, /related: Link at least one related guide/],
    ['a related id that is not a slug', { related: ['Refused On CEAC'] }, /related\.0: Use the id/],
    ['a missing factsCurrentTo', { factsCurrentTo: undefined }, /^factsCurrentTo:/m],
    ['an impossible factsCurrentTo', { factsCurrentTo: '2026-02-30' }, /factsCurrentTo: This is not a real calendar date/],
    ['a change id that is not a slug', { changes: ['Travel Ban'] }, /changes\.0: Use the id/],
    ['an unknown field', { author: 'me' }, /Unrecognized key/],
  ])('rejects %s with a message naming the field', (_name, change, message) => {
    const result = guideSchema.safeParse({ ...validGuide, ...change });
    expect(result.success).toBe(false);
    expect(problems(result).join('\n')).toMatch(message);
  });

  test('rejects a guide without an official source', () => {
    const sources = validGuide.sources.map((s) => ({ ...s, kind: 'secondary' as const }));
    expect(problems(guideSchema.safeParse({ ...validGuide, sources })).join('\n')).toMatch(/sources: List at least one official source/);
  });

  test('rejects sources listed out of order (community before official)', () => {
    const sources = [{ ...validGuide.sources[0]!, kind: 'community' as const }, validGuide.sources[0]!];
    expect(problems(guideSchema.safeParse({ ...validGuide, sources })).join('\n')).toMatch(/official first/);
  });

  test('rejects a source that is not https', () => {
    const sources = [{ ...validGuide.sources[0]!, url: 'http://travel.state.gov/' }];
    expect(problems(guideSchema.safeParse({ ...validGuide, sources })).join('\n')).toMatch(/sources\.0\.url: .*https/);
  });

  test('rejects a source without an accessed date', () => {
    const sources = [{ ...validGuide.sources[0]!, accessed: undefined }];
    expect(problems(guideSchema.safeParse({ ...validGuide, sources })).join('\n')).toMatch(/sources\.0\.accessed/);
  });
});

describe('status data', () => {
  test('accepts a complete status', () => {
    expect(problems(statusSchema.safeParse(validStatus))).toEqual([]);
  });

  test('requires a textNote when no official text is known', () => {
    const result = statusSchema.safeParse({ ...validStatus, texts: [] });
    expect(problems(result).join('\n')).toMatch(/textNote: A status without any official text needs a textNote/);
    expect(problems(statusSchema.safeParse({ ...validStatus, texts: [], textNote: 'No verbatim text has been captured.' }))).toEqual([]);
  });

  test.each([
    ['an unknown system', { systems: ['DV'] }, /systems\.0/],
    ['no systems', { systems: [] }, /systems/],
    ['an unknown wizard status', { wizardStatus: 'denied' }, /wizardStatus/],
    ['no guide links', { guides: [] }, /guides: Link at least one guide/],
    ['a summary longer than a sentence', { summary: 'x'.repeat(201) }, /summary: Keep the summary to one sentence/],
  ])('rejects %s', (_name, change, message) => {
    expect(problems(statusSchema.safeParse({ ...validStatus, ...change })).join('\n')).toMatch(message);
  });

  test('rejects a text that is not a full sentence', () => {
    const texts = [{ ...validStatus.texts[0]!, text: 'Refused' }];
    expect(problems(statusSchema.safeParse({ ...validStatus, texts })).join('\n')).toMatch(
      /texts\.0\.text: A status text is a full sentence/,
    );
  });
});

describe('glossary data', () => {
  test('accepts a complete term', () => {
    expect(problems(glossarySchema.safeParse(validGlossary))).toEqual([]);
  });

  test.each([
    ['a missing definition', { definition: undefined }, /definition/],
    ['a definition that is an essay', { definition: 'x'.repeat(601) }, /definition: Keep a definition under 600/],
    ['a guide link that is not an id', { guide: 'https://example.com' }, /guide: Use the id/],
  ])('rejects %s', (_name, change, message) => {
    expect(problems(glossarySchema.safeParse({ ...validGlossary, ...change })).join('\n')).toMatch(message);
  });
});
