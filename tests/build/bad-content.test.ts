/**
 * A broken content file must fail the build with a message that names the file and the
 * field. Each case copies the project to a temporary folder, breaks one file and runs
 * `astro sync`, which validates every collection entry (the same step `astro build` runs first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const bin = join(root, 'node_modules', '.bin');

const fixtures = join(root, 'tests', 'fixtures', 'content');
const guideFixture = { from: 'valid-guide.mdx', to: 'src/content/guides/zz-fixture.mdx', name: /zz-fixture/ };
const statusFixture = { from: 'valid-status.yaml', to: 'src/content/statuses/zz-fixture.yaml', name: /zz-fixture/ };

/** Copies the project, adds one fixture file changed by `change`, and runs `astro <command>`. */
function runWith(
  command: 'sync' | 'build',
  fixture: typeof guideFixture,
  change: (text: string) => string,
): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ceac-bad-content-'));
  try {
    for (const f of ['src', 'public', 'astro.config.mjs', 'svelte.config.js', 'tsconfig.json', 'package.json']) {
      cpSync(join(root, f), join(dir, f), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, fixture.to), change(readFileSync(join(fixtures, fixture.from), 'utf8')));
    const run = spawnSync(join(bin, 'astro'), [command], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', PATH: `${bin}:${process.env['PATH']}` },
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cases: Array<{ name: string; fixture: typeof guideFixture; change: (t: string) => string; expect: RegExp[] }> = [
  { name: 'a guide with an unknown topic', fixture: guideFixture, change: (t) => t.replace(/^topic: .*$/m, 'topic: visas'), expect: [/topic/] },
  { name: 'a guide without a reviewed date', fixture: guideFixture, change: (t) => t.replace(/^reviewed: .*\n/m, ''), expect: [/reviewed/] },
  {
    name: 'a guide whose description is too long',
    fixture: guideFixture,
    change: (t) => t.replace(/^description: .*$/m, `description: "${'Too long. '.repeat(20)}"`),
    expect: [/description/, /160/],
  },
  {
    name: 'a guide whose only source is not official',
    fixture: guideFixture,
    change: (t) => t.replace(/kind: official/g, 'kind: secondary'),
    expect: [/sources/, /official/],
  },
  { name: 'a guide with broken YAML', fixture: guideFixture, change: (t) => t.replace(/^title: (.*)$/m, 'title: [unclosed'), expect: [] },
  { name: 'a status with a malformed source url', fixture: statusFixture, change: (t) => t.replace(/url: https:\/\/[^\s]+/, 'url: travel.state.gov'), expect: [/url/] },
  { name: 'a status without texts or a textNote', fixture: statusFixture, change: (t) => t.replace(/^textNote: .*\n/m, ''), expect: [/textNote/] },
];

for (const c of cases) {
  test(`the build fails on ${c.name}, naming the file and field`, () => {
    const { status: code, output } = runWith('sync', c.fixture, c.change);
    assert.notEqual(code, 0, `astro sync should fail but exited 0:\n${output.slice(-800)}`);
    for (const re of [c.fixture.name, ...c.expect]) assert.match(output, re, `message should match ${re}:\n${output.slice(-800)}`);
  });
}

test('the unbroken project passes the same check', () => {
  const { status: code, output } = runWith('sync', guideFixture, (t) => t);
  assert.equal(code, 0, output.slice(-800));
});

test('the build fails on a related guide that does not exist, naming the file and field', () => {
  const { status: code, output } = runWith('build', guideFixture, (t) => t.replace(/^related: .*$/m, 'related: [no-such-guide]'));
  assert.notEqual(code, 0, 'astro build should fail');
  assert.match(output, /src\/content\/guides\/zz-fixture\.mdx: related\[0\] "no-such-guide" is not a guide id/);
});

test('the build fails on an unquoted impossible date, which YAML would roll over, naming the file and line', () => {
  const { status: code, output } = runWith('build', guideFixture, (t) => t.replace(/^reviewed: .*$/m, 'reviewed: 2026-02-30'));
  assert.notEqual(code, 0, 'astro build should fail');
  assert.match(output, /zz-fixture\.mdx: line \d+: 2026-02-30 is not a real calendar date/);
});
