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
export { readings, confidenceNotes, unknownAdvice } from './readings';
