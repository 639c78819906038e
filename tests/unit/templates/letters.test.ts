import { describe, expect, test } from 'vitest';
import { emptyFields, fillLetter as fill, letterFieldsFrom, lettersFrom, type LetterFields } from '../../../src/lib/templates/letters';
import { letterFieldSchema, letterSchema } from '../../../src/schemas/letter';
import { fileEntries, folderEntries } from '../words-data';

const letters = lettersFrom(folderEntries(letterSchema, 'src/content/letters'));
const { placeholders } = letterFieldsFrom(fileEntries(letterFieldSchema, 'src/content/letter-fields/fields.yaml'));
const fillLetter = (text: string, fields: LetterFields) => fill(text, fields, placeholders);

const filled: LetterFields = {
  ...emptyFields(),
  fullName: 'Asha Rao',
  dateOfBirth: '1990-05-04',
  caseNumber: 'AA00XXXXXX',
  passportNumber: 'Z0000000',
  post: 'U.S. Consulate General Mumbai',
  visaType: 'H-1B',
  interviewDate: '2026-03-10',
  documentsSent: '2026-04-01',
  statusShown: 'Refused',
  travelDate: '2026-12-20',
  travelReason: 'my father is seriously ill',
  recipient: 'Ms. Lee',
  inquiryDate: '2026-09-28',
};

describe('letter templates', () => {
  test('every slot in every letter is a known field', () => {
    for (const letter of letters) {
      for (const m of letter.text.matchAll(/\{([a-zA-Z]+)\}/g)) expect(Object.keys(placeholders)).toContain(m[1]);
    }
  });

  test('a filled letter has no slot or bracket left, and dates read as day month year', () => {
    for (const letter of letters) {
      const text = fillLetter(letter.text, filled);
      expect(text).not.toMatch(/[{}]|\[\[|\]\]|\[your/);
    }
    expect(fillLetter(letters[0]!.text, filled)).toContain(
      'interviewed at U.S. Consulate General Mumbai on 10 March 2026. I sent the additional documents you asked for on 1 April 2026.',
    );
  });

  test('empty fields show a bracketed placeholder and optional sentences disappear', () => {
    const text = fillLetter(letters[0]!.text, emptyFields());
    expect(text).toContain('[your full name as in your passport]');
    expect(text).not.toContain('additional documents');
  });

  test('the note for an employer or school never carries the case or passport number', () => {
    const note = letters.find((l) => l.id === 'employer-school')!;
    const text = fillLetter(note.text, filled);
    expect(text).not.toContain('AA00XXXXXX');
    expect(text).not.toContain('Z0000000');
    expect(text).toContain('For me that date is 28 September 2026.');
  });

  test('what a user types is inserted as plain text, never read as a slot', () => {
    const text = fillLetter(letters[0]!.text, { ...filled, fullName: '{caseNumber} [[x]] $& <b>' });
    expect(text).toContain('Full name (as in passport): {caseNumber} [[x]] $& <b>');
  });
});
