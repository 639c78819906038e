/**
 * Every word the wizard shows for its questions, answers, meanings and dates. Plain serialisable
 * data: pages pass it to the island as a prop (HTML), so the words never weigh on the JavaScript
 * budget, and the no-JavaScript pages render the very same words. Outcome words are content
 * (src/content/outcomes/). Text that depends on earlier answers is a list of cases: the first case
 * whose `if` answers all match is used.
 */
import type { Worded, WizardWords } from './wording';
import { DATE_TITLES } from '../dates/deadlines';

export type { Worded, WizardWords } from './wording';
export { pick, optionWords } from './wording';

const byRoute = (interview: string, dropbox: string): Worded => [{ if: { route: 'dropbox' }, text: dropbox }, { text: interview }];
const colourNote = 'Colours are chosen by each embassy or consulate and change over time; there is no official worldwide meaning.';

export const wizardWords: WizardWords = {
  questions: {
    status: {
      legend: 'What does CEAC show for your case now?',
      hint: 'Look at ceac.state.gov: the status word in large letters, and the text under it.',
      summary: 'CEAC status',
      aside: {
        text: 'Not sure whether your Refused text is the long or the short one? Paste what CEAC shows into',
        links: [{ href: '/decode/?from=wizard', label: 'the status decoder, which brings you back here with the answer filled in' }],
      },
      options: {
        'no-status': { label: 'No Status', hint: 'Some lists call it Application Receipt Pending.', reason: 'CEAC shows No Status: the embassy or consulate has not loaded your application into its system yet.' },
        'application-received': { label: 'Application Received', reason: 'CEAC shows Application Received: the case is open, and CEAC itself says to check again two business days after an interview.' },
        'administrative-processing': { label: 'Administrative Processing', reason: 'CEAC shows Administrative Processing: the case is open and being checked.' },
        'refused-long': {
          label: 'Refused, with a long text about administrative processing',
          hint: 'It says the case “will remain refused while undergoing such processing” and that you “will receive another adjudication”, which means another decision.',
          reason: 'CEAC shows Refused with the long text. Since 3 March 2020 CEAC shows cases in 221(g) administrative processing as Refused; the long text says another decision will follow.',
        },
        'refused-short': {
          label: 'Refused, with a short text that points to a letter',
          hint: 'It says “Please see the letter you received at the interview”, or in older wording “Please refer to the letter or other instructions you were given”.',
          reason: 'CEAC shows Refused with the short text, which only points to the letter you were given. Applicants often read it as a final refusal, but it has also appeared on cases that were later issued.',
        },
        issued: { label: 'Issued', reason: 'CEAC shows Issued: the visa has been approved and is in final processing.' },
        ready: { label: 'Ready', hint: 'Usually an immigrant visa case (a case number from NVC).', reason: 'CEAC shows Ready, which the State Department describes as a case ready for its immigrant visa interview.' },
        other: {
          label: 'Something else, or I’m not sure',
          hint: 'For example At NVC, In Transit or Transfer in Progress, or you cannot tell which Refused text you have.',
          reason: 'You are not sure what CEAC shows, or it shows a status this wizard does not cover.',
          uncertainty: 'We could not use the CEAC status. If you can read it again, pick it exactly: the text under Refused (long or short) often changes the answer.',
        },
      },
    },
    route: {
      legend: 'Did you have an interview, or did you drop off your documents?',
      hint: 'Dropping off documents without an interview is called the dropbox or an interview waiver.',
      summary: 'How you applied',
      options: {
        interview: { label: 'I had an interview with a consular officer', reason: 'You had an interview, so what the officer said and gave you matters most.' },
        dropbox: { label: 'I dropped off my documents without an interview (dropbox)', reason: 'You applied through the dropbox (interview waiver), so no officer has spoken to you yet.' },
      },
      aside: {
        text: 'Not had your interview or drop-off yet? Before it, No Status and Application Received are normal. Immigrant visa cases at NVC or In Transit are explained on their status pages:',
        links: [
          { href: '/status/no-status/', label: 'No Status' },
          { href: '/status/at-nvc/', label: 'At NVC' },
          { href: '/status/in-transit/', label: 'In Transit' },
        ],
      },
    },
    officer: {
      legend: 'What did the officer tell you at the end of the interview?',
      summary: 'What the officer said',
      options: {
        approved: { label: 'That my visa is approved', reason: 'The officer told you the visa is approved.' },
        '221g': { label: 'That they need more documents or more processing, or they said “221(g)”', reason: 'The officer told you the case needs more documents or administrative processing under section 221(g).' },
        refused: { label: 'That my visa is refused', hint: 'For example under section 214(b).', reason: 'The officer told you the visa is refused.' },
        nothing: {
          label: 'Nothing clear, or I’m not sure',
          hint: 'For example they only kept your passport, or said you would be contacted.',
          reason: 'The officer did not say clearly what the decision was.',
          uncertainty: 'Because the officer’s words are unclear, the answer leans on your passport and on CEAC. If you remember what was said, answering that is more reliable.',
        },
      },
    },
    paper: {
      legend: byRoute('What paper did the officer give you?', 'Did you get a letter or slip, with your passport or by email?'),
      hint: 'Look at the top of the paper and at the boxes ticked. If it mentions 221(g) anywhere, choose the 221(g) answer.',
      summary: 'Paper you got',
      options: {
        none: { label: 'No paper', reason: 'You did not get a slip or letter.' },
        '221g': { label: 'A 221(g) form or letter', hint: 'It mentions section 221(g), lists documents, or says administrative processing.', reason: 'You have a 221(g) paper: a temporary refusal that can be overcome, not a final no.' },
        refusal: { label: 'A refusal letter that names 214(b), 212(f) or another section, not 221(g)', reason: 'You have a refusal letter under a section other than 221(g). The letter is the authoritative record of the decision.' },
        approval: { label: 'A slip that says the visa is approved, or explains how to collect your passport', reason: 'You have a slip saying the visa is approved or telling you how to collect the passport.' },
      },
    },
    asks: {
      legend: [
        { if: { paper: '221g' }, text: 'What does the 221(g) paper ask you to do?' },
        { if: { route: 'dropbox' }, text: 'Has the embassy or consulate asked you to do anything, by email or on its website?' },
        // After an interview without paper, the officer may have asked for something out loud; the hint names the other ways.
        { text: 'Has anyone asked you to do something since your interview?' },
      ],
      hint: [
        {
          if: { paper: '221g' },
          text: 'Read the boxes ticked and any handwritten notes. If an email since then asks for something, count that too (check spam). If you are asked for more than one thing, choose the first that applies: an interview, then documents, then your passport.',
        },
        {
          if: { route: 'dropbox' },
          text: 'Check your email, including spam, and any case list the embassy or consulate publishes on its website. If you were asked for more than one thing, choose the first that applies: an interview, then documents, then your passport.',
        },
        {
          text: 'The officer may have asked at the window, or the embassy or consulate may have asked since, by email (check spam) or in a case list on its website. If you were asked for more than one thing, choose the first that applies: an interview, then documents, then your passport.',
        },
      ],
      summary: 'What you are asked to do',
      options: {
        documents: { label: 'Send or bring more documents', reason: 'You were asked for documents or information.' },
        interview: { label: 'Come for an interview', reason: 'You were asked to come for an interview.' },
        passport: { label: 'Send or bring my passport', reason: 'You were asked to send or bring your passport.' },
        nothing: {
          label: [{ if: { paper: '221g' }, text: 'Nothing: it says administrative processing, or to wait to be contacted' }, { text: 'Nothing so far' }],
          reason: 'Nobody has asked you to do anything.',
        },
        unsure: {
          label: 'I’m not sure',
          reason: 'You are not sure what you are asked to do.',
          uncertainty: 'Whether you were asked for something decides whether a one-year deadline applies. Read any slip or email again, including spam, or ask the embassy or consulate; until then, treat any document you were told about as requested.',
        },
      },
    },
    slip: {
      legend: 'What colour is the paper?',
      hint: 'The colour alone does not decide what the paper means, but some embassies and consulates have said what their colours meant. We use it only to point you to that.',
      summary: 'Colour of the paper',
      options: {
        white: { label: 'White', reason: `Your paper is white. ${colourNote}` },
        pink: {
          label: 'Pink',
          reason: `Your paper is pink. An older text from the U.S. Consulate in Chennai said pink handouts were for cases on its administrative-processing list, marked “Pending process”, “Contact the Consulate” or “Send Passport”. ${colourNote}`,
        },
        yellow: { label: 'Yellow', reason: `Your paper is yellow. ${colourNote}` },
        blue: {
          label: 'Blue',
          reason: `Your paper is blue. An older text from the U.S. Consulate in Chennai said blue handouts asked for more information or said more processing was needed, and that the consulate would contact the applicant. ${colourNote}`,
        },
        green: { label: 'Green', reason: `Your paper is green. We found no official statement about green slips. ${colourNote}` },
        other: {
          label: 'Another colour, or I don’t remember',
          reason: 'The colour is another one, or you do not remember it. That is fine: colours are chosen by each embassy or consulate, and there is no official worldwide meaning.',
          uncertainty: 'The colour never decides the meaning, so not knowing it changes nothing here.',
        },
      },
    },
    passport: {
      legend: byRoute('Did the officer keep your passport?', 'Has your passport come back to you?'),
      summary: 'Passport',
      options: {
        kept: {
          label: byRoute('Yes, they kept it', 'No, the embassy or consulate still has it'),
          reason: 'The embassy or consulate has your passport. A visa is printed into the passport, so it needs the passport to issue one; after an interview, a kept passport is usually a good sign.',
        },
        returned: {
          label: byRoute('No, they gave it back', 'Yes, it came back'),
          reason: 'Your passport is back with you. Applicants commonly read a returned passport as a sign of longer processing; the embassy or consulate asks for it again when it is ready to print a visa.',
        },
      },
    },
    visa: {
      legend: 'What kind of visa did you apply for?',
      hint: 'We ask because the rules since 2025 differ by kind of visa: the checks after the interview, the deadlines and what is at risk.',
      summary: 'Kind of visa',
      options: {
        b: { label: 'Visitor (B1, B2 or B1/B2)', reason: 'You applied for a visitor visa (B1/B2).' },
        'f-m-j': {
          label: 'Student or exchange visitor (F, M or J)',
          reason: 'You applied for a student or exchange visa (F, M or J). Since June 2025 these applicants go through an online-presence review after the interview, and an applicant found eligible is still refused under 221(g) until it ends.',
        },
        'h-l': {
          label: 'Work visa H or L, or a family member’s H-4 or L-2',
          reason: 'You applied for an H or L work visa or a family member’s visa. Since 15 December 2025 H-1B and H-4 applicants go through the same online-presence review as students.',
        },
        'other-niv': { label: 'Another temporary visa (for example C1/D, O, E or R)', reason: 'You applied for another nonimmigrant (temporary) visa.' },
        'iv-family': {
          label: 'Family immigrant visa (spouse, parent, child, sibling, or K fiancé(e))',
          reason: 'You applied for a family immigrant visa. Your case rests on an approved petition (I-130, or I-129F for K visas).',
        },
        'iv-employment': { label: 'Employment immigrant visa', reason: 'You applied for an employment immigrant visa. Your case rests on an approved petition (usually I-140).' },
        'iv-dv': {
          label: 'Diversity visa (the green card lottery)',
          reason: 'You applied for a diversity visa. A diversity visa can only be issued until 30 September of the fiscal year you were selected for.',
        },
      },
    },
  },
  sinceLabel: 'Interview or drop-off date',
  nationalityLabel: 'Passport country (checked in your browser only)',
  meanings: {
    'in-progress': 'In progress',
    'likely-approved': 'Most likely approved',
    'administrative-processing': 'Administrative processing',
    'documents-requested': 'Documents requested',
    'interview-required': 'Interview required',
    refused: 'Refused',
    issued: 'Issued',
    'on-hold': 'On hold because of a policy',
    unclear: 'Not clear yet',
  },
  // Deadlines and first days take their title and what they are counted from from sayDate in
  // src/lib/dates/deadlines.ts (the planner's and the calendar file's words); the detail here says
  // where the figure comes from.
  timing: {
    'check-status': {
      detail: 'CEAC’s own Application Received text says to check your status two business days after an interview. Business days here skip weekends and U.S. federal holidays; posts also close on local holidays.',
      basis: 'official',
    },
    'dropbox-decision': {
      title: 'A 2019 figure from one post would have meant {from} to {date}',
      detail: 'This is history, not an expectation: the U.S. Mission in India said in 2019 that dropbox applicants would get a decision within seven to ten business days. No current official figure exists, and reviews since the 2025 changes can take longer.',
      basis: 'secondary',
    },
    'reported-follow-up': {
      title: 'From {date}, a short question to the embassy or consulate is reasonable',
      detail: 'This is not a deadline and not an official rule: a 2020–2021 explainer article said such statuses usually change within about a week to 10 days and suggested writing after that, and reports in its comments show longer waits. The official guidance for administrative processing is to wait at least 180 days from the interview before asking, except for emergency travel.',
      basis: 'reported',
    },
    'one-year': {
      detail: 'When an officer asks for documents, you have one year from the refusal date to send them without a new application fee. After that the case is closed and you apply again.',
      basis: 'official',
    },
    inquiry: {
      detail: 'The general State Department guidance is to wait at least 180 days from the interview or from sending extra documents, whichever is later, except for emergency travel. Other figures you may see: {others}.',
      basis: 'official',
    },
    'inquiry-after-documents': {
      detail: 'The general State Department guidance is to wait at least 180 days from the interview or from sending extra documents, whichever is later, except for emergency travel. Other figures you may see: {others}.',
      basis: 'official',
    },
    // Not a timing kind of its own: added when every other date has passed (dated.ts).
    'ask-now': {
      title: 'Today: the usual waits are over, so you can ask the embassy or consulate about your case now',
      detail: 'The dates above have passed. Use the post’s own inquiry form, give your case number, and keep to one message every few weeks.',
      basis: 'official',
    },
  },
  inquiryFigures: {
    'colombia-120': 'the U.S. Embassy in Colombia asks for 120 days ({date})',
    'older-60': 'older guidance, still on some pages, said 60 days ({date})',
  },
  time: {
    asOf: 'Decided for {date}.',
    next: 'If nothing changes before then, this answer becomes “{title}” on {date}.',
    ifVisa: 'A nationality-based measure covers your passport for some kinds of visa. Tell us the kind of visa below to see whether it covers yours.',
    dvYearEnd: `Deadline: ${DATE_TITLES['dv-year-end'].replace('Your', 'your')} ({days} days from the date above). Everything, including any checks, has to finish by then.`,
    oneYear: `Deadline soon: ${DATE_TITLES.documents.replace('Send', 'send')}, {days} days from the date above. After that the one-year limit has passed.`,
  },
  share: {
    copy: 'Copy link to this answer',
    copied: 'Link copied. It opens this answer in any browser:',
    shared: 'Link shared. It opens this answer in any browser:',
    manual: 'The link was not copied or shared. You can select it and copy it yourself:',
    leftOut: 'It leaves out your interview date and passport country, so the person who opens it can add their own.',
    print: 'Print or save a case card',
  },
  error: { title: 'There is a problem', message: 'Choose one answer to continue.' },
  dateLabels: {
    past: '(this date has passed)',
    future: 'The date you gave is in the future, so these dates are estimates for after it.',
    official: 'Official',
    secondary: 'Secondary',
    reported: 'Reported experience',
  },
  notices: {
    heading: 'We adjusted the answers in this link',
    badValue: '“{value}” is not one of the answers for {label}, so it was left out.',
    badDate: '“{value}” is not a date we can use for {label} (write it as YYYY-MM-DD, from the year 2000 on), so it was left out.',
    futureDate: '“{value}” is later than today, so it cannot be {label}; it was left out.',
    contradiction: {
      officer: 'A dropbox case has no interview, so the answer about what the officer said was removed.',
      slip: 'You said you got no paper, so the answer about its colour was removed.',
      passport: 'You were asked to send your passport, so the answer that the embassy or consulate kept it was removed.',
    },
    labels: {
      route: 'how you applied',
      officer: 'what the officer said',
      paper: 'the paper you got',
      slip: 'the colour of the paper',
      asks: 'what you are asked to do',
      passport: 'your passport',
      status: 'the CEAC status',
      since: 'the interview date',
      visa: 'the kind of visa',
      nationality: 'your passport country (a two-letter country code such as in, ng or ir)',
    },
  },
};

