/**
 * The words of the decoder, the letters, the wizard and the search's word tables live in content collections keyed by the ids the logic
 * uses. Every id needs words, words for an unknown id are an error, and a schema error names the
 * file and the field.
 */
import { describe, expect, test } from 'vitest';
import { wordsById, wordsMismatch } from '../../src/lib/content/words';
import { decoderWordsFrom, readingVariants } from '../../src/lib/decoder/readings';
import { confidences, unknownReasons } from '../../src/lib/decoder/decode';
import { fieldNames, letterFieldsFrom, letterIds, lettersFrom } from '../../src/lib/templates/letters';
import { wordSchema } from '../../src/schemas/words';
import { reloadNoticeFrom } from '../../src/lib/content/reload-notice';
import { letterFieldSchema, letterSchema } from '../../src/schemas/letter';
import { entriesOfText, fileEntries, folderEntries } from './words-data';
import { phraseIds, wizardWordsFrom } from '../../src/lib/wizard/words-from';
import { questions } from '../../src/lib/wizard/questions';
import { questionWordsSchema } from '../../src/schemas/wizard-words';
import { wizardWordEntries as wizard } from './wizard-words-data';
import { aliasItems, aliasTablesFrom, vocabularyEntries } from '../../src/lib/search/tables';
import { aliasSchema } from '../../src/schemas/search-words';
import { aliasEntries, tablesJson, vocabularyWords } from './search-tables-data';

const decoder = {
  readings: fileEntries(wordSchema, 'src/content/decoder/readings.yaml'),
  confidence: fileEntries(wordSchema, 'src/content/decoder/confidence.yaml'),
  advice: fileEntries(wordSchema, 'src/content/decoder/advice.yaml'),
};
const letterEntries = folderEntries(letterSchema, 'src/content/letters');
const fieldEntries = fileEntries(letterFieldSchema, 'src/content/letter-fields/fields.yaml');

describe('the decoder words', () => {
  test('every decoder id has words and no words name an unknown id', () => {
    expect(
      wordsMismatch(
        readingVariants,
        decoder.readings.map((e) => e.id),
      ),
    ).toEqual({ missing: [], unknown: [] });
    expect(
      wordsMismatch(
        confidences,
        decoder.confidence.map((e) => e.id),
      ),
    ).toEqual({ missing: [], unknown: [] });
    expect(
      wordsMismatch(
        unknownReasons,
        decoder.advice.map((e) => e.id),
      ),
    ).toEqual({ missing: [], unknown: [] });
    const words = decoderWordsFrom(decoder);
    for (const v of readingVariants) expect(words.readings[v].length).toBeGreaterThan(20);
  });

  test('a variant without a reading fails and names the file and the id', () => {
    const readings = decoder.readings.filter((e) => e.id !== 'issued');
    expect(() => decoderWordsFrom({ ...decoder, readings })).toThrow(/src\/content\/decoder\/readings\.yaml: no words for issued/);
  });

  test('a reading for an unknown variant fails and names the file and the id', () => {
    const advice = [...decoder.advice, { id: 'too-long', data: { text: 'Shorter, please.' } }];
    expect(() => decoderWordsFrom({ ...decoder, advice })).toThrow(/src\/content\/decoder\/advice\.yaml: words for unknown id too-long/);
  });

  test('a schema error names the file, the entry and the field', () => {
    expect(() => entriesOfText(wordSchema, 'src/content/decoder/readings.yaml', 'issued:\n  txt: Approved.\n')).toThrow(
      /src\/content\/decoder\/readings\.yaml: issued\.(text|txt): /,
    );
  });
});

describe('the letter words', () => {
  test('every letter id has a file and every field has words', () => {
    expect(
      wordsMismatch(
        letterIds,
        letterEntries.map((e) => e.id),
      ),
    ).toEqual({ missing: [], unknown: [] });
    expect(
      wordsMismatch(
        fieldNames.filter((f) => f !== 'waitingGuidance'),
        fieldEntries.map((e) => e.id),
      ),
    ).toEqual({ missing: [], unknown: [] });
    expect(lettersFrom(letterEntries).map((l) => l.id)).toEqual(['inquiry', 'urgent-passport', 'employer-school']);
  });

  test('a letter slot naming an unknown field fails and names the letter and the slot', () => {
    const broken = letterEntries.map((e) => (e.id === 'inquiry' ? { ...e, data: { ...e.data, text: `${e.data.text} {fullname}` } } : e));
    expect(() => lettersFrom(broken)).toThrow(/src\/content\/letters\/: unknown field in inquiry: \{fullname\}/);
  });

  test('a field file for an unknown field fails, and so does a missing one', () => {
    expect(() =>
      letterFieldsFrom([...fieldEntries, { id: 'email', data: { placeholder: '[email]', label: 'Email', type: 'text' } }]),
    ).toThrow(/fields\.yaml: words for unknown id email/);
    expect(() => letterFieldsFrom(fieldEntries.filter((e) => e.id !== 'recipient'))).toThrow(/fields\.yaml: no words for recipient/);
  });

  test('a typed field without a label fails, naming the field', () => {
    const broken = fieldEntries.map((e) => (e.id === 'visaType' ? { id: e.id, data: { placeholder: e.data.placeholder } } : e));
    expect(() => letterFieldsFrom(broken)).toThrow(/fields\.yaml: visaType: a field the person types needs label and type/);
  });

  test('a placeholder without brackets is a schema error that names the file and the field', () => {
    expect(() => entriesOfText(letterFieldSchema, 'src/content/letter-fields/fields.yaml', 'recipient:\n  placeholder: name\n')).toThrow(
      /fields\.yaml: recipient\.placeholder: Write the placeholder in \[square brackets\]/,
    );
  });

  test('a repeated id fails, in the entries and in the YAML file itself', () => {
    expect(() =>
      wordsById(
        ['a'],
        [
          { id: 'a', data: 1 },
          { id: 'a', data: 2 },
        ],
        'x.yaml',
      ),
    ).toThrow(/^x\.yaml: two entries for a$/);
    expect(() => entriesOfText(wordSchema, 'src/content/decoder/readings.yaml', 'issued:\n  text: A.\nissued:\n  text: B.\n')).toThrow(
      /unique/,
    );
  });

  test('wordsById returns the entries by id when the ids match', () => {
    expect(
      wordsById(
        ['a', 'b'],
        [
          { id: 'b', data: 2 },
          { id: 'a', data: 1 },
        ],
        'x.yaml',
      ),
    ).toEqual({ a: 1, b: 2 });
  });
});

describe('the wizard words', () => {
  const withQuestion = (key: string, change: (d: (typeof wizard.questions)[number]['data']) => object) => ({
    ...wizard,
    questions: wizard.questions.map((e) => (e.id === key ? { id: e.id, data: change(e.data) as typeof e.data } : e)),
  });

  test('every question and answer has words and no words name an unknown question or answer', () => {
    expect(
      wordsMismatch(
        questions.map((q) => q.key),
        wizard.questions.map((e) => e.id),
      ),
    ).toEqual({ missing: [], unknown: [] });
    for (const q of questions) {
      const options = Object.keys(wizard.questions.find((e) => e.id === q.key)!.data.options);
      expect(wordsMismatch(q.options, options), q.key).toEqual({ missing: [], unknown: [] });
    }
    const groups = wizard.phrases.map((e) => e.id);
    expect(wordsMismatch(Object.keys(phraseIds), groups)).toEqual({ missing: [], unknown: [] });
    expect(wizardWordsFrom(wizard).questions.status.options['issued']!.label).toBe('Issued');
  });

  test('a question without words fails and names the file and the question', () => {
    expect(() => wizardWordsFrom({ ...wizard, questions: wizard.questions.filter((e) => e.id !== 'slip') })).toThrow(
      /src\/content\/wizard\/questions\.yaml: no words for slip/,
    );
  });

  test('words for an unknown question fail, and so do two entries for one question', () => {
    const extra = [...wizard.questions, { id: 'colour', data: wizard.questions[0]!.data }];
    expect(() => wizardWordsFrom({ ...wizard, questions: extra })).toThrow(/questions\.yaml: words for unknown id colour/);
    const twice = [...wizard.questions, wizard.questions.find((e) => e.id === 'route')!];
    expect(() => wizardWordsFrom({ ...wizard, questions: twice })).toThrow(/questions\.yaml: two entries for route/);
  });

  test('an answer without words, or words for an answer the question does not offer, fails naming both', () => {
    const { green: _green, ...rest } = wizard.questions.find((e) => e.id === 'slip')!.data.options;
    expect(() => wizardWordsFrom(withQuestion('slip', (d) => ({ ...d, options: rest })))).toThrow(
      /questions\.yaml: slip\.options: no words for green/,
    );
    const renamed = withQuestion('passport', (d) => ({
      ...d,
      options: { ...d.options, lost: { label: 'Lost', reason: 'It was lost on the way.' } },
    }));
    expect(() => wizardWordsFrom(renamed)).toThrow(/passport\.options: words for unknown answer lost \(answers: kept, returned\)/);
  });

  test('an "if" naming an unknown question or answer fails, and so does a last case with an "if"', () => {
    const unknownKey = withQuestion('paper', (d) => ({ ...d, legend: [{ if: { rout: 'dropbox' }, text: 'A slip?' }, { text: 'Paper?' }] }));
    expect(() => wizardWordsFrom(unknownKey)).toThrow(/paper\.legend\[0\]\.if names an unknown question rout/);
    const unknownValue = withQuestion('paper', (d) => ({ ...d, legend: [{ if: { route: 'mail' }, text: 'A slip?' }, { text: 'Paper?' }] }));
    expect(() => wizardWordsFrom(unknownValue)).toThrow(/paper\.legend\[0\]\.if: mail is not an answer to route/);
    const noFallback = withQuestion('paper', (d) => ({ ...d, legend: [{ if: { route: 'dropbox' }, text: 'A slip?' }] }));
    expect(() => wizardWordsFrom(noFallback)).toThrow(/paper\.legend: the last case must have no "if"/);
  });

  test('an "I’m not sure" answer needs an uncertainty, and only those answers have one', () => {
    const strip = withQuestion('officer', (d) => ({
      ...d,
      options: { ...d.options, nothing: { ...d.options['nothing']!, uncertainty: undefined } },
    }));
    expect(() => wizardWordsFrom(strip)).toThrow(/officer\.options\.nothing: an "I'm not sure" answer needs an uncertainty/);
    const add = withQuestion('officer', (d) => ({
      ...d,
      options: { ...d.options, approved: { ...d.options['approved']!, uncertainty: 'Maybe.' } },
    }));
    expect(() => wizardWordsFrom(add)).toThrow(/officer\.options\.approved: only "I'm not sure" answers \(nothing\) have an uncertainty/);
  });

  test('a timing kind or a phrase without words fails, and so do words for an unknown one', () => {
    expect(() => wizardWordsFrom({ ...wizard, timing: wizard.timing.filter((e) => e.id !== 'one-year') })).toThrow(
      /timing\.yaml: no words for one-year/,
    );
    const share = (data: Record<string, string>) => ({
      ...wizard,
      phrases: wizard.phrases.map((e) => (e.id === 'share' ? { id: e.id, data } : e)),
    });
    const { print: _print, ...noPrint } = wizard.phrases.find((e) => e.id === 'share')!.data;
    expect(() => wizardWordsFrom(share(noPrint))).toThrow(/phrases\.yaml \(share\): no words for print/);
    expect(() => wizardWordsFrom(share({ ...noPrint, print: 'Print', email: 'Email it' }))).toThrow(
      /phrases\.yaml \(share\): words for unknown id email/,
    );
  });

  test('the deadline titles are filled in from the dates module, once, at build time', () => {
    const words = wizardWordsFrom(wizard);
    expect(words.time.dvYearEnd).toMatch(/^Deadline: your diversity visa must be issued by \{date\} at the latest \(\{days\} days/);
    expect(words.time.oneYear).toMatch(/^Deadline soon: send the requested documents by \{date\} at the latest, \{days\} days/);
  });

  test('an empty label or a link off the site is a schema error that names the file and the field', () => {
    expect(() =>
      entriesOfText(
        questionWordsSchema,
        'src/content/wizard/questions.yaml',
        'route:\n  legend: How?\n  summary: Route\n  options:\n    interview:\n      label: ""\n      reason: You had one.\n',
      ),
    ).toThrow(/questions\.yaml: route\.options\.interview\.label/);
    expect(() =>
      entriesOfText(
        questionWordsSchema,
        'src/content/wizard/questions.yaml',
        'route:\n  legend: How?\n  summary: Route\n  aside:\n    text: See\n    links:\n      - href: https://example.com/\n        label: there\n  options: {}\n',
      ),
    ).toThrow(/questions\.yaml: route\.aside\.links\.0\.href: Link to a page of this site/);
  });
});

describe('the search word tables', () => {
  test('every alias is one kind, written as search compares it, and the tables keep the file order', () => {
    const shuffled = [...aliasEntries].reverse().map((e, i) => ({ id: e.id, data: { ...e.data, order: aliasEntries.length - 1 - i } }));
    expect(aliasTablesFrom(shuffled, vocabularyWords)).toEqual(tablesJson);
    expect(aliasItems({ ap: { replace: 'a' }, pp: { also: 'b' } })).toEqual([
      { id: 'ap', replace: 'a', order: 0 },
      { id: 'pp', also: 'b', order: 1 },
    ]);
    expect(tablesJson.replacements[0]).toEqual(['ap', 'administrative processing']);
    expect(tablesJson.synonyms[0]).toEqual(['denied', 'refused']);
    expect(tablesJson.replacements.length + tablesJson.synonyms.length).toBe(aliasEntries.length);
    expect(tablesJson.vocabulary).toContain('administrative');
  });

  test('an alias with no words, with both kinds, or mapped to itself fails naming the file and the phrase', () => {
    expect(() => aliasTablesFrom([...aliasEntries, { id: 'vac', data: {} }], vocabularyWords)).toThrow(
      /aliases\.yaml: vac: give exactly one of replace and also/,
    );
    expect(() => aliasTablesFrom([{ id: 'vac', data: { replace: 'a', also: 'b' } }], [])).toThrow(/vac: give exactly one/);
    expect(() => aliasTablesFrom([{ id: 'visa', data: { also: 'visa' } }], [])).toThrow(/aliases\.yaml: visa: maps to itself/);
  });

  test('a phrase not written as search compares it fails, saying how to write it', () => {
    expect(() => aliasTablesFrom([{ id: 'Drop Box', data: { replace: 'dropbox' } }], [])).toThrow(
      /aliases\.yaml: Drop Box: write "Drop Box" as "drop box"/,
    );
    expect(() => aliasTablesFrom([{ id: 'pp', data: { replace: '221(g)' } }], [])).toThrow(/pp: write "221\(g\)" as "221g"/);
  });

  test('a repeated or odd vocabulary word fails naming the file, and so does a repeated alias in the YAML', () => {
    expect(() => vocabularyEntries({ words: ['visa', 'passport', 'visa'] })).toThrow(/vocabulary\.yaml: visa listed twice/);
    expect(() => vocabularyEntries(['visa'])).toThrow(/vocabulary\.yaml: expected "words:"/);
    expect(() => aliasTablesFrom([], ['passport', 'Visa', 'ds-160'])).toThrow(/vocabulary\.yaml: Visa, ds-160: one lower-case word each/);
    expect(() => entriesOfText(aliasSchema, 'src/content/search/aliases.yaml', 'ap: { replace: a }\nap: { also: b }\n')).toThrow(/unique/);
  });
});

describe('the reload notice words', () => {
  const file = 'src/content/notices/reload.yaml';
  const entries = fileEntries(wordSchema, file);

  test('every id has words, and the notice says what to do', () => {
    const words = reloadNoticeFrom(entries);
    expect(words.text).toMatch(/Reload the page/);
    expect(words.button.length).toBeGreaterThan(3);
    expect(words.lettersTyped.length).toBeGreaterThan(20);
  });

  test('a missing or unknown id fails and names the file', () => {
    expect(() => reloadNoticeFrom(entries.filter((e) => e.id !== 'reload'))).toThrow(
      /src\/content\/notices\/reload\.yaml: no words for reload/,
    );
    expect(() => reloadNoticeFrom([...entries, { id: 'retry', data: { text: 'Try again' } }])).toThrow(/unknown id retry/);
  });
});
