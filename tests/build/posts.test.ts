/**
 * Build checks for the embassy and consulate pages: every post page has an official source on an
 * embassy, consulate or State Department site, a checked date on every fact, and https inquiry
 * links; each page stays within a guide's 14 KB of HTML and CSS (docs/design.md §9); the index
 * links every post; the planner offers every post.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { builtPages, pageAt, readDist } from './dist.ts';

const OFFICIAL_HOSTS = ['usembassy.gov', 'usconsulate.gov', 'state.gov', 'usembassy-china.org.cn'];
const isOfficialHost = (url: string) => {
  const host = new URL(url).hostname;
  return OFFICIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
};

const postPages = builtPages().filter((p) => /^\/posts\/[^/]+\/$/.test(p.path));

test('at least 25 post pages were built', () => {
  assert.ok(postPages.length >= 25, `found ${postPages.length} post pages`);
});

for (const page of postPages) {
  test(`${page.path} has an official embassy or State Department source, checked dates and https inquiry links`, () => {
    const official = page.root.querySelectorAll('.sources li').filter((li) => li.querySelector('.kind-official'));
    assert.ok(official.length >= 1, 'no official source listed');
    const hrefs = official.map((li) => li.querySelector('a')?.getAttribute('href') ?? '');
    assert.ok(hrefs.some(isOfficialHost), `no official source on ${OFFICIAL_HOSTS.join(', ')}: ${hrefs.join(', ')}`);

    const checked = page.root.querySelectorAll('time[data-checked]').map((t) => t.getAttribute('datetime') ?? '');
    assert.ok(checked.length >= 2, 'expected a checked date on the inquiry channel and the waiting guidance');
    for (const date of checked) assert.match(date, /^\d{4}-\d{2}-\d{2}$/);
    // Every fact carries its own checked date.
    assert.equal(page.root.querySelectorAll('.fact').length, checked.length, 'a fact without a checked date');

    const links = page.root.querySelectorAll('a[data-inquiry-link]').map((a) => a.getAttribute('href') ?? '');
    assert.ok(links.length >= 1, 'no inquiry link');
    for (const href of links) assert.match(href, /^https:\/\//, `inquiry link ${href} is not https`);
    assert.ok(page.root.querySelector(`a[href="/next-steps/?post=${page.path.split('/')[2]}"]`), 'no link to the planner for this post');
  });
}

for (const page of postPages) {
  test(`${page.path} HTML + CSS is at most 14 KB gzip, as a guide`, () => {
    const css = page.root.querySelectorAll('link[rel="stylesheet"]').map((l) => readDist(l.getAttribute('href') ?? ''));
    const bytes = gzipSync(Buffer.from(page.html)).length + css.reduce((n, c) => n + gzipSync(c).length, 0);
    assert.ok(bytes <= 14 * 1024, `${page.path}: HTML + CSS is ${bytes} bytes gzip, budget ${14 * 1024}`);
  });
}

test('/posts/ links every post page', () => {
  const index = pageAt('/posts/');
  assert.ok(index, '/posts/ was not built');
  const linked = new Set(index.root.querySelectorAll('a[href^="/posts/"]').map((a) => a.getAttribute('href')));
  const missing = postPages.map((p) => p.path).filter((path) => !linked.has(path));
  assert.deepEqual(missing, []);
});

test('the planner offers every post, and only posts that have a page', () => {
  const planner = pageAt('/next-steps/');
  assert.ok(planner, '/next-steps/ was not built');
  const ids = planner.root
    .querySelectorAll('#p-post option')
    .map((o) => o.getAttribute('value') ?? '')
    .filter((v) => v !== '');
  assert.deepEqual([...ids].sort(), postPages.map((p) => p.path.split('/')[2]).sort());
});
