/**
 * The dated rules applicants plan around, each with where it comes from. Figures and quotes are from
 * the official pages each rule lists in its own `source`; the dates themselves are computed in
 * deadlines.ts (`keyDate`); the pages themselves are named by site because
 * our archived copies do not carry exact addresses.
 */
import { addDays, laterOf, type IsoDate } from './calendar';

export interface RuleSource {
  /** Who said it. */
  publisher: string;
  /** The page title, or a description when the title is unknown. */
  title: string;
  /** Where to find it (site, not a guessed address). */
  site: string;
  /** official: a government page; secondary: a law firm quoting the State Department. */
  kind: 'official' | 'secondary';
  /** The words relied on, verbatim. */
  quote: string;
  /** When the wording is dated, as far as known. */
  dated: string;
}

export interface InquiryRule {
  id: 'state-department-180' | 'colombia-120' | 'older-60';
  /** Calendar days to wait before asking about administrative processing. */
  days: number;
  /** Who the rule is for, in plain words. */
  appliesTo: string;
  /** current: the general guidance today; post: one post's own figure; superseded: older guidance. */
  standing: 'current' | 'post' | 'superseded';
  source: RuleSource;
}

/** The general State Department figure, in days. */
export const GENERAL_INQUIRY_DAYS = 180;

/** Every figure is counted from the interview or the document submission, whichever is later. */
export const INQUIRY_RULES: readonly InquiryRule[] = [
  {
    id: 'state-department-180',
    days: GENERAL_INQUIRY_DAYS,
    appliesTo: 'Most posts: the general State Department guidance',
    standing: 'current',
    source: {
      publisher: 'U.S. Embassy in Benin',
      title: 'After the Interview',
      site: 'bj.usembassy.gov',
      kind: 'official',
      quote:
        'Except in cases of emergency travel (i.e. serious illnesses, injuries, or deaths in your immediate family), before making inquiries about status of administrative processing, applicants should wait at least 180 days from the date of interview or submission of supplemental documents, whichever is later.',
      dated:
        'undated page; the same sentence appears on other embassy and university pages citing the State Department. In our archived copies (to about February 2026) we found no travel.state.gov page that states the 180-day figure, so an embassy page is the source',
    },
  },
  {
    id: 'colombia-120',
    days: 120,
    appliesTo: 'U.S. Embassy Bogotá (Colombia)',
    standing: 'post',
    source: {
      publisher: 'U.S. Embassy in Colombia',
      title: 'Administrative processing page',
      site: 'co.usembassy.gov',
      kind: 'official',
      quote: 'you must wait at least 120 days from the interview date or the submission date of the additional information requested',
      dated: 'undated page',
    },
  },
  {
    id: 'older-60',
    days: 60,
    appliesTo: 'Older guidance (about 2011 to 2020), replaced by 180 days; some pages still show it',
    standing: 'superseded',
    source: {
      publisher: 'Law firms quoting the State Department (sivisalaw.com, anwarilaw.com)',
      title: 'Administrative processing inquiry guidance',
      site: 'sivisalaw.com',
      kind: 'secondary',
      quote: 'at least 60 days from the date of interview or submission of supplemental documents, whichever is later',
      dated: 'December 2017',
    },
  },
];

export interface InquiryDates {
  /** The first day to send an inquiry. */
  earliest: IsoDate;
  /** The date the wait is counted from. */
  countedFrom: IsoDate;
  /** Why: the interview, or documents sent later. */
  basis: 'interview' | 'documents';
  /** The wait applied, in calendar days. */
  days: number;
}

/**
 * The earliest day to inquire about administrative processing: `rule.days` calendar days after the
 * interview or the document-submission date, whichever is later. Pass one of INQUIRY_RULES (or any
 * `{ days }`); the default is the general 180 days. The default is a bare number on purpose: it
 * keeps the rules' long source quotes out of any script that only needs the arithmetic.
 */
export function inquiryWindow(
  input: { interview: IsoDate; documentsSent?: IsoDate | undefined },
  rule: { days: number } = { days: GENERAL_INQUIRY_DAYS },
): InquiryDates {
  const countedFrom = input.documentsSent ? laterOf(input.interview, input.documentsSent) : input.interview;
  const basis = countedFrom === input.interview ? 'interview' : 'documents';
  return { earliest: addDays(countedFrom, rule.days), countedFrom, basis, days: rule.days };
}

/** `inquiryWindow` under every known rule, in the order of INQUIRY_RULES, each with its rule. */
export function inquiryWindows(input: {
  interview: IsoDate;
  documentsSent?: IsoDate | undefined;
}): (InquiryDates & { rule: InquiryRule })[] {
  return INQUIRY_RULES.map((rule) => ({ ...inquiryWindow(input, rule), rule }));
}

export const ONE_YEAR_SOURCES: readonly RuleSource[] = [
  {
    publisher: 'U.S. Visa Information Service (CGI, official support site)',
    title: 'Visa Denied',
    site: 'usvisa-info.com',
    kind: 'official',
    quote:
      'If a visa application is refused 221 (g) and the applicant was told to provide further information, the applicant must follow up within one year or their case will be closed.',
    dated: 'undated page (Jamaica, Bolivia, Dominican Republic)',
  },
  {
    publisher: 'Code of Federal Regulations (immigrant visas)',
    title: '22 CFR 42.81(e), Reconsideration of refusal',
    site: 'ecfr.gov',
    kind: 'official',
    quote:
      'If a visa is refused, and the applicant within one year from the date of refusal adduces further evidence tending to overcome the ground of ineligibility',
    dated: 'copy checked November 26, 2024',
  },
];

/** "Please check your status after two business days" (Application Received text). */
export const CHECK_STATUS_BUSINESS_DAYS = 2;
/** "If you have not received it in more than 10 working days" (Issued text). */
export const ISSUED_CONTACT_WORKING_DAYS = 10;

/** Dates that come straight from CEAC's own status texts (src/content/statuses/), with the words relied on. */
export const STATUS_TEXT_TIMING = {
  checkAfterInterview: {
    businessDays: CHECK_STATUS_BUSINESS_DAYS,
    quote: 'If you have already had your interview, please check your status after two business days.',
    from: 'the “Application Received” text',
  },
  issuedContact: {
    businessDays: ISSUED_CONTACT_WORKING_DAYS,
    quote:
      'If you have not received it in more than 10 working days, please see the webpage for contact information of the embassy or consulate',
    from: 'the “Issued” text',
  },
} as const;
