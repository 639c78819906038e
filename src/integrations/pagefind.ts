/**
 * Builds the Pagefind search index from the finished site, inside `astro build`.
 *
 * Why the Node API and not `pagefind --site dist` after the build: `astro build` alone then
 * produces a complete site, and every error Pagefind reports fails the build (the
 * astro-pagefind package logs indexing errors and carries on, so a broken index would ship).
 *
 * Glossary entries are indexed one record per term (`/glossary/#<id>`), so "PIMS" finds the
 * PIMS entry with its own title and aliases instead of the whole glossary page.
 *
 * Each page is handed to Pagefind as text rather than by directory, so that its table cells can be
 * adjusted first (src/lib/search/index-copy.ts says why); the files on disk are not touched.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { glossaryRecords, GLOSSARY_ENTRY_SELECTOR } from '../lib/search/glossary-records';
import { indexCopy } from '../lib/search/index-copy';
import { listDistFiles } from './dist-files';

/**
 * Word-index chunk size, in Pagefind's unit (word locations, not bytes). Pagefind's default gives
 * ~28 KB chunks on this site, and a query loads one chunk per word range it touches, which alone
 * broke the 100 KB first-query budget (wasm + pagefind.js are ~73 KB of it). 1000 gives chunks of
 * about 1.5–3 KB, and their size stays the same as content grows (there are just more of them).
 * Pagefind reads this from the environment of its indexing process ("UNSTABLE": if a release
 * drops it, the first-query test in tests/e2e/search.spec.ts fails and says by how much).
 */
const INDEX_CHUNK_SIZE = '1000';

/** Where the glossary page is built; its entries are indexed separately. */
const GLOSSARY_FILE = 'glossary/index.html';

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

async function buildIndex(distDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  // The Pagefind service is spawned by the first call below and inherits this environment.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
  const created = await pagefind.createIndex({
    forceLanguage: 'en',
    excludeSelectors: [
      // The glossary page keeps its heading and intro in the index; each entry becomes its own record below.
      GLOSSARY_ENTRY_SELECTOR,
      // The byline under a title ("221(g) and administrative processing · Reviewed …"): it repeats the
      // topic name on every page of a topic, which made every such page match those words, and it
      // crowded the excerpts. Filters and meta inside it are still read.
      '[data-pagefind-body] > p.meta',
      // Source lists, citation markers and the "statuses this guide explains" tags: publisher names,
      // dates and status names repeated on every page. They matched everything and made each result
      // fragment (downloaded per result shown) larger.
      '[data-pagefind-body] .sources',
      '[data-pagefind-body] .cite',
      '[data-pagefind-body] .covers',
    ],
  });
  if (created.errors.length > 0 || !created.index) fail('createIndex', created.errors);
  const { index } = created;

  // Only pages with an indexed body: Pagefind would skip the others anyway, since the site uses
  // data-pagefind-body. Its own files under pagefind/ are not pages.
  const files = (await listDistFiles(distDir)).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
  let pageCount = 0;
  for (const sourcePath of files) {
    const html = await readFile(join(distDir, sourcePath), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const added = await index.addHTMLFile({ sourcePath, content: indexCopy(html) });
    if (added.errors.length > 0) fail(`addHTMLFile(${sourcePath})`, added.errors);
    pageCount++;
  }

  let glossaryCount = 0;
  const glossaryPath = join(distDir, GLOSSARY_FILE);
  if (existsSync(glossaryPath)) {
    const records = glossaryRecords(await readFile(glossaryPath, 'utf8'), '/glossary/');
    for (const record of records) {
      const added = await index.addHTMLFile({ url: record.url, content: indexCopy(record.html) });
      if (added.errors.length > 0) fail(`addHTMLFile(${record.url})`, added.errors);
    }
    glossaryCount = records.length;
  }

  const written = await index.writeFiles({ outputPath: join(distDir, 'pagefind') });
  if (written.errors.length > 0) fail('writeFiles', written.errors);

  const ms = Math.round(performance.now() - started);
  logger.info(
    `indexed ${pageCount} of ${files.length} HTML files (those with data-pagefind-body) and ${glossaryCount} glossary entries in ${ms} ms`,
  );
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'ceac:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        try {
          await buildIndex(fileURLToPath(dir), logger);
        } finally {
          // Stops the Pagefind binary; without it the build process would wait on the open service.
          await pagefind.close();
        }
      },
    },
  };
}
