import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const contentDir = join(import.meta.dirname, '..', '..', 'src', 'content');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

test('no content file is left as a placeholder or a to-do', () => {
  const unfinished = files(contentDir)
    .filter((f) => /\.(mdx|md|yaml|json)$/.test(f))
    .filter((f) => /\b(PLACEHOLDER|TODO|TBD|lorem ipsum)\b/i.test(readFileSync(f, 'utf8')))
    .map((f) => f.slice(contentDir.length + 1));
  assert.deepEqual(unfinished, []);
});
