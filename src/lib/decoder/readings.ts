/**
 * The decoder's words: what each decoded text tells the reader, how sure the decoder is, and the
 * advice when it cannot place a paste. The words live in src/content/decoder/ (readings.yaml,
 * confidence.yaml, advice.yaml), keyed by the ids below; this turns them into the records the
 * island shows, and fails when an id has no words or words name an unknown id. The words below
 * (by route, the route question, Refused alone, translated pages, dates) are still TypeScript, to
 * move next; they too reach the island as props.
 */
import { wordsById } from '../content/words';
import { confidences, unknownReasons, type Confidence, type UnknownReason } from './decode';
import { variants, type Variant } from './variants';

export type ReadingVariant = Exclude<Variant, 'unknown'>;

/** The variants that have a reading: every variant except unknown. */
export const readingVariants = variants.filter((v): v is ReadingVariant => v !== 'unknown');

export interface DecoderWords {
  readings: Record<ReadingVariant, string>;
  confidenceNotes: Record<Confidence, string>;
  unknownAdvice: Record<UnknownReason, string>;
  byRoute: typeof byRoute;
  routeQuestion: typeof routeQuestion;
  refusedWordOnly: typeof refusedWordOnly;
  translatedNote: typeof translatedNote;
  dateWords: typeof dateWords;
}

type Entries = readonly { id: string; data: { text: string } }[];

const texts = <Id extends string>(record: Record<Id, { text: string }>): Record<Id, string> =>
  Object.fromEntries(Object.entries<{ text: string }>(record).map(([id, w]) => [id, w.text])) as Record<Id, string>;

/** The decoder's words from the three collections' entries. */
export function decoderWordsFrom(entries: { readings: Entries; confidence: Entries; advice: Entries }): DecoderWords {
  return {
    readings: texts(wordsById(readingVariants, entries.readings, 'src/content/decoder/readings.yaml')),
    confidenceNotes: texts(wordsById(confidences, entries.confidence, 'src/content/decoder/confidence.yaml')),
    unknownAdvice: texts(wordsById(unknownReasons, entries.advice, 'src/content/decoder/advice.yaml')),
    byRoute,
    routeQuestion,
    refusedWordOnly,
    translatedNote,
    dateWords,
  };
}

// Still in TypeScript (docs/adr/016-words-in-collections.md, not done yet).
/** Whether the applicant had an interview at a window or used dropbox (interview waiver). */
export type Route = 'interview' | 'dropbox';

/**
 * The short texts read for one route. After a dropbox there was no interview and no letter handed
 * over, so "see the letter" cannot decide anything yet (guide dropbox-interview-waiver: the three
 * endings applicants report, from the redbus2us comment thread, 2020–2021).
 */
export const byRoute: Record<'refused-letter' | 'refused-letter-old', Record<Route, string>> = {
  'refused-letter': {
    interview:
      'This is the short Refused text. It sends you to the letter you were given at the interview, and that letter decides what kind of refusal this is: a 221(g) request for documents, or a final refusal such as 214(b). Read which section of law the letter names and which boxes are ticked.',
    dropbox:
      'This is the short Refused text. It points to "the letter you received at the interview", but after a dropbox you had no interview and got no letter, so the text cannot settle anything yet. Dropbox applicants report three endings: the visa is issued, the passport comes back with a 221(g) slip asking you to come for an interview, or a refusal letter names a ground such as 214(b). Watch your email and read what comes back with your passport.',
  },
  'refused-letter-old': {
    interview:
      'This is the short Refused text CEAC showed before March 2020. As with the newer short text, the letter or instructions you were given at the interview say what the refusal is and what, if anything, you can send.',
    dropbox:
      'This is the short Refused text CEAC showed before March 2020. After a dropbox you were given no letter at a window: the email, slip or letter the post sends later says what the refusal is, for example a request to come for an interview.',
  },
};

/** The question asked when the short text is matched and the paste does not say how you applied. */
export const routeQuestion = {
  legend: 'Did you have an interview at a window?',
  interview: 'Yes, I had an interview',
  dropbox: 'No, I used dropbox (interview waiver)',
};

/**
 * When only the word Refused was found (or its translation). Guide refused-on-ceac: CEAC shows
 * Refused for a 221(g) and for a final refusal alike since 3 March 2020 (State Department notice).
 */
export const refusedWordOnly =
  'Refused on its own does not tell a 221(g) refusal (the case stays open, for administrative processing or for documents) from a final refusal such as 214(b). Two things tell them apart. First, the paragraph under the word: the long text speaks of administrative processing and "another adjudication", the short text sends you to your letter. Paste it here. Second, the slip, letter or email from the post: it names the section of law, such as 221(g) or 214(b), and ticks what it asks for.';

/** When the heading was found in another language: translated paragraphs are not matched. */
export const translatedNote =
  'Your page seems to be translated by the browser. We read only the status word from it. Turn the translation off (or open ceac.state.gov in English), then paste the English paragraph under the status word to see which text it is.';

/**
 * The dates above the status text. Placeholders: {date} (as written by formatIsoDate) and {ago}.
 * "A new date with the same status is common": guide status-changes-case-last-updated (applicants'
 * reports in the redbus2us comment thread, March 2020 – February 2021; BAL, March 2020, on the date
 * not moving when the display changed).
 */
export const dateWords = {
  lastUpdated: 'Case Last Updated: {date}, {ago}.',
  created: 'Case Created: {date}, {ago}.',
  other: 'The date in your paste: {date}, {ago}. If it is the Case Last Updated date, the note below applies.',
  future: 'This date is later than today on this device. Check the date and your device clock.',
  meaning:
    'The Case Last Updated date shows when your CEAC record last changed, not what changed. Applicants often see a new date while the status stays the same, so a new date on its own is not a decision, good or bad.',
  guide: { href: '/guides/status-changes-case-last-updated/', text: 'Guide: status changes and the Case Last Updated date' },
};
