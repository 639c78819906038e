/**
 * The wizard's words as the pages get them (src/data/words.ts), read from src/content/wizard/
 * without a build: each entry checked against its schema, the whole against the logic.
 */
import { phrasesSchema, questionWordsSchema, timingWordsSchema } from '../../src/schemas/wizard-words';
import { PHRASES_FILE, QUESTIONS_FILE, TIMING_FILE, wizardWordsFrom, type WizardWordEntries } from '../../src/lib/wizard/words-from';
import { fileEntries } from './words-data';

export const wizardWordEntries: WizardWordEntries = {
  questions: fileEntries(questionWordsSchema, QUESTIONS_FILE),
  timing: fileEntries(timingWordsSchema, TIMING_FILE),
  phrases: fileEntries(phrasesSchema, PHRASES_FILE),
};

export const wizardWords = wizardWordsFrom(wizardWordEntries);
