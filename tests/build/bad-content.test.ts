/**
 * A broken content file must fail the build with a message that names the file and the field.
 *
 * Every way to break a file (tests/fixtures/content/bad-cases.ts) is checked against the schemas
 * directly by tests/unit/content-fixtures.test.ts, which is fast. Here, one copy of the project
 * checks the wiring with real Astro runs: `astro sync` (the step `astro build` runs first) on a
 * schema error and on broken YAML, and one `astro build` on the checks that run after the schemas
 * (references between collections, impossible dates), which must report every problem at once.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { badCases, fixtureFiles } from '../fixtures/content/bad-cases.ts';

const root = resolve(import.meta.dirname, '..', '..');
const bin = join(root, 'node_modules', '.bin');
const fixtures = join(root, 'tests', 'fixtures', 'content');
const read = (kind: 'guide' | 'status') => readFileSync(join(fixtures, fixtureFiles[kind].from), 'utf8');

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ceac-bad-content-'));
  for (const f of ['src', 'public', 'astro.config.mjs', 'svelte.config.js', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, f), join(dir, f), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Writes both fixtures into the copy (the guide and status as given), then runs `astro <command>`. */
function runWith(command: 'sync' | 'build', files: { guide: string; status: string }): { status: number | null; output: string } {
  writeFileSync(join(dir, fixtureFiles.guide.to), files.guide);
  writeFileSync(join(dir, fixtureFiles.status.to), files.status);
  const run = spawnSync(join(bin, 'astro'), [command], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', PATH: `${bin}:${process.env['PATH']}` },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function broken(name: string) {
  const c = badCases.find((b) => b.name === name);
  if (!c) throw new Error(`no bad case named ${name}`);
  const files = { guide: read('guide'), status: read('status') };
  files[c.fixture] = c.change(files[c.fixture]);
  return { files, c };
}

test('the build fails on a schema error, naming the file and the field', () => {
  const { files, c } = broken('a status without texts or a textNote');
  const { status: code, output } = runWith('sync', files);
  assert.notEqual(code, 0, `astro sync should fail but exited 0:\n${output.slice(-800)}`);
  assert.match(output, /statuses\/zz-fixture\.yaml/, output.slice(-800));
  for (const re of c.expect) assert.match(output, re, `message should match ${re}:\n${output.slice(-800)}`);
});

test('the build fails on broken YAML, naming the file', () => {
  const { files } = broken('a guide with broken YAML');
  const { status: code, output } = runWith('sync', files);
  assert.notEqual(code, 0, `astro sync should fail but exited 0:\n${output.slice(-800)}`);
  assert.match(output, /guides\/zz-fixture\.mdx/, output.slice(-800));
});

test('the build fails on a related guide that does not exist and on an unquoted impossible date, naming file, field and line, both at once', () => {
  // YAML rolls 2026-02-30 over to 2 March, so the schema passes: the check after it must catch it.
  const guide = read('guide')
    .replace(/^related: .*$/m, 'related: [no-such-guide]')
    .replace(/^reviewed: .*$/m, 'reviewed: 2026-02-30');
  const { status: code, output } = runWith('build', { guide, status: read('status') });
  assert.notEqual(code, 0, 'astro build should fail');
  assert.match(output, /src\/content\/guides\/zz-fixture\.mdx: related\[0\] "no-such-guide" is not a guide id/);
  assert.match(output, /zz-fixture\.mdx: line \d+: 2026-02-30 is not a real calendar date/);
  // Getting this far means both fixtures passed the schemas (sync runs first); nothing else is wrong with them.
  const problems = output.split('\n').filter((l) => /zz-fixture/.test(l) && /: (line \d+|related|statuses|guides)/.test(l));
  assert.equal(new Set(problems.map((l) => l.trim())).size, 2, problems.join('\n'));
});
