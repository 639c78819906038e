/**
 * The words of the decoder and the letters live in content collections keyed by the ids the logic
 * uses. Every id needs words, words for an unknown id are an error, and a schema error names the
 * file and the field.
 */
import { describe, expect, test } from 'vitest';
import { wordsById, wordsMismatch } from '../../src/lib/content/words';
import { decoderWordsFrom, readingVariants } from '../../src/lib/decoder/readings';
import { confidences, unknownReasons } from '../../src/lib/decoder/decode';
import { fieldNames, letterFieldsFrom, letterIds, lettersFrom } from '../../src/lib/templates/letters';
import { wordSchema } from '../../src/schemas/words';
import { letterFieldSchema, letterSchema } from '../../src/schemas/letter';
import { entriesOfText, fileEntries, folderEntries } from './words-data';

const decoder = {
  readings: fileEntries(wordSchema, 'src/content/decoder/readings.yaml'),
  confidence: fileEntries(wordSchema, 'src/content/decoder/confidence.yaml'),
  advice: fileEntries(wordSchema, 'src/content/decoder/advice.yaml'),
};
const letterEntries = folderEntries(letterSchema, 'src/content/letters');
const fieldEntries = fileEntries(letterFieldSchema, 'src/content/letter-fields/fields.yaml');

describe('the decoder words', () => {
  test('every decoder id has words and no words name an unknown id', () => {
    expect(wordsMismatch(readingVariants, decoder.readings.map((e) => e.id))).toEqual({ missing: [], unknown: [] });
    expect(wordsMismatch(confidences, decoder.confidence.map((e) => e.id))).toEqual({ missing: [], unknown: [] });
    expect(wordsMismatch(unknownReasons, decoder.advice.map((e) => e.id))).toEqual({ missing: [], unknown: [] });
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
    expect(wordsMismatch(letterIds, letterEntries.map((e) => e.id))).toEqual({ missing: [], unknown: [] });
    expect(wordsMismatch(fieldNames.filter((f) => f !== 'waitingGuidance'), fieldEntries.map((e) => e.id))).toEqual({ missing: [], unknown: [] });
    expect(lettersFrom(letterEntries).map((l) => l.id)).toEqual(['inquiry', 'urgent-passport', 'employer-school']);
  });

  test('a letter slot naming an unknown field fails and names the letter and the slot', () => {
    const broken = letterEntries.map((e) => (e.id === 'inquiry' ? { ...e, data: { ...e.data, text: `${e.data.text} {fullname}` } } : e));
    expect(() => lettersFrom(broken)).toThrow(/src\/content\/letters\/: unknown field in inquiry: \{fullname\}/);
  });

  test('a field file for an unknown field fails, and so does a missing one', () => {
    expect(() => letterFieldsFrom([...fieldEntries, { id: 'email', data: { placeholder: '[email]', label: 'Email', type: 'text' } }])).toThrow(
      /fields\.yaml: words for unknown id email/,
    );
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

  test('wordsById returns the entries by id when the ids match', () => {
    expect(wordsById(['a', 'b'], [{ id: 'b', data: 2 }, { id: 'a', data: 1 }], 'x.yaml')).toEqual({ a: 1, b: 2 });
  });
});
