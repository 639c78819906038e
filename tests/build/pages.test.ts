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

test('every page title is unique', () => {
  const seen = new Map<string, string>();
  for (const page of pages) {
    const title = page.root.querySelector('title')?.text.trim() ?? '';
    assert.ok(!seen.has(title), `${page.path} and ${seen.get(title)} share the title "${title}"`);
    seen.set(title, page.path);
  }
});
