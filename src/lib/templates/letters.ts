/**
 * Letter templates for the next-steps page. Filled in the browser from what the user types; the
 * case and passport numbers exist only in the page while it is open (never saved or sent).
 * Advice in `include` follows the guide what-to-do-next and its sources: inquiry channels, the 180-day
 * guidance and its emergency exception, passports for urgent travel being post-specific.
 */
import { formatIsoDate, isIsoDate } from '../dates/calendar';
import { waitingGuidanceSentence } from '../posts/dates';

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

/** What to write when a field is empty, so the gap is obvious in the copied text. */
export const placeholders: Record<FieldName, string> = {
  fullName: '[your full name as in your passport]',
  dateOfBirth: '[your date of birth]',
  caseNumber: '[your case number or application ID]',
  passportNumber: '[your passport number]',
  post: '[embassy or consulate]',
  visaType: '[visa type]',
  interviewDate: '[interview date]',
  documentsSent: '[date you sent the documents]',
  statusShown: '[status shown on CEAC]',
  travelDate: '[travel date]',
  travelReason: '[the reason, in a few words]',
  recipient: '[name]',
  inquiryDate: '[date: 180 days after your interview or documents]',
  postName: '[embassy or consulate]',
  waitingGuidance: waitingGuidanceSentence(),
};

export interface Letter {
  id: 'inquiry' | 'urgent-passport' | 'employer-school';
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

const IDENTITY = `Full name (as in passport): {fullName}
Date of birth: {dateOfBirth}
Case number or application ID: {caseNumber}
Passport number: {passportNumber}`;

export const letters: readonly Letter[] = [
  {
    id: 'inquiry',
    title: 'Inquiry to the embassy or consulate',
    when: 'After the earliest inquiry date, or sooner in an emergency (serious illness, injury or a death in your immediate family).',
    include: [
      'Your full name as in your passport, your date of birth, your case number or application ID and your passport number.',
      'The date and place of your interview, the visa type, and what you were asked to send and when you sent it.',
      "Send it through the post's own inquiry form or email address, listed on its website. For immigrant visas, use the National Visa Center's Public Inquiry Form.",
      'Send it once. If there is no reply, law firms describe following up about once a month, not every day.',
    ],
    text: `Subject: Visa application status inquiry: {fullName}, {caseNumber}

Dear Consular Section[[ of the {postName}]],

I am writing about my {visaType} visa application. I was interviewed at {post} on {interviewDate}.[[ I sent the additional documents you asked for on {documentsSent}.]] My case status on CEAC shows "{statusShown}".

Could you please tell me whether you need anything more from me, and the current status of my application?

${IDENTITY}
Visa type: {visaType}
Interview: {interviewDate}, {post}

Thank you for your time.

Yours faithfully,
{fullName}`,
  },
  {
    id: 'urgent-passport',
    title: 'Request to return your passport for urgent travel',
    when: 'The post is holding your passport while your case is processed, and you must travel before it is done.',
    include: [
      'The travel date and the reason in a few words, with proof (a ticket, a letter from a doctor or employer).',
      'That you will send the passport back as soon as the post asks for it.',
      'Your name, date of birth, case number or application ID and passport number.',
      'Whether a post returns a passport during processing is up to that post; there is no worldwide rule.',
    ],
    text: `Subject: Request to return my passport for urgent travel: {fullName}, {caseNumber}

Dear Consular Section[[ of the {postName}]],

My {visaType} visa application is in processing after my interview at {post} on {interviewDate}, and you are holding my passport. I need to travel on {travelDate} because {travelReason}. I attach proof of this travel.

Could you please return my passport so that I can travel? I understand that my application stays in processing, and I will send the passport back as soon as you ask for it.

${IDENTITY}

Thank you for your help.

Yours faithfully,
{fullName}`,
  },
  {
    id: 'employer-school',
    title: 'Note for an employer or school (administrative processing)',
    when: 'Your case is in 221(g) administrative processing and someone is waiting for you to start or return.',
    include: [
      'No case number or passport number: your employer or school does not need them.',
      'The interview date, that the case is in administrative processing, and that this is not a final refusal.',
      'That the State Department gives no processing time, and the date from which you can inquire.',
    ],
    text: `Subject: Update on my US visa application

Dear {recipient},

I had my US visa interview at {post} on {interviewDate}. My application is in administrative processing under section 221(g) of the Immigration and Nationality Act: the consular section is completing further checks before it makes a final decision. This is not a final refusal.

The State Department does not give a processing time for these checks. {waitingGuidance} For me that date is {inquiryDate}.

I will let you know as soon as my status changes.

Kind regards,
{fullName}`,
  },
];

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
export function fillLetter(text: string, fields: LetterFields): string {
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
    fullName: '', dateOfBirth: '', caseNumber: '', passportNumber: '', post: '', visaType: '', interviewDate: '',
    documentsSent: '', statusShown: '', travelDate: '', travelReason: '', recipient: '', inquiryDate: '', postName: '',
    waitingGuidance: '',
  };
}

/** Form labels for the fields a person types. Dates come from the planner's own fields. */
export type ComputedField = 'interviewDate' | 'documentsSent' | 'inquiryDate' | 'postName' | 'waitingGuidance';

export const fieldLabels: Record<Exclude<FieldName, ComputedField>, { label: string; hint?: string; type: 'text' | 'date' }> = {
  fullName: { label: 'Full name as in your passport', type: 'text' },
  dateOfBirth: { label: 'Date of birth', type: 'date' },
  caseNumber: { label: 'Case number or application ID', hint: 'Only in this page: never saved or sent.', type: 'text' },
  passportNumber: { label: 'Passport number', hint: 'Only in this page: never saved or sent.', type: 'text' },
  visaType: { label: 'Visa type (for example H-1B, F-1, B1/B2)', type: 'text' },
  post: { label: 'Embassy or consulate', type: 'text' },
  statusShown: { label: 'Status CEAC shows', type: 'text' },
  travelDate: { label: 'Urgent travel date', type: 'date' },
  travelReason: { label: 'Reason for the travel', type: 'text' },
  recipient: { label: 'Who the note is for (employer or school contact)', type: 'text' },
};
