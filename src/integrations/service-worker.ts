/**
 * Writes dist/sw.js after the build: a small service worker that keeps the guides, status
 * pages, glossary, wizard and decoder readable offline after the first visit. The cache name
 * carries a hash of every precached file, so each deploy with changes gets a fresh cache and
 * the old one is deleted. See docs/adr/003-offline.md.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheVersion, precacheList } from '../lib/offline/precache';
import { listDistFiles } from './dist-files';
import { distFileOf } from '../lib/site/dist-paths';

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'ceac:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await listDistFiles(root);
        const urls = precacheList(files);
        const hashes: Array<[string, string]> = [];
        for (const url of urls) {
          hashes.push([
            url,
            createHash('sha256')
              .update(await readFile(join(root, distFileOf(url))))
              .digest('hex'),
          ]);
        }
        const template = await readFile(fileURLToPath(new URL('./sw-template.js', import.meta.url)), 'utf8');
        const sw = template.replace('__CACHE_VERSION__', cacheVersion(hashes)).replace('__PRECACHE__', JSON.stringify(urls));
        await writeFile(join(root, 'sw.js'), sw);
        logger.info(`sw.js precaches ${urls.length} files`);
      },
    },
  };
}
