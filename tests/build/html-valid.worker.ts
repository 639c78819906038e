/**
 * Validates a list of HTML files with html-validate and posts back each file's problems.
 * Run by tests/build/html-valid.test.ts in a few worker threads, so every page is checked quickly.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { htmlProblems } from './html-validator.ts';

const files = workerData as string[];
const results: Array<[string, string[]]> = [];
for (const file of files) results.push([file, await htmlProblems(readFileSync(file, 'utf8'), file)]);
parentPort!.postMessage(results);
