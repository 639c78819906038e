/**
 * Build checks for dist/_headers (docs/adr/002-security-headers.md, docs/adr/013-inline-css.md,
 * docs/adr/020-first-window.md): one rule per section of the site whatever the number of pages
 * (Cloudflare Pages accepts 100 rules of at most 2,000 characters a line), exactly one
 * Content-Security-Policy for every built file's address, and every inline <style> or <script> of
 * every built page allowed by its hash, both by the header policy of its address and by the page's
 * own <meta> policy (a browser enforces both, so a hash missing from either blocks the style).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPageFiles, distDir } from './dist.ts';
import { listDistFiles } from '../../src/integrations/dist-files.ts';
import { cspFromHtml, headersForPath, parseCsp, parseHeadersFile, sectionOf } from '../../src/lib/security/headers.ts';
import { sitePathOf } from '../../src/lib/site/dist-paths.ts';

/** More rules than this means the file grew with the pages, not with the sections; Cloudflare Pages stops at 100. */
const MAX_RULES = 40;
/** Cloudflare Pages reads at most 2,000 characters of a _headers line. */
const MAX_LINE = 2000;

const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
const withCsp = rules.filter((r) => 'Content-Security-Policy' in r.headers);

/** An inline element's text, hashed as a browser hashes it for a CSP. */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hash sources of a page's inline <style> and <script> elements (style and script are raw text: they end at the first closing tag). */
function inlineHashes(html: string): { styles: string[]; scripts: string[] } {
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => sha256(m[1]!));
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\ssrc=/i.test(m[1]!) && !/type="application\/(ld\+)?json"/i.test(m[1]!))
    .map((m) => sha256(m[2]!));
  return { styles, scripts };
}

test(`_headers has at most ${MAX_RULES} rules, none with a line over ${MAX_LINE} characters`, () => {
  assert.ok(rules.length <= MAX_RULES, `_headers has ${rules.length} rules: ${rules.map((r) => r.pattern).join(', ')}`);
  const long = readFileSync(join(distDir, '_headers'), 'utf8')
    .split('\n')
    .filter((l) => l.length > MAX_LINE);
  assert.deepEqual(
    long.map((l) => `${l.slice(0, 60)}… (${l.length})`),
    [],
  );
});

test('every built file gets exactly one Content-Security-Policy, and "/*" none', async () => {
  assert.equal(rules[0]?.pattern, '/*');
  assert.equal(rules[0]?.headers['Content-Security-Policy'], undefined);
  const files = (await listDistFiles(distDir)).filter((f) => f !== '_headers');
  const wrong: string[] = [];
  for (const path of new Set([...files.map(sitePathOf), ...files.map((f) => `/${f}`)])) {
    const n = withCsp.filter((r) => headersForPath([r], path)['Content-Security-Policy']).length;
    if (n !== 1) wrong.push(`${path}: ${n} policies`);
  }
  assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} addresses`);
});

test("no header policy allows 'unsafe-inline' or 'unsafe-eval'", () => {
  for (const rule of withCsp) assert.doesNotMatch(rule.headers['Content-Security-Policy']!, /'unsafe-inline'|'unsafe-eval'/, rule.pattern);
});

test('every inline style and script on every page is allowed by its hash in the header and the page policy', () => {
  const missing: string[] = [];
  const distinctStyles = new Set<string>();
  const usedIn = new Map<string, string[]>();
  const pages = builtPageFiles();
  const notFound = inlineHashes(readFileSync(pages.find((p) => p.path === '/404.html')!.file, 'utf8'));
  for (const { path, file } of pages) {
    const html = readFileSync(file, 'utf8');
    const header = parseCsp(headersForPath(rules, path)['Content-Security-Policy'] ?? '');
    const headerStyles = new Set(header.get('style-src') ?? []);
    const headerScripts = new Set(header.get('script-src') ?? []);
    const meta = parseCsp(cspFromHtml(html) ?? '');
    const metaStyles = new Set(meta.get('style-src') ?? []);
    const metaScripts = new Set(meta.get('script-src') ?? []);
    const { styles, scripts } = inlineHashes(html);
    for (const section of new Set([sectionOf(path), sectionOf(path.endsWith('/') ? `${path}index.html` : path)]))
      usedIn.set(section, [...(usedIn.get(section) ?? []), ...styles, ...scripts]);
    for (const h of styles) {
      distinctStyles.add(h);
      if (!headerStyles.has(h)) missing.push(`${path}: style ${h} not in the _headers policy`);
      if (!metaStyles.has(h)) missing.push(`${path}: style ${h} not in the page's <meta> policy`);
    }
    for (const h of scripts) {
      if (!headerScripts.has(h)) missing.push(`${path}: script ${h} not in the _headers policy`);
      if (!metaScripts.has(h)) missing.push(`${path}: script ${h} not in the page's <meta> policy`);
    }
  }
  // Any missing address in a folder is answered with 404.html: each folder's policy allows its styles and scripts.
  for (const rule of withCsp.filter((r) => r.pattern.endsWith('/*'))) {
    const policy = parseCsp(rule.headers['Content-Security-Policy']!);
    for (const h of notFound.styles) if (!policy.get('style-src')?.includes(h)) missing.push(`${rule.pattern}: 404 style ${h} missing`);
    for (const h of notFound.scripts) if (!policy.get('script-src')?.includes(h)) missing.push(`${rule.pattern}: 404 script ${h} missing`);
  }
  assert.deepEqual(missing.slice(0, 10), [], `${missing.length} problems`);
  // The header policies list no hash that no page uses.
  const listed = withCsp
    .flatMap((r) => parseCsp(r.headers['Content-Security-Policy']!).get('style-src') ?? [])
    .filter((s) => s.startsWith("'sha"));
  assert.deepEqual(
    listed.filter((h) => !distinctStyles.has(h)),
    [],
    'style hashes in _headers that no page has',
  );
  // Nor a hash that no page of its section has (a guide's first response carries only the guides' hashes).
  const foreign: string[] = [];
  for (const rule of withCsp) {
    const policy = parseCsp(rule.headers['Content-Security-Policy']!);
    const own = new Set([
      ...(usedIn.get(rule.pattern) ?? []),
      ...(rule.pattern.endsWith('/*') ? [...notFound.styles, ...notFound.scripts] : []),
    ]);
    for (const h of [...(policy.get('style-src') ?? []), ...(policy.get('script-src') ?? [])])
      if (h.startsWith("'sha") && !own.has(h)) foreign.push(`${rule.pattern}: ${h}`);
  }
  assert.deepEqual(foreign.slice(0, 10), [], `${foreign.length} hashes of other sections`);
  assert.ok(distinctStyles.size > 0, 'no page has an inline style: is build.inlineStylesheets still "always"?');
});
