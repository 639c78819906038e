#!/usr/bin/env node
/**
 * `npm test`: every test, in the order that fails fastest.
 *   0. lint (ESLint over TypeScript, Astro and Svelte files), then format (Prettier --check)
 *   1. unit tests (Vitest) over src/lib and the schemas
 *   2. astro check (types), then a production build (it fails on bad content)
 *   3. build checks (node --test) over dist/
 *   4. browser tests (Playwright, system Chromium) against the built site
 * Prints one summary line at the end: "tests N passed, M failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const stages = [
  { name: 'lint', cmd: ['npx', 'eslint', '.'] },
  // Every file Prettier reads (.prettierignore says which it leaves alone, and why); `npm run format` fixes it.
  { name: 'format', cmd: ['npx', 'prettier', '--check', '--log-level', 'warn', '.'] },
  { name: 'unit', cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-reports/unit.json'] },
  { name: 'types', cmd: ['npx', 'astro', 'check', '--minimumSeverity', 'warning'] },
  // Later stages need the built site, so a failed build stops the run; other failures do not,
  // so one run shows every failing stage.
  { name: 'build', cmd: ['npx', 'astro', 'build'], required: true },
  // One process for every build-check file (--test-isolation=none): the files share one read and
  // one parse of the 2,000-odd built pages (tests/build/dist.ts) instead of parsing them each.
  {
    name: 'build checks',
    cmd: [
      'node',
      '--test',
      '--test-isolation=none',
      '--test-reporter=spec',
      '--test-reporter=./scripts/count-reporter.mjs',
      '--test-reporter-destination=stdout',
      '--test-reporter-destination=test-reports/build.json',
      'tests/build/*.test.ts',
    ],
  },
  { name: 'browser', cmd: ['npx', 'playwright', 'test'] },
];

rmSync('test-reports', { recursive: true, force: true });
mkdirSync('test-reports', { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const results = [];
for (const stage of stages) {
  const started = Date.now();
  console.log(`\n=== ${stage.name}: ${stage.cmd.join(' ')}`);
  const run = spawnSync(stage.cmd[0], stage.cmd.slice(1), { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name: stage.name, ok: run.status === 0, seconds });
  if (run.status !== 0) {
    console.error(`\n=== ${stage.name} failed (exit ${run.status}) after ${seconds}s`);
    if (stage.required) break;
  }
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}
let passed = 0;
let failed = 0;
const unit = readJson('test-reports/unit.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
}
const build = readJson('test-reports/build.json');
if (build) {
  passed += build.passed ?? 0;
  failed += build.failed ?? 0;
}
const e2e = readJson('test-reports/e2e.json');
if (e2e?.stats) {
  passed += e2e.stats.expected ?? 0;
  failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
}

const stageFailed = results.some((r) => !r.ok) || results.length < stages.length;
console.log('\n' + results.map((r) => `${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds}s)`).join('\n'));
if (stageFailed && failed === 0) failed = 1; // a stage that crashed before reporting still fails the run
console.log(`tests ${passed} passed, ${failed} failed`);
process.exit(stageFailed ? 1 : 0);
