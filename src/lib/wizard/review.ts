/**
 * The wizard in plain words for reviewers (/wizard/flow/ and the unit tests): each verdict rule and
 * when each question is asked. Server-side only, so none of it ships to the browser; a unit test
 * checks that every rule and question has its sentence.
 */
import type { EnumFactKey } from './facts';

/** Each rule of rules.ts, by id, in plain words: the answers → the meaning, and why. */
export const ruleDescriptions: Readonly<Record<string, string>> = {
  'issued':
    'CEAC shows Issued → the visa is issued and in final processing or delivery, whatever else happened before.',
  'ready':
    'CEAC shows Ready → an immigrant visa case that is ready for its interview (or, after an interview, back in the queue at the post); in progress.',
  'refusal-letter':
    'You have a refusal letter under 214(b), 212(f) or another section that is not 221(g) → refused; the letter decides, whatever CEAC shows.',
  'documents-requested':
    'The 221(g) paper or a later email asks for documents → documents requested; send them within one year of the refusal.',
  'dropbox-interview':
    'Dropbox case, and the paper or an email asks you to come for an interview → interview required; the waiver was not granted.',
  'interview-requested':
    'After an interview, the paper or an email asks you to come for another interview → interview required.',
  'passport-requested':
    'The paper or an email asks you to send your passport → likely approved; posts ask for the passport to print the visa.',
  'approval-slip-but-refused':
    'The officer said refused but you have an approval slip → not clear; the signals contradict each other, ask the post.',
  'approval-slip':
    'You have a slip saying approved or explaining passport collection → likely approved; Refused or Administrative Processing on CEAC is an interim display.',
  '221g-processing':
    '221(g) paper that asks for nothing (administrative processing, wait to be contacted) → administrative processing; nothing to send, no one-year limit.',
  '221g-unsure':
    '221(g) paper, but you are not sure what it asks → not clear whether documents are requested or it is administrative processing; read the ticked boxes.',
  'told-refused-but-ap-text':
    'No paper, the officer said refused, but CEAC shows the long Refused text or Administrative Processing → not clear; ask the post which section applies.',
  'told-refused':
    'No paper, the officer said refused, and CEAC shows the short Refused text or has not updated → refused; ask the post for the written reason.',
  'told-221g':
    'No paper, the officer said 221(g) or more processing, and nothing was asked of you → administrative processing.',
  'told-221g-unsure':
    'No paper, the officer said 221(g), and you are not sure whether anything was asked → not clear whether documents are requested; ask the post.',
  'told-approved-passport-kept':
    'No paper, the officer said approved and kept the passport → likely approved; Refused (long or short), Administrative Processing or no update on CEAC is an interim display; in reports where the end is known, the visa was issued 7 to about 18 days after the interview.',
  'told-approved-passport-returned':
    'No paper, the officer said approved but gave the passport back → administrative processing; the post will ask for the passport when it can print the visa.',
  'dropbox-not-updated':
    'Dropbox, no paper, CEAC shows No Status or Application Received → in progress; the U.S. Mission in India said in 2019 to expect a decision within seven to ten business days.',
  'interview-not-updated':
    'Interview, no paper, the officer said nothing clear, CEAC shows No Status or Application Received → in progress; CEAC often updates a few business days after the interview.',
  'dropbox-passport-returned':
    'Dropbox, passport came back, no letter and no request → not clear; returned dropbox passports usually come with a 221(g) letter, so look for it or ask the post.',
  'dropbox-passport-held':
    'Dropbox, passport still at the post, CEAC shows Refused (long or short) or Administrative Processing → administrative processing; it may end in issuance or in a request to come for an interview.',
  'dropbox-other-status':
    'Dropbox, passport still at the post, CEAC status unknown or not covered → not clear; check the status again or ask the post.',
  'kept-no-word':
    'Interview, no paper, the officer said nothing clear but kept the passport → in progress; a kept passport without a 221(g) slip is usually a good sign.',
  'returned-ap-text':
    'Interview, no paper, nothing clear said, passport returned, CEAC shows the long Refused text or Administrative Processing → administrative processing.',
  'returned-short-or-other':
    'Interview, no paper, nothing clear said, passport returned, CEAC shows the short Refused text or something else → not clear; the short text points to a letter you do not have, so ask the post for it.',
};

/** When each question is asked (questions.ts), in plain words. */
export const askedText: Readonly<Record<EnumFactKey, string>> = {
  status: 'Always, first: it is what the applicant is looking at.',
  route: 'Unless CEAC shows Issued or Ready, which decide on their own.',
  officer: 'After an interview (a dropbox case has no officer to quote).',
  paper: 'Whenever the route is known.',
  asks: 'For a 221(g) paper, or when there is no paper (the officer, or an email since, may have asked for something).',
  slip: 'Only for a 221(g) paper whose request the applicant cannot read; the colour never decides the meaning.',
  passport:
    'When there is no paper and no request, and either the officer said approved, or (a dropbox case, or nothing clear was said) and CEAC has moved past No Status or Application Received.',
};
