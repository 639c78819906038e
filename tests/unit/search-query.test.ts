import { describe, it, expect } from 'vitest';
import { normalizeQuery } from '../../src/lib/search/normalize';
import { correctWord, editDistance } from '../../src/lib/search/spelling';
import { planQuery as plan, replacePhrases, withSynonyms, type AliasTables } from '../../src/lib/search/plan';
import { siteTables, vocabularyWords } from './search-tables-data';

/** Plans with the site's tables (src/content/search/), as the browser does once /search/aliases.json is read. */
const planQuery = (raw: unknown, tables: AliasTables = siteTables) => plan(raw, tables);
import { typingDelay, worthSearchingWhileTyping } from '../../src/lib/search/typing';

describe('normalizeQuery', () => {
  it('folds every way of writing a law section into the indexed word', () => {
    for (const typed of ['221(g)', '221 g', '221-g', '221 (g)', '221G', '221 ( g )', '221‑g']) {
      expect(normalizeQuery(typed)).toBe('221g');
    }
    expect(normalizeQuery('214 (b) refusal')).toBe('214b refusal');
    expect(normalizeQuery('under 212(f)?')).toBe('under 212f');
  });

  it('leaves other numbers followed by a letter alone', () => {
    expect(normalizeQuery('180 days')).toBe('180 days');
    expect(normalizeQuery('waited 300 d')).toBe('waited 300 d');
  });

  it('drops dots from dotted abbreviations and turns other punctuation into spaces', () => {
    expect(normalizeQuery('A.P. since May')).toBe('ap since may');
    expect(normalizeQuery('“Refused”, then issued.')).toBe('refused then issued');
    expect(normalizeQuery('waited 1.5 months')).toBe('waited 1.5 months');
  });

  it('returns an empty string for non-text and blank input, and caps very long input', () => {
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery(42)).toBe('');
    expect(normalizeQuery('   ?! ')).toBe('');
    expect(normalizeQuery('visa '.repeat(100)).length).toBeLessThanOrEqual(200);
  });
});

describe('spelling correction', () => {
  const vocabulary = new Set(vocabularyWords);

  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('recieved', 'received', 2)).toBe(1);
    expect(editDistance('pasport', 'passport', 2)).toBe(1);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });

  it('corrects the misspellings applicants type', () => {
    expect(correctWord('adminstrative', vocabulary)).toBe('administrative');
    expect(correctWord('administartive', vocabulary)).toBe('administrative');
    expect(correctWord('proccessing', vocabulary)).toBe('processing');
    expect(correctWord('pasport', vocabulary)).toBe('passport');
    expect(correctWord('intervew', vocabulary)).toBe('interview');
    expect(correctWord('vissa', vocabulary)).toBe('visa');
    expect(correctWord('recieved', vocabulary)).toBe('received');
  });

  it('leaves short words, numbers, vocabulary words and ties alone', () => {
    expect(correctWord('slip', vocabulary)).toBe('slip');
    expect(correctWord('221g', vocabulary)).toBe('221g');
    expect(correctWord('refused', vocabulary)).toBe('refused');
    expect(correctWord('write', vocabulary)).toBe('write');
    // One edit from two different words: no guess.
    expect(correctWord('setter', new Set(['letter', 'better']))).toBe('setter');
    // One edit from two forms of one word: either is right.
    expect(correctWord('consulat', vocabulary)).toBe('consulate');
  });
});

describe('replacePhrases', () => {
  it('replaces whole words only, longest phrase first', () => {
    const pairs = [
      ['ap', 'administrative processing'],
      ['admin processing', 'administrative processing'],
    ] as const;
    expect(replacePhrases(['ap', 'since', 'may'], pairs)).toEqual(['administrative', 'processing', 'since', 'may']);
    expect(replacePhrases(['admin', 'processing'], pairs)).toEqual(['administrative', 'processing']);
    expect(replacePhrases(['apple'], pairs)).toEqual(['apple']);
  });
});

describe('planQuery', () => {
  it('rewrites abbreviations so they do not match as prefixes of other words', () => {
    const plan = planQuery('AP');
    expect(plan?.variants[0]).toBe('administrative processing');
    expect(plan?.variants).not.toContain('ap');
  });

  it('searches the corrected words first and the words as typed last', () => {
    const plan = planQuery('adminstrative processing');
    expect(plan?.variants[0]).toBe('administrative processing');
    expect(plan?.variants.at(-1)).toBe('adminstrative processing');
  });

  it('leaves out filler words, and tries synonyms after the typed words', () => {
    const plan = planQuery('what does pink slip color mean');
    expect(plan?.variants).toEqual(['pink slip color', 'pink slip colours', 'pink slip colour']);
    expect(plan?.anyWords).toEqual(['pink', 'slip', 'color']);
  });

  it('keeps words that name statuses, and searches a query of only filler words as typed', () => {
    expect(planQuery('my visa was refused')?.variants[0]).toBe('refused');
    expect(planQuery('vissa refused')?.variants[0]).toBe('refused');
    expect(planQuery('ceac')?.variants).toEqual(['ceac']);
    expect(planQuery('at nvc')?.variants[0]).toBe('at nvc');
    expect(planQuery('no status')?.variants[0]).toBe('no status');
    expect(planQuery('refused after dropbox')?.variants[0]).toBe('refused after dropbox');
    expect(planQuery('what is it')?.variants).toEqual(['what is it']);
  });

  it('folds spacing variants of 221(g) and dropbox', () => {
    expect(planQuery('221 g')?.variants[0]).toBe('221g');
    expect(planQuery('drop box refused')?.variants[0]).toBe('dropbox refused');
  });

  it('uses extra synonym pairs such as glossary aliases', () => {
    const tables = withSynonyms(siteTables, [['vac', 'visa application centre']]);
    expect(planQuery('vac appointment', tables)?.variants).toEqual(['vac appointment', 'application centre appointment']);
  });

  it('returns null when nothing searchable was typed', () => {
    expect(planQuery('')).toBeNull();
    expect(planQuery('  ( )  ')).toBeNull();
    expect(planQuery(null)).toBeNull();
  });
});

describe('worthSearchingWhileTyping', () => {
  it('waits while the last word is a single letter', () => {
    expect(worthSearchingWhileTyping('p')).toBe(false);
    expect(worthSearchingWhileTyping('pink s')).toBe(false);
    expect(worthSearchingWhileTyping('   ')).toBe(false);
  });
  it('searches two-letter words and words that normalize to longer ones', () => {
    expect(worthSearchingWhileTyping('AP')).toBe(true);
    expect(worthSearchingWhileTyping('221 g')).toBe(true);
    expect(worthSearchingWhileTyping('pink sl')).toBe(true);
  });
});

describe('typingDelay', () => {
  it('waits longer while the last word is short', () => {
    expect(typingDelay('pi')).toBe(350);
    expect(typingDelay('pink sli')).toBe(350);
    expect(typingDelay('pink slip')).toBe(120);
    expect(typingDelay('AP')).toBe(350);
    expect(typingDelay('pink')).toBe(120);
  });
});

describe('a question about a rate', () => {
  it('also searches the word our pages use for the figures, statistics', () => {
    expect(planQuery('approval rate')?.variants).toContain('approval statistics');
    expect(planQuery('US visa refusal rate')?.variants.some((v) => v.includes('refusal statistics'))).toBe(true);
  });
});
