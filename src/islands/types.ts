import type { confidenceNotes, readings, unknownAdvice } from '../lib/decoder/readings';

/** What the decode page passes to the decoder island: a status as the reader needs it. */
export interface DecoderStatusView {
  id: string;
  label: string;
  name: string;
  /** The wizard's `status` value for this status (DESIGN.md §5.1). */
  wizardStatus: string;
  /** The first guide that explains it. */
  guide?: { href: string; title: string } | undefined;
  texts: { text: string; seen: string }[];
}

/** The decoder's words, from src/lib/decoder/readings.ts. */
export interface DecoderWords {
  readings: typeof readings;
  confidenceNotes: typeof confidenceNotes;
  unknownAdvice: typeof unknownAdvice;
}
