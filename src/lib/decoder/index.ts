export { variants, isVariant, type Variant } from './variants';
export {
  decodeStatusText,
  buildIndex,
  decodeWithIndex,
  MAX_INPUT,
  type DecoderStatus,
  type DecodeResult,
  type MatchedPhrase,
  type Confidence,
  type Reason,
} from './decode';
export { highlightSegments, type Segment } from './highlight';
export { readings, confidenceNotes, unknownAdvice, byRoute, routeQuestion, refusedWordOnly, translatedNote, dateWords, type Route } from './readings';
export { readCaseDates, daysSince, agoText, type CaseDates } from './dates';
export { routeFromPaste } from './route';
export type { HeadingData, HeadingWord } from './headings';
