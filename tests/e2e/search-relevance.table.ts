/**
 * The search relevance table: what applicants type, and the page that must be among the first
 * three results. Phrasings come from src/content/cases/reported-cases.json (case ids in `from`) and the
 * vocabulary the guides quote; misspellings and abbreviations are the common ones in those
 * reports and in forum threads. tests/e2e/search-relevance.spec.ts runs every row against the
 * built index in the browser.
 */
export interface RelevanceRow {
  query: string;
  /** The page that must be in the top 3 (path, with #anchor for a glossary entry). */
  expect: string;
  /** Why this row exists: a source case, or the kind of input it checks. */
  from: string;
}

export const relevanceTable: RelevanceRow[] = [
  // Slips (c60, c63, c84 pink/yellow; c02, c04, c36 white; c07 blue; c17 green)
  { query: 'pink slip', expect: '/guides/221g-slip-colours/', from: 'c60, c84: "pink AP slip"' },
  { query: 'white slip', expect: '/guides/221g-slip-colours/', from: 'c02, c04, c36: "white 221(g)"' },
  { query: 'green slip', expect: '/guides/221g-slip-colours/', from: 'c17: "green slip"' },
  { query: 'blue slip', expect: '/guides/221g-slip-colours/', from: 'c07: "blue 221(g)"' },
  // 221(g), every way it is written
  { query: '221g', expect: '/guides/form-221g/', from: 'abbreviation without brackets' },
  { query: '221 g', expect: '/guides/form-221g/', from: 'spacing variant' },
  { query: '221(g) documents', expect: '/guides/form-221g/', from: 'c32, c41: 221(g) asking for documents' },
  { query: 'one year rule', expect: '/guides/form-221g/', from: 'facts: the one-year rule for 221(g) documents' },
  // Administrative processing
  { query: 'AP', expect: '/status/administrative-processing/', from: 'c01, c03, c05: "CEAC AP"' },
  { query: 'admin processing', expect: '/guides/administrative-processing/', from: 'forum shorthand' },
  { query: 'adminstrative processing', expect: '/guides/administrative-processing/', from: 'misspelling' },
  { query: 'how long does administrative processing take', expect: '/guides/administrative-processing/', from: 'c59, c72: long AP waits' },
  { query: '180 days', expect: '/guides/administrative-processing/', from: 'facts: 180-day inquiry guidance' },
  { query: 'PIMS', expect: '/glossary/#pims', from: 'c04, c11, c12: "Petition not in PIMS"' },
  { query: 'SAO', expect: '/glossary/#sao', from: 'abbreviation: security advisory opinion' },
  { query: 'case stuck in ap', expect: '/guides/administrative-processing/', from: 'c72: "stuck in administrative processing"' },
  // Refused and its texts
  { query: 'short text', expect: '/guides/long-vs-short-refused-text/', from: 'c05, c08, c15: "Refused (short text)"' },
  { query: 'refused short text', expect: '/status/refused-letter/', from: 'c42, c55: "Refused with the short text"' },
  { query: 'refused long text', expect: '/status/refused-221g/', from: 'c16, c37: "Refused with the long text"' },
  { query: 'another adjudication', expect: '/status/refused-221g/', from: 'a phrase of the long Refused text' },
  { query: 'see the letter you received', expect: '/status/refused-letter/', from: 'a phrase of the short Refused text' },
  { query: 'is refused a denial', expect: '/guides/refused-on-ceac/', from: 'c40: described as "denied" with a 221(g)' },
  { query: 'vissa refused', expect: '/guides/refused-on-ceac/', from: 'misspelling of visa' },
  {
    query: 'officer said approved but ceac says refused',
    expect: '/guides/officer-said-approved-ceac-refused/',
    from: 'c09, c13, c64: told approved, CEAC Refused',
  },
  // Dropbox
  { query: 'dropbox refused', expect: '/guides/dropbox-interview-waiver/', from: 'c16, c37, c43: dropbox then Refused' },
  { query: 'drop box refused', expect: '/guides/dropbox-interview-waiver/', from: 'spacing variant' },
  { query: 'intervew waiver', expect: '/guides/dropbox-interview-waiver/', from: 'misspelling' },
  // Passport
  { query: 'passport returned', expect: '/guides/passport-kept-or-returned/', from: 'c17, c20, c43: passport returned with a 221(g)' },
  { query: 'pasport kept', expect: '/guides/passport-kept-or-returned/', from: 'misspelling; c02, c04: passport kept' },
  {
    query: 'urgent travel passport back',
    expect: '/guides/passport-kept-or-returned/',
    from: 'c16: urgently needed to return to a US job',
  },
  // Status changes
  { query: 'case last updated', expect: '/guides/status-changes-case-last-updated/', from: 'c01, c29, c34: only the date changed' },
  { query: 'application received after interview', expect: '/status/application-received/', from: 'c06, c51: Application Received' },
  { query: 'transfer in progress', expect: '/status/transfer-in-progress/', from: 'IV status wording' },
  { query: 'at nvc', expect: '/status/at-nvc/', from: 'IV status wording' },
  { query: 'no status', expect: '/status/no-status/', from: 'CEAC status wording' },
  // Real refusals
  { query: '214b', expect: '/guides/real-refusal-214b-212f/', from: 'abbreviation without brackets' },
  { query: '214 b', expect: '/guides/real-refusal-214b-212f/', from: 'spacing variant' },
  { query: '212f proclamation', expect: '/guides/real-refusal-214b-212f/', from: 'c28, c36, c39: proclamation cases' },
  { query: 'reapply after 214b', expect: '/guides/real-refusal-214b-212f/', from: 'facts: reapplying after a 214(b) refusal' },
  // Next steps and immigrant visas
  { query: 'congressional inquiry', expect: '/guides/what-to-do-next/', from: 'facts: escalation channels' },
  { query: 'mandamus', expect: '/guides/what-to-do-next/', from: 'facts: escalation channels' },
  { query: 'embasy inquiry', expect: '/guides/what-to-do-next/', from: 'misspelling; c47: has written to the post' },
  { query: 'ds 260', expect: '/glossary/#ds-260', from: 'c27, c38: DS-260 update' },
  { query: 'medical expired', expect: '/guides/immigrant-visa-statuses/', from: 'c77: medical expired during the suspension' },
  // Myths
  { query: 'approval rate', expect: '/guides/myths-and-invented-statistics/', from: 'facts: invented approval statistics' },
  { query: 'cr1 refused', expect: '/guides/immigrant-visa-statuses/', from: 'c29, c34, c46: approved CR1 showing Refused' },
  // Task questions that also have a best bet (src/content/best-bets/): the ordinary results must agree
  {
    query: 'is 221g a rejection',
    expect: '/glossary/#refused',
    from: 'issue 15: is a 221(g) a rejection (the best bet leads to the guide)',
  },
  { query: 'is 221(g) a denial', expect: '/guides/refused-on-ceac/', from: 'issue 15: same question, with brackets' },
  { query: 'refused means denied?', expect: '/guides/refused-on-ceac/', from: 'issue 15: same question, about the word' },
  { query: '221g how long', expect: '/guides/administrative-processing/', from: 'issue 15: how long, typed after the section' },
  { query: 'how long 221-g', expect: '/guides/administrative-processing/', from: 'issue 15: hyphenated section' },
  {
    query: 'h1b stamping',
    expect: '/guides/online-presence-review/',
    from: 'issue 15: H-1B stamping delays (the H-1B guide, not the real-refusal one)',
  },
];
