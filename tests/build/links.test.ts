import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir, type BuiltPage } from './dist.ts';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));

function idsOf(page: BuiltPage): Set<string> {
  return new Set(page.root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
}

/** Does this site path exist in dist/ (a page, or a file such as /favicon.svg)? */
function resolves(path: string): boolean {
  if (byPath.has(path)) return true;
  const file = join(distDir, decodeURIComponent(path));
  return existsSync(file) && statSync(file).isFile();
}

test('every internal link and #anchor resolves', () => {
  const broken: string[] = [];
  for (const page of pages) {
    for (const a of page.root.querySelectorAll('a[href], link[href]')) {
      const href = a.getAttribute('href') ?? '';
      if (/^(https?:|mailto:|tel:|data:)/.test(href) || href.startsWith('//')) continue;
      const url = new URL(href, `http://site${page.path}`);
      const target = url.pathname === page.path ? page : byPath.get(url.pathname);
      if (!target && !resolves(url.pathname)) {
        broken.push(`${page.path} → ${href} (no such page)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target && !idsOf(target).has(anchor)) broken.push(`${page.path} → ${href} (no id="${anchor}")`);
    }
  }
  assert.deepEqual(broken, []);
});

test('internal links use the trailing-slash form of page URLs', () => {
  const wrong: string[] = [];
  for (const page of pages) {
    for (const a of page.root.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      if (!href.startsWith('/') || href.startsWith('//')) continue;
      const path = href.split(/[?#]/)[0] ?? '';
      if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) wrong.push(`${page.path} → ${href}`);
    }
  }
  assert.deepEqual(wrong, []);
});
