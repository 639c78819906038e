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
export { decoderWordsFrom, readingVariants, type DecoderWords, type ReadingVariant } from './readings';
