import { describe, expect, test } from 'vitest';
import {
  cspFromHtml,
  globalHeaders,
  headerCsp,
  headersFileFor,
  headersForPath,
  nginxCspMap,
  parseHeadersFile,
  sectionOf,
  sectionPolicies,
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

describe('sectionOf', () => {
  test('is the home page, a top-level folder, or a file at the root', () => {
    expect(sectionOf('/')).toBe('/');
    expect(sectionOf('/index.html')).toBe('/index.html');
    expect(sectionOf('/guides/')).toBe('/guides/*');
    expect(sectionOf('/guides/form-221g/')).toBe('/guides/*');
    expect(sectionOf('/_astro/a.b1.js')).toBe('/_astro/*');
    expect(sectionOf('/sw.js')).toBe('/sw.js');
  });
});

/** A small site: guides with one style, the wizard with another, a 404 page, assets and a worker. */
const base = "default-src 'none'; script-src 'self' 'sha256-loader='";
const site = {
  pages: [
    { path: '/', csp: `${base}; style-src 'self' 'sha256-home='` },
    { path: '/404.html', csp: `${base}; style-src 'self' 'sha256-base='` },
    { path: '/guides/', csp: `${base}; style-src 'self' 'sha256-base='` },
    { path: '/guides/a/', csp: `${base}; style-src 'self' 'sha256-base='` },
    ...Array.from({ length: 500 }, (_, i) => ({ path: `/wizard/steps/${i}/`, csp: `${base}; style-src 'self' 'sha256-wizard='` })),
  ],
  files: ['/', '/404.html', '/guides/', '/guides/a/', '/wizard/steps/1/', '/_astro/x.1.js', '/sw.js', '/pagefind/pagefind.js'],
};

describe('sectionPolicies', () => {
  const policies = new Map(sectionPolicies(site.pages, site.files).map((p) => [p.pattern, p.csp]));
  test('gives a section the hashes of its own pages only, and the 404 page’s under a folder', () => {
    expect(policies.get('/guides/*')).toBe(
      "default-src 'none'; script-src 'self' 'sha256-loader='; style-src 'self' 'sha256-base='; frame-ancestors 'none'",
    );
    expect(policies.get('/wizard/*')).toBe(
      "default-src 'none'; script-src 'self' 'sha256-loader='; style-src 'self' 'sha256-wizard=' 'sha256-base='; frame-ancestors 'none'",
    );
    // An exact address is never answered with 404.html, so it gets no 404 hash.
    expect(policies.get('/')).toBe(
      "default-src 'none'; script-src 'self' 'sha256-loader='; style-src 'self' 'sha256-home='; frame-ancestors 'none'",
    );
    expect(policies.get('/index.html')).toBe(policies.get('/'));
  });
  test('gives files that are not pages the site policy without any hash', () => {
    const hashless = "default-src 'none'; script-src 'self'; style-src 'self'; frame-ancestors 'none'";
    expect(policies.get('/sw.js')).toBe(hashless);
    // A missing file under a folder is answered with 404.html, so the folder allows what that page has.
    expect(policies.get('/_astro/*')).toBe(policies.get('/404.html'));
    expect(policies.get('/pagefind/*')).toBe(policies.get('/_astro/*'));
  });
});

describe('headersFileFor', () => {
  const file = headersFileFor(site.pages, site.files);
  const rules = parseHeadersFile(file);
  test('has one rule per section whatever the number of pages, and no policy on "/*"', () => {
    expect(rules.map((r) => r.pattern)).toEqual([
      '/*',
      '/',
      '/404.html',
      '/_astro/*',
      '/guides/*',
      '/index.html',
      '/pagefind/*',
      '/sw.js',
      '/wizard/*',
    ]);
    expect(rules[0]!.headers['Content-Security-Policy']).toBeUndefined();
    expect(file.length).toBeLessThan(4096);
  });
  test('sends each address exactly one policy, which allows what its page has', () => {
    for (const page of site.pages) {
      const matching = rules.filter(
        (r) => r.headers['Content-Security-Policy'] && headersForPath([r], page.path)['Content-Security-Policy'],
      );
      expect(matching, page.path).toHaveLength(1);
      const style = /'sha256-\w+='(?=$|;)/.exec(page.csp)![0];
      expect(headersForPath(rules, page.path)['Content-Security-Policy']).toContain(style);
    }
    expect(headersForPath(rules, '/guides/a/')['Content-Security-Policy']).not.toContain('sha256-wizard=');
  });

  test('sends HSTS for two years with subdomains, and CORP same-origin, on every path', () => {
    for (const path of ['/', '/guides/x/', '/_astro/a.js', '/pagefind/pagefind.js', '/missing']) {
      const h = headersForPath(rules, path);
      expect(h['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
      expect(h['Cross-Origin-Resource-Policy']).toBe('same-origin');
      expect(h['X-Frame-Options']).toBe('DENY');
    }
    expect(globalHeaders['X-Frame-Options']).toBe('DENY');
  });

  test('marks hashed /_astro/ files immutable for a year, and nothing else', () => {
    expect(headersForPath(rules, '/_astro/Wizard.abc123.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersForPath(rules, '/guides/')['Cache-Control']).toBeUndefined();
    expect(headersForPath(rules, '/sw.js')['Cache-Control']).toBeUndefined();
  });
});

describe('nginxCspMap', () => {
  const rules = parseHeadersFile(headersFileFor(site.pages, site.files));
  const map = nginxCspMap(rules);
  test('maps folders by prefix and files exactly, with the 404 page’s policy as the default', () => {
    const policy = (pattern: string) => rules.find((r) => r.pattern === pattern)!.headers['Content-Security-Policy'];
    expect(map).toContain(`  ~^/guides/ "${policy('/guides/*')}";`);
    expect(map).toContain(`  /index.html "${policy('/')}";`);
    expect(map).toContain(`  /sw.js "${policy('/sw.js')}";`);
    expect(map).toContain(`  default "${policy('/404.html')}";`);
    expect(map.split('\n')[0]).toBe('map $uri $ceac_csp {');
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
