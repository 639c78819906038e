/**
 * The measured data sets (data/, described in data/README.md), read once per build and turned
 * into every figure the pages print. A bad row stops the build with its file and line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMeasured, type Manifest } from '../lib/measured/import';
import { computeMeasured, type Measured, type Periods } from '../lib/measured/figures';
import type { MeasuredData } from '../lib/measured/types';
import { choosePeriods } from '../lib/measured/periods';
import { figuresOf, recentCohort } from '../lib/measured/checkee';
import { dayName, periodName } from '../lib/measured/words';
import { tooFewWords } from '../lib/timelines/km';
import { measuredWaitText, type MeasuredWait, type MeasuredWaits, type WizardVisa } from '../lib/timelines/measured-wait';
import type { VisaKind } from '../lib/measured/types';

const root = process.cwd();
const read = (path: string) => readFileSync(join(root, path), 'utf8');

let loaded: { data: MeasuredData; manifest: Manifest; periods: Periods; figures: Measured } | undefined;

export function getMeasured(): { data: MeasuredData; manifest: Manifest; periods: Periods; figures: Measured } {
  if (!loaded) {
    const manifest = JSON.parse(read('data/sources.json')) as Manifest;
    const data = loadMeasured(read, manifest);
    const periods = choosePeriods(data, manifest);
    loaded = { data, manifest, periods, figures: computeMeasured(data, periods) };
  }
  return loaded;
}

/**
 * The wizard visa answers that checkee's nonimmigrant cases can speak for, and the visa kinds each
 * one covers (no M visas are logged; "other nonimmigrant" uses every logged case). Immigrant
 * visas get no measured line: checkee has none, and DV 221(g)s are mostly document requests.
 */
const wizardVisaKinds: Partial<Record<WizardVisa, { kinds: VisaKind[] | undefined; group: string }>> = {
  b: { kinds: ['b'], group: 'B visitor visas' },
  'f-m-j': { kinds: ['f', 'j'], group: 'F and J student and exchange visas' },
  'h-l': { kinds: ['h', 'l'], group: 'H and L work visas' },
  'other-niv': { kinds: undefined, group: 'all nonimmigrant visas' },
};

let waits: MeasuredWaits | undefined;

/** The wizard's measured timing lines (src/lib/timelines/measured-wait.ts), computed once per build. */
export function getMeasuredWaits(): MeasuredWaits {
  if (waits) return waits;
  const { data, periods } = getMeasured();
  const make = (kinds: VisaKind[] | undefined, group: string): MeasuredWait => {
    const c = recentCohort(data.checkeeRecent, data.checkeeMonths, { ...periods.recent, visa: kinds });
    const km = figuresOf(c.km);
    const done = figuresOf(c.completedOnly);
    const base = {
      group,
      n: c.n,
      pending: c.pending,
      median: km.median,
      completedMedian: done.median,
      period: periodName(periods.recent),
      followUp: dayName(c.followUp),
      source: 'self-reported cases on checkee.info',
      href: '/timelines/security-checks/',
    };
    return { ...base, text: measuredWaitText(base, tooFewWords(km.outcomes)) };
  };
  const byVisa: MeasuredWaits['byVisa'] = {};
  for (const [visa, spec] of Object.entries(wizardVisaKinds)) byVisa[visa as WizardVisa] = make(spec!.kinds, spec!.group);
  waits = { all: make(undefined, 'all nonimmigrant visas'), byVisa };
  return waits;
}
