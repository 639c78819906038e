import { describe, expect, test } from 'vitest';
import { cspFromHtml, headerCsp, headersFileFor, headersForPath, parseHeadersFile } from '../../src/lib/security/headers';

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
      { path: '/', csp: "default-src 'self'" },
      { path: '/about/', csp: "default-src 'self'" },
    ]);
    const rules = parseHeadersFile(file);
    expect(rules.map((r) => r.pattern)).toEqual(['/*']);
    expect(headersForPath(rules, '/about/')).toMatchObject({
      'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'",
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  test('writes one rule per page when policies differ, so no path matches two policies', () => {
    const rules = parseHeadersFile(
      headersFileFor([
        { path: '/a/', csp: "script-src 'self' 'sha256-a='" },
        { path: '/b/', csp: "script-src 'self' 'sha256-b='" },
      ]),
    );
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/a/', '/b/']);
    expect(headersForPath(rules, '/a/')['Content-Security-Policy']).toContain("'sha256-a='");
    expect(headersForPath(rules, '/b/')['Content-Security-Policy']).not.toContain("'sha256-a='");
    expect(rules[0]!.headers['Content-Security-Policy']).toBeUndefined();
  });

  test('refuses a path with spaces, which the format cannot express', () => {
    expect(() =>
      headersFileFor([
        { path: '/a b/', csp: 'x' },
        { path: '/c/', csp: 'y' },
      ]),
    ).toThrow(/spaces/);
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
