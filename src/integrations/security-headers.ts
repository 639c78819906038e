/**
 * Two build steps. securityHeaders() drops, from each page's <meta> policy, the hashes of inline
 * scripts and styles that this page does not contain: Astro lists the hashes of every component
 * style on every page, which cost a guide about 600 bytes gzip of its 14 KB budget
 * (docs/design.md §9) and allowed styles the page never has. headersFile(), which runs after every
 * other step has written its files (the search index, the service worker), writes dist/_headers
 * (the format Netlify and Cloudflare Pages read): security headers for every path, and for each
 * section of the site one Content-Security-Policy, the union of its pages' <meta> policies plus
 * frame-ancestors, which only works as a header (headersFileFor, docs/adr/020-first-window.md).
 * tests/e2e serve the site through scripts/serve-dist.mjs, which applies this file, so every
 * browser test runs under the real policy.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { cspFromHtml, headersFileFor, normalizeCsp, withoutUnusedHashes } from '../lib/security/headers';
import { listDistFiles } from './dist-files';
import { sitePathOf } from '../lib/site/dist-paths';

/** The quoted SHA-256 sources of a page's inline scripts and styles, as a CSP would list them. */
function inlineHashes(html: string): string[] {
  const root = parse(html, { blockTextElements: { script: true, style: true } });
  return root
    .querySelectorAll('script:not([src]), style')
    .map((el) => `'sha256-${createHash('sha256').update(el.rawText, 'utf8').digest('base64')}'`);
}

const META_CSP = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'ceac:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await listDistFiles(root)).filter((f) => f.endsWith('.html'));
        let dropped = 0;
        for (const rel of files) {
          const html = await readFile(join(root, rel), 'utf8');
          const csp = cspFromHtml(html);
          if (!csp) throw new Error(`${rel} has no Content-Security-Policy <meta> tag; every page needs one.`);
          const kept = withoutUnusedHashes(csp, new Set(inlineHashes(html)));
          if (kept !== normalizeCsp(csp)) {
            dropped++;
            const escaped = kept.replace(/"/g, '&quot;');
            await writeFile(
              join(root, rel),
              html.replace(META_CSP, (_m, a: string, _b: string, c: string) => a + escaped + c),
            );
          }
        }
        logger.info(`hashes of inline code a page does not have dropped from the policies of ${dropped} of ${files.length} pages`);
      },
    },
  };
}

/** Writes dist/_headers from every page's <meta> policy and the list of built files; list it last. */
export function headersFile(): AstroIntegration {
  return {
    name: 'ceac:headers-file',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await listDistFiles(root)).filter((f) => f !== '_headers');
        const pages: { path: string; csp: string }[] = [];
        for (const rel of files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
          const csp = cspFromHtml(await readFile(join(root, rel), 'utf8'));
          if (!csp) throw new Error(`${rel} has no Content-Security-Policy <meta> tag; every page needs one.`);
          pages.push({ path: sitePathOf(rel), csp });
        }
        const text = headersFileFor(pages, files.map(sitePathOf));
        await writeFile(join(root, '_headers'), text);
        logger.info(`wrote _headers: ${text.split('\n').filter((l) => l.startsWith('/')).length} rules for ${files.length} files`);
      },
    },
  };
}
