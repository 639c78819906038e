import { describe, expect, test } from 'vitest';
import { isOfficialPostUrl, postCountrySchema, postId, postSchema } from '../../../src/schemas/post';

function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

const official = {
  title: 'Administrative Process',
  url: 'https://co.usembassy.gov/visas/nonimmigrant-visas/administrative-process/',
  publisher: 'U.S. Embassy in Colombia',
  kind: 'official',
  accessed: '2026-12-01',
} as const;

const validPost = {
  city: 'Bogotá',
  countryCode: 'CO',
  kind: 'embassy',
  name: 'U.S. Embassy Bogotá',
  aliases: ['Bogota'],
  channels: [
    {
      kind: 'information-page',
      label: 'Administrative processing page',
      url: official.url,
      purpose: 'Says when you may ask about a case.',
      dated: 'undated page',
      checked: '2026-12-01',
      source: 1,
    },
  ],
  waiting: {
    kind: 'post',
    days: 120,
    quote: 'you must wait at least 120 days from the interview date',
    dated: 'undated page',
    checked: '2026-12-01',
    source: 1,
  },
  sources: [official],
};

describe('post files', () => {
  test('accepts a complete post', () => {
    expect(problems(postSchema.safeParse(validPost))).toEqual([]);
  });

  test('accepts a post that publishes no waiting figure', () => {
    expect(problems(postSchema.safeParse({ ...validPost, waiting: { kind: 'none', checked: '2026-12-01', source: 1 } }))).toEqual([]);
  });

  test('rejects sources without an official page', () => {
    const sources = [{ ...official, kind: 'secondary' }];
    expect(problems(postSchema.safeParse({ ...validPost, sources })).join('\n')).toMatch(/^sources: List at least one official source/m);
  });

  test('rejects official sources none of which is an embassy, consulate or State Department page', () => {
    const sources = [{ ...official, url: 'https://ais.usvisa-info.com/en-ca/iv/information/courier' }];
    expect(problems(postSchema.safeParse({ ...validPost, sources })).join('\n')).toMatch(
      /^sources: List at least one official page on usembassy\.gov/m,
    );
  });

  test('rejects an inquiry link that is not https', () => {
    const channels = [{ ...validPost.channels[0], url: 'http://co.usembassy.gov/' }];
    expect(problems(postSchema.safeParse({ ...validPost, channels })).join('\n')).toMatch(/^channels\.0\.url: Links must use https/m);
  });

  test('rejects a fact without a checked date', () => {
    const waiting = { ...validPost.waiting, checked: undefined };
    expect(problems(postSchema.safeParse({ ...validPost, waiting })).join('\n')).toMatch(/^waiting\.checked:/m);
  });

  test('rejects a dated note that ends with a full stop (the page adds one)', () => {
    const waiting = { ...validPost.waiting, dated: 'undated page. Treat it as history.' };
    expect(problems(postSchema.safeParse({ ...validPost, waiting })).join('\n')).toMatch(
      /^waiting\.dated: dated must not end with a full stop/m,
    );
  });

  test('rejects a bad country code and an unknown field', () => {
    expect(problems(postSchema.safeParse({ ...validPost, countryCode: 'col' })).join('\n')).toMatch(
      /^countryCode: countryCode is the two-letter ISO code/m,
    );
    expect(problems(postSchema.safeParse({ ...validPost, colour: 'pink' })).join('\n')).toMatch(/Unrecognized key/);
  });

  test('a post id is the city in lower-case ASCII with hyphens', () => {
    expect(postId.safeParse('sao-paulo').success).toBe(true);
    for (const bad of ['São Paulo', 'sao_paulo', 'SaoPaulo', 'são-paulo', 'new-delhi-2']) {
      const result = postId.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(problems(result).join('\n')).toMatch(/A post id is the city in lower-case ASCII/);
    }
  });

  test('country blocks follow the same source rule', () => {
    const country = {
      name: 'Colombia',
      code: 'CO',
      summary: 'The U.S. Embassy in Bogotá is the post for visas in Colombia.',
      sources: [official],
    };
    expect(problems(postCountrySchema.safeParse(country))).toEqual([]);
    expect(
      problems(postCountrySchema.safeParse({ ...country, sources: [{ ...official, url: 'https://example.com/' }] })).join('\n'),
    ).toMatch(/^sources: List at least one official page/m);
  });

  test('official post hosts include subdomains and the China mission, nothing else', () => {
    expect(isOfficialPostUrl('https://in.usembassy.gov/visas/')).toBe(true);
    expect(isOfficialPostUrl('https://travel.state.gov/content/')).toBe(true);
    expect(isOfficialPostUrl('https://china.usembassy-china.org.cn/visas/')).toBe(true);
    expect(isOfficialPostUrl('https://notusembassy.gov.example.com/')).toBe(false);
    expect(isOfficialPostUrl('https://fakeusembassy.gov/')).toBe(false);
    expect(isOfficialPostUrl('not a url')).toBe(false);
  });
});
