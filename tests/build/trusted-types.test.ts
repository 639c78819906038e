/**
 * Build checks for Trusted Types (docs/adr/018-trusted-types.md). The browser test
 * (tests/e2e/trusted-types.spec.ts) proves the pages it uses raise no violation; these checks cover
 * what it cannot reach: every page's policies, and every script the site ships, including code
 * paths no test runs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPageFiles, distDir } from './dist.ts';
import { cspFromHtml, parseCsp, parseHeadersFile } from '../../src/lib/security/headers.ts';

/** Every header policy: one per section of the site (docs/adr/020-first-window.md). */
const headerPolicies = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8')).filter(
  (r) => r.headers['Content-Security-Policy'],
);

/** The two directives as every policy must carry them: one policy name, no duplicates allowed. */
function trustedTypesProblems(policy: string): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  if ((csp.get('require-trusted-types-for') ?? []).join(' ') !== "'script'") problems.push("no require-trusted-types-for 'script'");
  if ((csp.get('trusted-types') ?? []).join(' ') !== 'ceac')
    problems.push(`trusted-types is "${(csp.get('trusted-types') ?? []).join(' ')}", not "ceac"`);
  return problems;
}

test('every header policy requires Trusted Types and allows only the ceac policy', () => {
  assert.ok(headerPolicies.length > 0, '_headers has no Content-Security-Policy');
  assert.deepEqual(
    headerPolicies.flatMap((r) => trustedTypesProblems(r.headers['Content-Security-Policy']!).map((p) => `${r.pattern}: ${p}`)),
    [],
  );
});

test("every page's <meta> policy requires Trusted Types and allows only the ceac policy, and no page has an <astro-island>", () => {
  const problems: string[] = [];
  for (const { path, file } of builtPageFiles()) {
    const html = readFileSync(file, 'utf8');
    for (const p of trustedTypesProblems(cspFromHtml(html) ?? '')) problems.push(`${path}: ${p}`);
    // Islands are mounted by page scripts; the build replaced Astro's Svelte renderer (src/integrations/browser-chunks.ts).
    if (html.includes('<astro-island')) problems.push(`${path}: has an <astro-island>, which has no renderer in this build`);
  }
  assert.deepEqual(problems.slice(0, 10), [], `${problems.length} problems`);
});

/**
 * Calls and assignments that hand a string to a Trusted Types sink, or make a policy, as they
 * appear in minified code. A name on its own (Svelte lists "innerHTML" among properties it never
 * sets) is not a match.
 */
const SINKS: Array<[string, RegExp]> = [
  ['innerHTML or outerHTML assignment', /\.(inner|outer)HTML\s*=(?!=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\s*\(/],
  ['DOMParser', /\bnew\s+DOMParser\b/],
  ['createContextualFragment', /\bcreateContextualFragment\s*\(/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['new Worker or SharedWorker', /\bnew\s+(Shared)?Worker\s*\(/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['srcdoc', /\bsrcdoc\b/],
  ['eval or new Function', /\beval\s*\(|\bnew\s+Function\s*\(/],
  ['a Trusted Types policy', /\bcreatePolicy\s*\(/],
];

function sinksIn(code: string): string[] {
  return SINKS.filter(([, re]) => re.test(code)).map(([name]) => name);
}

test('no script under /_astro/ and no service worker code uses a Trusted Types sink or makes a policy', () => {
  // Pagefind's own files (/pagefind/) are not ours: pagefind.js can start a worker from a string,
  // which pagefind-client.ts turns off (noWorker), and its UI bundles are never loaded.
  const files = readdirSync(join(distDir, '_astro'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `_astro/${f}`)
    .concat('sw.js');
  assert.ok(files.length > 5, `only ${files.length} scripts`);
  const found = files.flatMap((f) => sinksIn(readFileSync(join(distDir, f), 'utf8')).map((s) => `${f}: ${s}`));
  assert.deepEqual(found, []);
});

test('inline scripts use no sink; the only one that makes a policy is the search loader, and it makes ceac', () => {
  const found = new Set<string>();
  for (const { path, file } of builtPageFiles()) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (/\ssrc=|type="application\/(ld\+)?json"/i.test(m[1]!)) continue;
      const code = m[2]!;
      for (const sink of sinksIn(code)) {
        if (sink !== 'a Trusted Types policy') found.add(`${path}: ${sink}`);
        else if (!code.includes('serviceWorker.register')) found.add(`${path}: a policy made by another inline script than the loader`);
      }
      for (const n of code.matchAll(/\bcreatePolicy\s*\(\s*(["'`])([^"'`]*)\1/g)) found.add(`policy ${n[2]}`);
    }
  }
  assert.deepEqual([...found], ['policy ceac']);
});
