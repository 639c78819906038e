/**
 * The decoder's words: what each decoded text tells the reader, how sure the decoder is, and the
 * advice when it cannot place a paste. The words live in src/content/decoder/ (readings.yaml,
 * confidence.yaml, advice.yaml), keyed by the ids below; this turns them into the records the
 * island shows, and fails when an id has no words or words name an unknown id.
 */
import { wordsById } from '../content/words';
import { confidences, unknownReasons, type Confidence, type UnknownReason } from './decode';
import { variants, type Variant } from './variants';

export type ReadingVariant = Exclude<Variant, 'unknown'>;

/** The variants that have a reading: every variant except unknown. */
export const readingVariants = variants.filter((v): v is ReadingVariant => v !== 'unknown');

export interface DecoderWords {
  readings: Record<ReadingVariant, string>;
  confidenceNotes: Record<Confidence, string>;
  unknownAdvice: Record<UnknownReason, string>;
}

type Entries = readonly { id: string; data: { text: string } }[];

const texts = <Id extends string>(record: Record<Id, { text: string }>): Record<Id, string> =>
  Object.fromEntries(Object.entries<{ text: string }>(record).map(([id, w]) => [id, w.text])) as Record<Id, string>;

/** The decoder's words from the three collections' entries. */
export function decoderWordsFrom(entries: { readings: Entries; confidence: Entries; advice: Entries }): DecoderWords {
  return {
    readings: texts(wordsById(readingVariants, entries.readings, 'src/content/decoder/readings.yaml')),
    confidenceNotes: texts(wordsById(confidences, entries.confidence, 'src/content/decoder/confidence.yaml')),
    unknownAdvice: texts(wordsById(unknownReasons, entries.advice, 'src/content/decoder/advice.yaml')),
  };
}
