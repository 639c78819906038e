/**
 * The shape of the outcome words as the views receive them (built by src/data/outcomes.ts from the
 * validated collection). Plain types with no zod, so the browser bundle does not pull the schema in.
 */
import type { Meaning } from './facts';
import type { TimingKind } from './timing';

export interface OutcomeSource {
  title: string;
  url: string;
  publisher: string;
  kind: 'official' | 'secondary' | 'community';
  note?: string;
}

export interface OutcomeContent {
  meaning: Meaning;
  title: string;
  summary: string;
  doNow: string[];
  dontDo: string[];
  worryWhen: string[];
  changes: string[];
  timing: TimingKind[];
  lapse?: { afterDays: number; becomes: string; basis: string } | undefined;
  reported?: { text: string; reports: number; period: string; where: string } | undefined;
  guides: string[];
  statuses: string[];
  sources: OutcomeSource[];
  reviewed: string;
}

export interface WizardContent {
  outcomes: Record<string, OutcomeContent>;
  guideTitles: Record<string, string>;
  statusNames: Record<string, string>;
}
