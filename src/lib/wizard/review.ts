/**
 * The wizard in plain words for reviewers (/wizard/flow/ and the unit tests): each verdict rule and
 * when each question is asked. Server-side only, so none of it ships to the browser; a unit test
 * checks that every rule and question has its sentence.
 */
import type { EnumFactKey } from './facts';

/** Each rule of rules.ts, by id, in plain words: the answers → the meaning, and why. */
export const ruleDescriptions: Readonly<Record<string, string>> = {
  issued: 'CEAC shows Issued → the visa is issued and in final processing or delivery, whatever else happened before.',
  ready:
    'CEAC shows Ready → an immigrant visa case that is ready for its interview (or, after an interview, back in the queue at the post); in progress.',
  'refusal-letter':
    'You have a refusal letter under 214(b), 212(f) or another section that is not 221(g) → refused; the letter decides, whatever CEAC shows.',
  'documents-requested':
    'The 221(g) paper or a later email asks for documents → documents requested; send them within one year of the refusal.',
  'dropbox-interview':
    'Dropbox case, and the paper or an email asks you to come for an interview → interview required; the waiver was not granted.',
  'interview-requested': 'After an interview, the paper or an email asks you to come for another interview → interview required.',
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
  'told-221g': 'No paper, the officer said 221(g) or more processing, and nothing was asked of you → administrative processing.',
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
  'documents-requested-dv':
    'A documents request on a diversity visa → documents requested; no diversity visa can be issued after 30 September of the program year (9 FAM 502.6), so that date comes before the one-year limit.',
  'documents-requested-iv':
    'A documents request on a family or employment immigrant visa → documents requested; without an answer within one year the registration is terminated (INA 203(g)) and the approved petition is revoked automatically (8 CFR 205.1(a)(1)).',
  'vetting-221g':
    'Administrative processing (221(g) with nothing to send, or the long Refused text) on an F, M, J, H or L visa → administrative processing for the online-presence review, the normal path since June 2025 (F, M, J) and 15 December 2025 (H-1B, H-4); set profiles public; H-1B petitions filed after 21 September 2025 may meet the H-1B proclamation.',
  'dv-ap':
    'Administrative processing on a diversity visa → administrative processing, with 30 September of the program year as the date that matters; do not wait 180 days before asking.',
  'approved-vetting':
    'The officer said approved (or an approval slip) on an F, M, J, H or L visa → administrative processing for the online-presence review: found eligible and still refused under 221(g) until it ends.',
};

/**
 * The time and policy rules (when.ts), applied in this order on top of the rule above, for the
 * day the verdict is decided for.
 */
export const timeRuleDescriptions: Readonly<Record<string, string>> = {
  'issued-stands': 'CEAC shows Issued → issued, whatever the date or the passport country.',
  'policy-refusal':
    'A refusal (letter, or the officer said refused) and a 212(f) entry suspension in force for the passport country and visa kind → refused under the proclamation, with its exceptions and the reconsideration rules (22 CFR 42.81(e) for immigrant visas).',
  'policy-on-hold':
    'A travel ban (212(f), full or partial) or an issuance pause in force today for the passport country and visa kind → on hold; the 180-day inquiry advice is replaced by the policy, its start date, sources, exceptions and whether our sources confirm it is still in force. A visa bond pilot country with a visitor visa only adds a note. A country on no list changes nothing.',
  'dv-year-ended':
    'A diversity visa not issued, and 30 September of the program year (the fiscal year of the interview date) has passed → the visa can no longer be issued (9 FAM 502.6). Within 60 days of that date the deadline is said first.',
  'documents-year-ended':
    'A documents request, and one year since the interview or refusal date has passed → most likely a new application (nonimmigrant) or registration termination with automatic petition revocation (immigrant). Within 60 days of the limit the deadline is said first.',
  'interim-lapsed':
    'An interim “likely approved” whose window has passed (approved-interim: 30 days, from reported cases issued 7 to 18 days after the interview) → administrative processing, with the 180-day inquiry date.',
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
  visa: 'Offered on the verdict, not asked first, where the kind of visa changes the answer or advice: documents requests, administrative processing and “approved” at the window. The optional passport check on every verdict also asks it.',
};
