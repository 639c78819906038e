/**
 * axe on the wizard's no-JavaScript step pages, sampled across the whole tree: for every first
 * answer, one question page and one verdict page, and the verdict pages chosen so that every
 * verdict meaning the pages carry is checked at least once. The sample is worked out from dist/,
 * so it follows the rules as they change. Every step page also gets the HTML and link checks in
 * tests/build/ (no browser).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, axeViolations } from './fixtures';

const stepsDir = new URL('../../dist/wizard/steps/', import.meta.url).pathname;

interface StepPage {
  path: string;
  first: string;
  /** The verdict's data-meaning, or undefined for a question page. */
  meaning: string | undefined;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : name === 'index.html' ? [full] : [];
  });
}

const pages: StepPage[] = walk(stepsDir)
  .map((file) => {
    const rel = file.slice(stepsDir.length, -'index.html'.length);
    return {
      path: `/wizard/steps/${rel}`,
      first: rel.split('/')[0] ?? '',
      meaning: /data-meaning="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1],
    };
  })
  .filter((p) => p.first !== '')
  .sort((a, b) => a.path.localeCompare(b.path));

const firsts = [...new Set(pages.map((p) => p.first))];
const allMeanings = new Set(pages.flatMap((p) => (p.meaning ? [p.meaning] : [])));
const covered = new Set<string>();
const sample: StepPage[] = [];
const middle = <T>(list: T[]): T | undefined => list[Math.floor(list.length / 2)];
firsts.forEach((first, k) => {
  const mine = pages.filter((p) => p.first === first);
  // A different depth of the tree for each first answer.
  const questions = mine.filter((p) => !p.meaning);
  const question = questions[Math.floor((questions.length * (k + 1)) / (firsts.length + 1))];
  if (question) sample.push(question);
  const verdicts = mine.filter((p) => p.meaning);
  const fresh = verdicts.filter((p) => !covered.has(p.meaning!));
  const verdict = middle(fresh.length > 0 ? fresh : verdicts);
  if (verdict) {
    sample.push(verdict);
    covered.add(verdict.meaning!);
  }
});
// Meanings no first answer's pick reached yet: one page each.
for (const meaning of allMeanings) {
  if (covered.has(meaning)) continue;
  const p = middle(pages.filter((q) => q.meaning === meaning));
  if (p) sample.push(p);
  covered.add(meaning);
}

test('the sample covers every first answer and every verdict meaning of the step pages', () => {
  expect(new Set(sample.map((p) => p.first))).toEqual(new Set(firsts));
  expect(new Set(sample.flatMap((p) => (p.meaning ? [p.meaning] : [])))).toEqual(allMeanings);
  expect(firsts.length).toBeGreaterThan(1);
});

for (const step of sample) {
  test(`axe finds no WCAG 2.2 AA problems on ${step.path} (${step.meaning ?? 'question'})`, async ({ page }) => {
    const response = await page.goto(step.path);
    expect(response?.status()).toBe(200);
    if (step.meaning) await expect(page.locator('[data-meaning]')).toHaveAttribute('data-meaning', step.meaning);
    else await expect(page.locator('[data-meaning]')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });
}
