import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const contentDir = join(import.meta.dirname, '..', '..', 'src', 'content');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

test('no content file is left as a placeholder or a to-do', () => {
  const unfinished = files(contentDir)
    .filter((f) => /\.(mdx|md|yaml|json)$/.test(f))
    // The reported cases are copied research text ("Refused was only a placeholder" in c09's lesson);
    // their own schema and tests/unit/timelines-dataset.test.ts check them.
    .filter((f) => !f.endsWith(join('cases', 'reported-cases.json')))
    // `placeholder:` is a field of the letter fields (what an empty field shows), not a left-over.
    .filter((f) => /\b(PLACEHOLDER(?!s?:)|TODO|TBD|lorem ipsum)\b/i.test(readFileSync(f, 'utf8')))
    .map((f) => f.slice(contentDir.length + 1));
  assert.deepEqual(unfinished, []);
});
