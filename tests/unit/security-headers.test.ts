import { describe, expect, test } from 'vitest';
import {
  cspFromHtml,
  globalHeaders,
  headerCsp,
  headersFileFor,
  headersForPath,
  parseHeadersFile,
  siteCsp,
  withoutUnusedHashes,
} from '../../src/lib/security/headers';

const meta = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'"></head>`;

describe('cspFromHtml', () => {
  test('reads the policy from the meta tag', () => {
    expect(cspFromHtml(meta)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'");
  });
  test('returns undefined when a page has no policy', () => {
    expect(cspFromHtml('<head><title>x</title></head>')).toBeUndefined();
  });
});

describe('headerCsp', () => {
  test('adds frame-ancestors, which a meta tag cannot carry', () => {
    expect(headerCsp("default-src 'self';  script-src 'self';")).toBe("default-src 'self'; script-src 'self'; frame-ancestors 'none'");
  });
});

describe('headersFileFor', () => {
  test('writes one site-wide rule when every page has the same policy', () => {
    const file = headersFileFor([
      { path: '/', csp: "default-src 'none'" },
      { path: '/about/', csp: "default-src 'none'" },
    ]);
    const rules = parseHeadersFile(file);
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/_astro/*']);
    expect(headersForPath(rules, '/about/')).toMatchObject({
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  test('keeps a handful of rules when page policies differ, with every page allowed what it needs', () => {
    // A site of a thousand pages, one of which has an extra style hash (as /next-steps/ does).
    const pages = Array.from({ length: 1000 }, (_, i) => ({ path: `/p${i}/`, csp: "default-src 'none'; style-src 'self' 'sha256-s='" }));
    pages.push({ path: '/next-steps/', csp: "default-src 'none'; style-src 'self' 'sha256-s=' 'sha256-extra='" });
    const file = headersFileFor(pages);
    const rules = parseHeadersFile(file);
    expect(rules.length).toBeLessThanOrEqual(5);
    expect(file.length).toBeLessThan(4096);
    const csp = headersForPath(rules, '/next-steps/')['Content-Security-Policy'];
    expect(csp).toBe("default-src 'none'; style-src 'self' 'sha256-s=' 'sha256-extra='; frame-ancestors 'none'");
    // No path matches two CSP rules (hosts would join them and enforce both).
    for (const path of ['/', '/p3/', '/next-steps/', '/_astro/x.js']) {
      expect(
        rules.filter((r) => r.headers['Content-Security-Policy'] && headersForPath([r], path)['Content-Security-Policy']),
      ).toHaveLength(1);
    }
  });

  test('sends HSTS for two years with subdomains, and CORP same-origin, on every path', () => {
    const rules = parseHeadersFile(headersFileFor([{ path: '/', csp: "default-src 'none'" }]));
    for (const path of ['/', '/guides/x/', '/_astro/a.js', '/pagefind/pagefind.js']) {
      const h = headersForPath(rules, path);
      expect(h['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
      expect(h['Cross-Origin-Resource-Policy']).toBe('same-origin');
    }
    expect(globalHeaders['X-Frame-Options']).toBe('DENY');
  });

  test('marks hashed /_astro/ files immutable for a year, and nothing else', () => {
    const rules = parseHeadersFile(headersFileFor([{ path: '/', csp: "default-src 'none'" }]));
    expect(headersForPath(rules, '/_astro/Wizard.abc123.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersForPath(rules, '/guides/')['Cache-Control']).toBeUndefined();
    expect(headersForPath(rules, '/sw.js')['Cache-Control']).toBeUndefined();
  });
});

describe('siteCsp', () => {
  test("joins each directive's sources across pages, in first-seen order, without repeats", () => {
    expect(siteCsp(["default-src 'none'; script-src 'self' 'sha256-a='", "script-src 'self' 'sha256-b='; img-src 'self' data:"])).toBe(
      "default-src 'none'; script-src 'self' 'sha256-a=' 'sha256-b='; img-src 'self' data:; frame-ancestors 'none'",
    );
  });
  test("drops 'none' from a directive once another page allows something there", () => {
    expect(siteCsp(["object-src 'none'", "object-src 'self'"])).toBe("object-src 'self'; frame-ancestors 'none'");
  });
});

describe('withoutUnusedHashes', () => {
  test('drops hashes no page uses and keeps every other source', () => {
    const policy =
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-used=' 'sha256-unused='; style-src 'self' 'sha384-gone='";
    expect(withoutUnusedHashes(policy, new Set(["'sha256-used='"]))).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-used='; style-src 'self'",
    );
  });
});

describe('parseHeadersFile', () => {
  test('rejects a header line before any path', () => {
    expect(() => parseHeadersFile('  X-Test: 1')).toThrow(/Malformed/);
  });
  test('ignores comments and blank lines', () => {
    expect(parseHeadersFile('# note\n\n/x\n  A: 1\n')).toEqual([{ pattern: '/x', headers: { A: '1' } }]);
  });
});
