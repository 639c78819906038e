import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages } from './dist.ts';

const pages = builtPages();

test('the build produced pages', () => {
  assert.ok(pages.length > 5, `only ${pages.length} HTML pages in dist/`);
});

for (const page of pages) {
  test(`${page.path} has one h1, a title, a meta description and a canonical link`, () => {
    const h1s = page.root.querySelectorAll('h1');
    assert.equal(h1s.length, 1, `${page.path}: ${h1s.length} <h1> elements`);
    assert.ok(page.root.querySelector('title')?.text.trim(), `${page.path}: empty <title>`);
    const description = page.root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    assert.ok(description.length >= 30, `${page.path}: meta description missing or too short`);
    assert.ok(page.root.querySelector('link[rel="canonical"]')?.getAttribute('href'), `${page.path}: no canonical link`);
    assert.equal(page.root.querySelector('html')?.getAttribute('lang'), 'en', `${page.path}: <html lang> missing`);
  });
}

const isStep = (path: string) => path.startsWith('/wizard/steps/');
const titleOf = (page: (typeof pages)[number]) => page.root.querySelector('title')?.text.trim() ?? '';

// The wizard's step pages are named after their step, as the island names it (src/lib/wizard/titles.ts):
// two paths that reach the same question or the same verdict share a title on purpose.
test('every page title is unique, apart from the wizard step pages', () => {
  const seen = new Map<string, string>();
  for (const page of pages.filter((p) => !isStep(p.path))) {
    const title = titleOf(page);
    assert.ok(!seen.has(title), `${page.path} and ${seen.get(title)} share the title "${title}"`);
    seen.set(title, page.path);
  }
});

test('each wizard step page is titled after its h1: the question and its number, or "Result:" and the verdict', () => {
  const steps = pages.filter((p) => isStep(p.path));
  assert.ok(steps.length > 100, `only ${steps.length} step pages`);
  const wizardTitle = titleOf(pages.find((p) => p.path === '/wizard/')!);
  for (const page of steps) {
    const title = titleOf(page);
    const h1 = page.root.querySelector('h1')?.text.trim() ?? '';
    const step = page.root.querySelector('.question-links .step')?.text.trim();
    const site = wizardTitle.slice(wizardTitle.lastIndexOf(' · '));
    const expected =
      page.path === '/wizard/steps/'
        ? wizardTitle
        : page.root.querySelector('[data-meaning]')
          ? `Result: ${h1}${site}`
          : `${h1} – ${step}${site}`;
    assert.equal(title, expected, page.path);
    assert.doesNotMatch(title, /javascript/i, page.path);
    // No raw answer codes from the address (refused-long, f-m-j, 221g …) in the title or its preview.
    const codes = page.path
      .split('/')
      .slice(3, -1)
      .map((segment) => segment.slice(segment.indexOf('-') + 1))
      .filter((v) => /[-\d]/.test(v));
    // (The description is the verdict's summary or the question, human text that may hyphenate words.)
    for (const code of codes) assert.ok(!title.includes(code), `${page.path}: "${code}" in "${title}"`);
    assert.doesNotMatch(page.root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '', /javascript/i, page.path);
  }
});
