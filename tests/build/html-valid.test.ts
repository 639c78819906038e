/**
 * Every generated HTML page is valid HTML (html-validate, rules in .htmlvalidate.mjs): all of
 * them, including every wizard step page, spread over a few worker threads so the check stays quick.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { builtPageFiles } from './dist.ts';
import { htmlProblems } from './html-validator.ts';

const pages = builtPageFiles();
const results = new Map<string, string[]>();

// A suite, so that its hook stays with these tests when every build check shares one process.
describe('HTML validity', () => {
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

  test('the validator, set up as for the pages, reports a duplicate id, a stray end tag and a missing alt', async () => {
    const broken =
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Broken page</title></head>' +
      '<body><main><p id="a">One</p><p id="a">Two</p></div><img src="/x.png"></main></body></html>';
    const rules = (await htmlProblems(broken, 'broken.html')).map((m) => m.split(' ')[1]);
    for (const rule of ['no-dup-id:', 'close-order:', 'wcag/h37:'])
      assert.ok(rules.includes(rule), `${rule} not reported: ${rules.join(', ')}`);
  });

  test('every built page is validated', () => {
    assert.ok(pages.length > 5, `only ${pages.length} pages`);
    assert.deepEqual(
      pages.filter((p) => !results.has(p.file)).map((p) => p.path),
      [],
    );
  });

  for (const page of pages) {
    test(`${page.path} is valid HTML`, () => {
      const problems = results.get(page.file);
      assert.ok(problems, `${page.path} was not validated`);
      assert.deepEqual(problems, [], page.path);
    });
  }
});
