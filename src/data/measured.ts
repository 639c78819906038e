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
