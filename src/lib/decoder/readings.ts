/**
 * What each decoded text tells the reader, in two or three sentences: the clue in the wording and
 * what it means. The texts themselves live in the statuses collection; these readings follow
 * the sources of the guides refused-on-ceac, long-vs-short-refused-text and immigrant-visa-statuses.
 */
import type { Confidence, Reason } from './decode';
import type { Variant } from './variants';

export const readings: Record<Exclude<Variant, 'unknown'>, string> = {
  'refused-221g':
    'This is the long Refused text. It says the case "will remain refused while undergoing such processing" and that you "will receive another adjudication": that is a 221(g) refusal for administrative processing, and your case is still open. Follow any instructions you were given; the post contacts you if it needs more.',
  'refused-letter':
    'This is the short Refused text. It sends you to the letter you were given at the interview, and that letter decides what kind of refusal this is: a 221(g) request for documents, or a final refusal such as 214(b). Read which section of law the letter names and which boxes are ticked.',
  'refused-letter-old':
    'This is the short Refused text CEAC showed before March 2020. As with the newer short text, the letter or instructions you were given at the interview say what the refusal is and what, if anything, you can send.',
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
