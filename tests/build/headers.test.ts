/**
 * Build checks for dist/_headers (docs/adr/002-security-headers.md, docs/adr/013-inline-css.md):
 * a handful of rules whatever the number of pages (Cloudflare Pages accepts 100), one
 * Content-Security-Policy for every path, and every inline <style> or <script> of every built
 * page allowed by its hash, both by that one header policy and by the page's own <meta> policy
 * (a browser enforces both, so a hash missing from either blocks the style).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPageFiles, distDir } from './dist.ts';
import { cspFromHtml, headersForPath, parseCsp, parseHeadersFile } from '../../src/lib/security/headers.ts';

/** More rules than this means the file grew with the pages again. */
const MAX_RULES = 5;

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

test(`_headers has at most ${MAX_RULES} rules`, () => {
  assert.ok(rules.length <= MAX_RULES, `_headers has ${rules.length} rules: ${rules.map((r) => r.pattern).join(', ')}`);
});

test('_headers has one Content-Security-Policy, on the rule for every path', () => {
  assert.deepEqual(
    withCsp.map((r) => r.pattern),
    ['/*'],
  );
});

test("the site-wide policy allows no 'unsafe-inline' or 'unsafe-eval'", () => {
  const policy = withCsp[0]?.headers['Content-Security-Policy'] ?? '';
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
});

test('every inline style and script on every page is allowed by its hash in the header and the page policy', () => {
  const header = parseCsp(withCsp[0]?.headers['Content-Security-Policy'] ?? '');
  const headerStyles = new Set(header.get('style-src') ?? []);
  const headerScripts = new Set(header.get('script-src') ?? []);
  const missing: string[] = [];
  const distinctStyles = new Set<string>();
  for (const { path, file } of builtPageFiles()) {
    const html = readFileSync(file, 'utf8');
    // A path must not match a second policy (hosts join them and enforce both).
    const csp = headersForPath(rules, path)['Content-Security-Policy'];
    if (csp !== withCsp[0]?.headers['Content-Security-Policy']) missing.push(`${path}: gets another header policy`);
    const meta = parseCsp(cspFromHtml(html) ?? '');
    const metaStyles = new Set(meta.get('style-src') ?? []);
    const metaScripts = new Set(meta.get('script-src') ?? []);
    const { styles, scripts } = inlineHashes(html);
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
  assert.deepEqual(missing.slice(0, 10), [], `${missing.length} problems`);
  // The header lists each hash once, and no hash that no page uses.
  const listed = [...headerStyles].filter((s) => s.startsWith("'sha"));
  assert.deepEqual(
    listed.filter((h) => !distinctStyles.has(h)),
    [],
    'style hashes in _headers that no page has',
  );
  assert.ok(distinctStyles.size > 0, 'no page has an inline style: is build.inlineStylesheets still "always"?');
});
