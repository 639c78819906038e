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

function runWith(command: 'sync' | 'build', file: string, change: (text: string) => string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ceac-bad-content-'));
  try {
    for (const f of ['src', 'public', 'astro.config.mjs', 'svelte.config.js', 'tsconfig.json', 'package.json']) {
      cpSync(join(root, f), join(dir, f), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const target = join(dir, file);
    writeFileSync(target, change(readFileSync(target, 'utf8')));
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

const guide = 'src/content/guides/form-221g.mdx';
const status = 'src/content/statuses/issued.yaml';

const cases: Array<{ name: string; file: string; change: (t: string) => string; expect: RegExp[] }> = [
  {
    name: 'a guide with an unknown topic',
    file: guide,
    change: (t) => t.replace(/^topic: .*$/m, 'topic: visas'),
    expect: [/form-221g/, /topic/],
  },
  {
    name: 'a guide without a reviewed date',
    file: guide,
    change: (t) => t.replace(/^reviewed: .*\n/m, ''),
    expect: [/form-221g/, /reviewed/],
  },
  {
    name: 'a guide whose description is too long',
    file: guide,
    change: (t) => t.replace(/^description: .*$/m, `description: "${'Too long. '.repeat(20)}"`),
    expect: [/form-221g/, /description/, /160/],
  },
  {
    name: 'a guide whose only source is not official',
    file: guide,
    change: (t) => t.replace(/kind: official/g, 'kind: secondary'),
    expect: [/form-221g/, /sources/, /official/],
  },
  {
    name: 'a guide with broken YAML',
    file: guide,
    change: (t) => t.replace(/^title: (.*)$/m, 'title: [unclosed'),
    expect: [/form-221g/],
  },
  {
    name: 'a status with a malformed source url',
    file: status,
    change: (t) => t.replace(/url: https:\/\/[^\s]+/, 'url: travel.state.gov'),
    expect: [/issued/, /url/],
  },
];

for (const c of cases) {
  test(`the build fails on ${c.name}, naming the file and field`, () => {
    const { status: code, output } = runWith('sync', c.file, c.change);
    assert.notEqual(code, 0, `astro sync should fail but exited 0:\n${output.slice(-800)}`);
    for (const re of c.expect) assert.match(output, re, `message should match ${re}:\n${output.slice(-800)}`);
  });
}

test('the unbroken project passes the same check', () => {
  const { status: code, output } = runWith('sync', guide, (t) => t);
  assert.equal(code, 0, output.slice(-800));
});

test('the build fails on a related guide that does not exist, naming the file and field', () => {
  const { status: code, output } = runWith('build', guide, (t) => t.replace(/^related: \[/m, 'related: [no-such-guide, '));
  assert.notEqual(code, 0, 'astro build should fail');
  assert.match(output, /src\/content\/guides\/form-221g\.mdx: related\[0\] "no-such-guide" is not a guide id/);
});
