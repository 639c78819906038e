/**
 * Validates a list of HTML files with html-validate and posts back each file's problems.
 * Run by tests/build/html-valid.test.ts in a few worker threads, so every page is checked quickly.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../.htmlvalidate.mjs';

// One config for every file (the project's .htmlvalidate.mjs): no per-file config lookup.
const validator = new HtmlValidate(new StaticConfigLoader(config));
const files = workerData as string[];
const results: Array<[string, string[]]> = [];
for (const file of files) {
  const report = await validator.validateString(readFileSync(file, 'utf8'), file);
  results.push([file, report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))]);
}
parentPort!.postMessage(results);
