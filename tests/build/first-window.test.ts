/**
 * Does each page's first response fit in the first TCP window (14,600 bytes, headers included)?
 * Counted as scripts/serve-dist.mjs sends it (first-window.ts; docs/adr/020-first-window.md). Lists
 * every guide, the status pages and the home page, largest first, with the header lines that cost most.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPageFiles, distDir } from './dist.ts';
import { FIRST_WINDOW, firstResponse, type FirstResponse } from './first-window.ts';

const paths = builtPageFiles().map((p) => p.path);
const guides = paths.filter((p) => p.startsWith('/guides/'));
const reported = paths.filter((p) => p === '/' || p.startsWith('/status/') || p.startsWith('/posts/'));

const row = (r: FirstResponse) =>
  `${String(r.total).padStart(6)} B  ${String(FIRST_WINDOW - r.total).padStart(5)}  headers ${r.headerBytes}  body ${r.bodyBytes}  ${r.path}`;

test('every guide, status page and the home page fits its first response in the first TCP window', () => {
  assert.ok(guides.length >= 10, `only ${guides.length} pages under /guides/`);
  const all = [...guides, ...reported].map((p) => firstResponse(distDir, p)).sort((a, b) => b.total - a.total);
  const over = all.filter((r) => r.total > FIRST_WINDOW);
  console.log(`first response, margin to ${FIRST_WINDOW} B, headers and body (gzip, chunked):`);
  for (const r of all) console.log(`  ${row(r)}`);
  console.log(
    `header lines of ${all[0]!.path}: ${all[0]!.lines
      .slice(0, 4)
      .map(([name, b]) => `${name} ${b}`)
      .join(', ')}`,
  );
  // docs/design.md §9: a guide's LCP budget (0.9 s on simulated slow 4G) holds only while the page
  // arrives in one round trip; one byte over costs a second one (about 150 ms in the bench).
  assert.deepEqual(
    over.map((r) => `${r.path} ${r.total} B`),
    [],
    `over the first window of ${FIRST_WINDOW} B: shorten the page, or find bytes in what every page carries`,
  );
});
