import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadMeasured } from '../src/lib/measured/import';
test('load', () => {
  const t = Date.now();
  const d = loadMeasured((p) => readFileSync(p, 'utf8'));
  console.log(Date.now() - t, 'ms', Object.entries(d).map(([k, v]) => `${k}:${v.length}`).join(' '));
});
