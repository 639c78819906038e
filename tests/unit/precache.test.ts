import { describe, expect, test } from 'vitest';
import { cacheVersion, precacheList } from '../../src/lib/offline/precache';

const files = [
  'index.html',
  '404.html',
  'about/index.html',
  'guides/index.html',
  'guides/form-221g/index.html',
  'status/index.html',
  'status/issued/index.html',
  'glossary/index.html',
  'wizard/index.html',
  'wizard/props.json',
  'wizard/step/route/index.html',
  'decode/index.html',
  'timelines/index.html',
  'timelines/dropbox/index.html',
  'pagefind/pagefind.js',
  '_astro/global.abc123.css',
  '_astro/Wizard.def456.js',
  '_astro/logo.png',
  'favicon.svg',
  'sitemap-0.xml',
];

describe('precacheList', () => {
  test('keeps the pages an applicant reopens and the assets they use', () => {
    expect(precacheList(files)).toEqual([
      '/',
      '/404.html',
      '/about/',
      '/decode/',
      '/glossary/',
      '/guides/',
      '/guides/form-221g/',
      '/status/',
      '/status/issued/',
      '/wizard/',
      '/_astro/Wizard.def456.js',
      '/_astro/global.abc123.css',
      '/wizard/props.json',
      '/favicon.svg',
    ]);
  });

  test('leaves out generated wizard steps, timelines pages and the search index', () => {
    const list = precacheList(files);
    expect(list.some((u) => u.startsWith('/wizard/step'))).toBe(false);
    expect(list.some((u) => u.startsWith('/timelines'))).toBe(false);
    expect(list.some((u) => u.startsWith('/pagefind'))).toBe(false);
  });
});

describe('cacheVersion', () => {
  test('is stable for the same files in any order', () => {
    expect(
      cacheVersion([
        ['/a', '1'],
        ['/b', '2'],
      ]),
    ).toBe(
      cacheVersion([
        ['/b', '2'],
        ['/a', '1'],
      ]),
    );
  });
  test('changes when any file changes, is added or is removed', () => {
    const base: Array<[string, string]> = [
      ['/a', '1'],
      ['/b', '2'],
      ['/c', '3'],
    ];
    const version = cacheVersion(base);
    // Each file in turn, first and last included (a version that skipped one file would miss it).
    for (let i = 0; i < base.length; i++) {
      const changed = base.map(([path, hash], j): [string, string] => [path, j === i ? `${hash}x` : hash]);
      expect(cacheVersion(changed), `content of ${base[i]![0]} changed`).not.toBe(version);
    }
    expect(cacheVersion([...base, ['/d', '4']]), 'a file added').not.toBe(version);
    expect(cacheVersion(base.slice(1)), 'the first file removed').not.toBe(version);
  });
});
