/** What the decoder island imports. The words (readings.ts) are build-side: the page passes them as props. */
export { variants, isVariant, type Variant } from './variants';
export {
  decodeStatusText,
  buildIndex,
  decodeWithIndex,
  MAX_INPUT,
  type DecoderStatus,
  type DecodeResult,
  type MatchedPhrase,
  confidences,
  unknownReasons,
  type Confidence,
  type Reason,
  type UnknownReason,
} from './decode';
export { highlightSegments, type Segment } from './highlight';
export type { Route } from './readings';
export { readCaseDates, daysSince, agoText, type CaseDates } from './dates';
export { routeFromPaste } from './route';
export type { HeadingData, HeadingWord } from './headings';
