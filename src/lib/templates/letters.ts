/**
 * Letter templates for the next-steps page: the logic. The letters and their field words live in
 * src/content/letters/ and src/content/letter-fields/fields.yaml. Filled in the browser from what the user types; the
 * case and passport numbers exist only in the page while it is open (never saved or sent).
 * Advice in `include` follows the guide what-to-do-next and its sources: inquiry channels, the 180-day
 * guidance and its emergency exception, passports for urgent travel being post-specific.
 */
import { formatIsoDate, isIsoDate } from '../dates/calendar';
import { waitingGuidanceSentence } from '../posts/dates';
import { wordsById } from '../content/words';

export interface LetterFields {
  fullName: string;
  dateOfBirth: string;
  caseNumber: string;
  passportNumber: string;
  post: string;
  visaType: string;
  interviewDate: string;
  documentsSent: string;
  statusShown: string;
  travelDate: string;
  travelReason: string;
  recipient: string;
  /** Computed by the page from the interview and documents dates (and the chosen post's figure), not typed. */
  inquiryDate: string;
  /** The chosen post's name for the recipient line, from the planner's post choice; not typed. */
  postName: string;
  /** The waiting guidance sentence for the chosen post (or the general one); not typed. */
  waitingGuidance: string;
}

export type FieldName = keyof LetterFields;

/** Every field name, in form order: the keys of src/content/letter-fields/fields.yaml (with waitingGuidance, computed). */
export const fieldNames = [
  'fullName',
  'dateOfBirth',
  'caseNumber',
  'passportNumber',
  'post',
  'visaType',
  'interviewDate',
  'documentsSent',
  'statusShown',
  'travelDate',
  'travelReason',
  'recipient',
  'inquiryDate',
  'postName',
  'waitingGuidance',
] as const satisfies readonly FieldName[];

/** The letter ids: the file names in src/content/letters/. */
export const letterIds = ['inquiry', 'urgent-passport', 'employer-school'] as const;
export type LetterId = (typeof letterIds)[number];

/** What each field shows while it is empty, so the gap is obvious in the copied text. */
export type Placeholders = Record<FieldName, string>;

export interface Letter {
  id: LetterId;
  title: string;
  /** When this letter is the right one. */
  when: string;
  /** What the letter should contain and how to send it. */
  include: string[];
  /**
   * The letter, with {field} slots and [[optional parts]]: an optional part is kept only when every
   * slot inside it is filled. Plain data, so the page passes it to the island as props.
   */
  text: string;
}

/** The letters from their collection's entries, in their order; every letter id needs a file and every slot a known field. */
export function lettersFrom(entries: readonly { id: string; data: Omit<Letter, 'id'> & { order: number } }[]): Letter[] {
  const byId = wordsById(letterIds, entries, 'src/content/letters/');
  const slots = entries.flatMap((e) =>
    [...e.data.text.matchAll(/\{([a-zA-Z]+)\}/g)]
      .map((m) => m[1]!)
      .filter((name) => !(fieldNames as readonly string[]).includes(name))
      .map((name) => `${e.id}: {${name}}`),
  );
  if (slots.length) throw new Error(`src/content/letters/: unknown field in ${slots.join(', ')} (fields: ${fieldNames.join(', ')})`);
  return letterIds
    .map((id) => ({ id, ...byId[id] }))
    .sort((a, b) => a.order - b.order)
    .map(({ id, title, when, include, text }) => ({ id, title, when, include: [...include], text }));
}

/** Form labels for the fields a person types. Dates come from the planner's own fields. */
export type ComputedField = 'interviewDate' | 'documentsSent' | 'inquiryDate' | 'postName' | 'waitingGuidance';
export type TypedFieldName = Exclude<FieldName, ComputedField>;
export type FieldLabels = Record<TypedFieldName, { label: string; hint?: string; type: 'text' | 'date' }>;

const computedFields: readonly FieldName[] = ['interviewDate', 'documentsSent', 'inquiryDate', 'postName', 'waitingGuidance'];

interface FieldEntry {
  id: string;
  data: { placeholder: string; label?: string | undefined; hint?: string | undefined; type?: 'text' | 'date' | undefined };
}

/**
 * Placeholders and form labels from src/content/letter-fields/fields.yaml. The waiting-guidance
 * placeholder is the general sentence (src/lib/posts/dates.ts), computed, so it is not in the file.
 * A typed field must have a label; a computed one must not.
 */
export function letterFieldsFrom(entries: readonly FieldEntry[]): { placeholders: Placeholders; labels: FieldLabels } {
  const file = 'src/content/letter-fields/fields.yaml';
  const byId = wordsById(
    fieldNames.filter((f) => f !== 'waitingGuidance'),
    entries,
    file,
  );
  const wrong = entries.filter((e) => (e.data.label !== undefined) === computedFields.includes(e.id as FieldName)).map((e) => e.id);
  if (wrong.length)
    throw new Error(
      `${file}: ${wrong.join(', ')}: a field the person types needs label and type; a computed field (${computedFields.join(', ')}) has neither`,
    );
  const placeholders = {
    ...Object.fromEntries(entries.map((e) => [e.id, e.data.placeholder])),
    waitingGuidance: waitingGuidanceSentence(),
  } as Placeholders;
  const labels = Object.fromEntries(
    fieldNames
      .filter((f) => !computedFields.includes(f))
      .map((f) => {
        const { label, hint, type } = byId[f as Exclude<FieldName, 'waitingGuidance'>];
        return [f, { label: label!, ...(hint ? { hint } : {}), type: type! }];
      }),
  ) as FieldLabels;
  return { placeholders, labels };
}

/** Everything the letters need from content: the page passes it to the island as props. */
export interface LetterWords {
  letters: Letter[];
  placeholders: Placeholders;
  labels: FieldLabels;
}

/**
 * Which letter fits what the wizard's verdict said (its data-meaning, docs/design.md §5.2), shown
 * above the letters when the planner's link carries `meaning`.
 */
const ADVICE: Readonly<Record<string, string>> = {
  'administrative-processing':
    'the inquiry letter fits once the earliest inquiry date above has passed (sooner in an emergency), and the note for an employer or school fits now.',
  'documents-requested':
    'send the documents first, the way your letter or slip says. Put the day you sent them in "Your dates": the inquiry letter mentions it, and the wait counts from it.',
  refused:
    'a refusal under a section of law, such as 214(b), is a decision: a letter does not reopen it. The inquiry letter fits only if the post told you it would look at more documents.',
  issued: 'if your passport has not come back after the date above, the inquiry letter fits; say that CEAC shows Issued.',
  'on-hold':
    'a policy holds the case, not missing papers: an inquiry rarely changes it. The note for an employer or school can explain the wait.',
};
const DEFAULT_ADVICE = 'the inquiry letter fits once the earliest inquiry date above has passed, or sooner in an emergency.';

/** The sentence for this meaning (a general one for meanings without their own). */
export function letterAdvice(meaning: string): string {
  return Object.hasOwn(ADVICE, meaning) ? ADVICE[meaning]! : DEFAULT_ADVICE;
}

const DATE_FIELDS: readonly FieldName[] = ['interviewDate', 'documentsSent', 'travelDate', 'inquiryDate', 'dateOfBirth'];

function valueOf(fields: LetterFields, name: FieldName): string | undefined {
  const raw = fields[name].trim().replace(/\s+/g, ' ');
  if (raw === '') return undefined;
  return DATE_FIELDS.includes(name) && isIsoDate(raw) ? formatIsoDate(raw) : raw;
}

/** Fills a letter's slots; empty fields show their [placeholder], optional parts with an empty slot are left out. */
export function fillLetter(text: string, fields: LetterFields, placeholders: Placeholders): string {
  const slot = /\{([a-zA-Z]+)\}/g;
  const known = (name: string): name is FieldName => Object.hasOwn(placeholders, name);
  return text
    .replace(/\[\[([^\]]*)\]\]/g, (_, part: string) =>
      [...part.matchAll(slot)].every((m) => known(m[1]!) && valueOf(fields, m[1]!) !== undefined) ? part : '',
    )
    .replace(slot, (whole, name: string) => (known(name) ? (valueOf(fields, name) ?? placeholders[name]) : whole));
}

export function emptyFields(): LetterFields {
  return {
    fullName: '',
    dateOfBirth: '',
    caseNumber: '',
    passportNumber: '',
    post: '',
    visaType: '',
    interviewDate: '',
    documentsSent: '',
    statusShown: '',
    travelDate: '',
    travelReason: '',
    recipient: '',
    inquiryDate: '',
    postName: '',
    waitingGuidance: '',
  };
}
