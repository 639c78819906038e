import type { DecoderWords } from '../lib/decoder/readings';
import type { HeadingData } from '../lib/decoder/headings';

export type { DecoderWords };

/** What the decode page passes to the decoder island: a status as the reader needs it. */
export interface DecoderStatusView {
  id: string;
  label: string;
  name: string;
  /** The wizard's `status` value for this status (docs/design.md §5.1). */
  wizardStatus: string;
  /** The first guide that explains it. */
  guide?: { href: string; title: string } | undefined;
  texts: { text: string; seen: string }[];
}

/** The decoder island's props, also sent to the browser as JSON (src/pages/decode.astro). */
export interface DecoderProps {
  statuses: DecoderStatusView[];
  /** The readings and advice (src/content/decoder/), passed as data to keep them out of the script. */
  words: DecoderWords;
  /** Status headings in other languages (src/lib/decoder/headings.ts), passed as data. */
  headings: HeadingData;
  /** Link to the wizard only when the site has it (checked at build time). */
  wizard: boolean;
}

/** What every rendering of a wizard question needs: as radios (WizardQuestion) or as links (WizardLinks). */
export interface QuestionViewProps {
  key: import('../lib/wizard/facts').EnumFactKey;
  options: readonly string[];
  /** Earlier answers, for wording that depends on them. */
  facts: import('../lib/wizard/facts').Facts;
  words: import('../lib/wizard/wording').WizardWords;
  /** Step number, for the "Question N" line; the first question is an h2 under the page's intro, later ones are the page's h1. */
  number: number;
  /** The number of questions on every path through this one, if the answers to come do not change it ("Question N of T"). */
  total?: number | undefined;
}
