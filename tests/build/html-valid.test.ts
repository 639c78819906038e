import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPages } from './dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
// Validate every page kind, but not thousands of near-identical generated pages: at most 40
// pages per top-level section keeps this fast while still covering each template.
const perSection = new Map<string, number>();
const sample = builtPages().filter((p) => {
  const section = p.path.split('/')[1] ?? '';
  const n = perSection.get(section) ?? 0;
  perSection.set(section, n + 1);
  return n < 40;
});

for (const page of sample) {
  test(`${page.path} is valid HTML`, async () => {
    const report = await validator.validateFile(page.file);
    const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    assert.deepEqual(problems, [], `${page.path}`);
  });
}
