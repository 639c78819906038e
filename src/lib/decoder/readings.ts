/**
 * What each decoded text tells the reader, in two or three sentences: the clue in the wording and
 * what it means. The texts themselves live in the statuses collection; these readings follow
 * the sources of the guides refused-on-ceac, long-vs-short-refused-text, dropbox-interview-waiver,
 * status-changes-case-last-updated and immigrant-visa-statuses. The page passes them to the
 * decoder island as data, so they cost no script.
 */
import type { Confidence, Reason } from './decode';
import type { Variant } from './variants';

export const readings: Record<Exclude<Variant, 'unknown'>, string> = {
  'refused-221g':
    'This is the long Refused text. It says the case "will remain refused while undergoing such processing" and that you "will receive another adjudication": that is a 221(g) refusal for administrative processing, and your case is still open. Follow any instructions you were given; the post contacts you if it needs more.',
  // Worded for both routes: used until the paste or the reader says whether there was an interview (byRoute).
  'refused-letter':
    'This is the short Refused text. It points to "the letter you received at the interview". If you had an interview, that letter or slip says what kind of refusal this is: a 221(g) request for documents, or a final refusal such as 214(b). If you used dropbox, nobody handed you a letter: watch your email and your passport, and read the slip or letter that comes back with it.',
  'refused-letter-old':
    'This is the short Refused text CEAC showed before March 2020. If you had an interview, the letter or instructions you were given there say what the refusal is and what, if anything, you can send. If you used dropbox, wait for the email, slip or letter the post sends, and read which section of law it names.',
  'administrative-processing':
    'This is the Administrative Processing text. Before March 3, 2020, CEAC showed it for cases in 221(g) administrative processing; applicants also report it as a step on the way to Issued. Your case is open: follow the officer\'s instructions and wait to be contacted.',
  'application-received':
    'This is the Application Received text. The post has your case open. If you have had your interview, the text itself says to check again after two business days.',
  issued:
    'This is the Issued text. Your visa was approved and is in final processing, which includes returning your passport. If it has not reached you after more than 10 working days, the text says to contact the embassy or consulate.',
  ready:
    'This is the immigrant-visa Ready text. Your case is ready for an interview at the consular section; if you have an appointment, prepare the documents your appointment letter lists.',
  'no-status':
    'This is the No Status text. Your DS-160 has not been loaded into the visa system yet, and at some posts it stays this way until your interview. Before an interview or drop-off, that is normal.',
  'in-transit':
    'This is the immigrant-visa In Transit text. The National Visa Center has finished its part and scheduled your interview; your file is on its way to the embassy\'s immigrant visa unit.',
  'at-nvc':
    'You pasted the status word At NVC. We have no verbatim text for it on record. It means your immigrant-visa case is at the National Visa Center, which collects and reviews documents and fees.',
  'transfer-in-progress':
    'You pasted the status word Transfer in Progress. We have no verbatim text for it on record; a consulate listed it in 2013 for immigrant-visa cases moving between posts.',
};

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

/** How sure the decoder is, in words. */
export const confidenceNotes: Record<Confidence, string> = {
  high: 'Most of the official wording is in what you pasted.',
  medium: 'Part of the official wording is in what you pasted. Paste the whole paragraph to be sure.',
  low: 'We found only the status word. Paste the paragraph under it to be sure.',
  none: '',
};

/** Advice when the decoder cannot place the text. */
export const unknownAdvice: Record<Exclude<Reason, 'text' | 'label'>, string> = {
  empty: 'Paste the status word, the date line and the paragraph under them, as CEAC shows them.',
  'no-match':
    'This does not match any CEAC status text we know. On ceac.state.gov, copy the status word and the paragraph printed under it, and paste them here. Your own notes or emails will not match.',
  ambiguous:
    'These words appear in more than one official text, so we will not guess. Paste the rest of the paragraph: the sentences after the first one tell the texts apart.',
  'label-ambiguous':
    'CEAC shows this word above more than one text, and the texts mean different things. Paste the paragraph under the word too.',
  'not-decoded':
    'We recognise this status, but the decoder has no official text for it. Its status page explains what is known.',
};
