/**
 * The words of the decoder, the letters and the wizard, read from their collections and matched to the ids the
 * logic uses (src/lib/content/words.ts): a missing or unknown id fails the build with the file named.
 */
import { getCollection } from 'astro:content';
import { decoderWordsFrom, type DecoderWords } from '../lib/decoder/readings';
import { lettersFrom, letterFieldsFrom, type LetterWords } from '../lib/templates/letters';
import { wizardWordsFrom } from '../lib/wizard/words-from';
import type { WizardWords } from '../lib/wizard/wording';
import { reloadNoticeFrom, type ReloadNoticeWords } from '../lib/content/reload-notice';

export async function getDecoderWords(): Promise<DecoderWords> {
  const [readings, confidence, advice] = await Promise.all([
    getCollection('decoderReadings'),
    getCollection('decoderConfidence'),
    getCollection('decoderAdvice'),
  ]);
  return decoderWordsFrom({ readings, confidence, advice });
}

export async function getLetterWords(): Promise<LetterWords> {
  const [letters, fields] = await Promise.all([getCollection('letters'), getCollection('letterFields')]);
  return { letters: lettersFrom(letters), ...letterFieldsFrom(fields) };
}

let wizard: Promise<WizardWords> | undefined;

/** The wizard's words, read and checked once per build (every step page uses them). */
export function getWizardWords(): Promise<WizardWords> {
  wizard ??= Promise.all([getCollection('wizardQuestions'), getCollection('wizardTiming'), getCollection('wizardPhrases')]).then(
    ([questions, timing, phrases]) => wizardWordsFrom({ questions, timing, phrases }),
  );
  return wizard;
}

/** The notice for a part of a page whose script could not be loaded, and its button. */
export async function getReloadNoticeWords(): Promise<ReloadNoticeWords> {
  return reloadNoticeFrom(await getCollection('reloadNotice'));
}
