/**
 * Every generated HTML page is valid HTML (html-validate, rules in .htmlvalidate.mjs): all of
 * them, including every wizard step page, spread over a few worker threads so the check stays quick.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { builtPageFiles } from './dist.ts';

const pages = builtPageFiles();
const results = new Map<string, string[]>();

before(async () => {
  const workers = Math.max(1, Math.min(4, availableParallelism()));
  const slices = Array.from({ length: workers }, (_, i) => pages.filter((_, j) => j % workers === i).map((p) => p.file));
  const parts = await Promise.all(
    slices.map(
      (files) =>
        new Promise<Array<[string, string[]]>>((resolve, reject) => {
          const worker = new Worker(new URL('./html-valid.worker.ts', import.meta.url), { workerData: files });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`html-validate worker exited with ${code}`)));
        }),
    ),
  );
  for (const part of parts) for (const [file, problems] of part) results.set(file, problems);
});

test('every built page is validated', () => {
  assert.equal(results.size, pages.length);
});

for (const page of pages) {
  test(`${page.path} is valid HTML`, () => {
    const problems = results.get(page.file);
    assert.ok(problems, `${page.path} was not validated`);
    assert.deepEqual(problems, [], page.path);
  });
}
