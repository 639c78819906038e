/**
 * Security headers for static hosts. Pure functions: the build integration writes them to
 * dist/_headers, the test server applies them, and unit tests check the format.
 */

/** Headers sent with every response. */
export const globalHeaders: Readonly<Record<string, string>> = {
  // Two years, every subdomain: browsers only ever use HTTPS for the site (ignored over plain http).
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Other sites cannot load our files into their pages (images, scripts, the search index).
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Hashed build assets: their names change with their content, so they may be cached for a year. */
export const immutableAssets = { pattern: '/_astro/*', cacheControl: 'public, max-age=31536000, immutable' };

/** Directives that a <meta> CSP cannot carry, added to the header form only. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** The CSP content of a page's <meta http-equiv="content-security-policy">, or undefined. */
export function cspFromHtml(html: string): string | undefined {
  const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return tag?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .trim();
}

/** A policy as ordered directives: name → sources (names lower-cased, sources in order, no repeats). */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    const list = out.get(key) ?? [];
    for (const s of sources) if (!list.includes(s)) list.push(s);
    out.set(key, list);
  }
  return out;
}

function serializeCsp(directives: Map<string, string[]>): string {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The same policy written the one way this file writes policies (single spaces, no empty parts). */
export function normalizeCsp(policy: string): string {
  return serializeCsp(parseCsp(policy));
}

/** A header-form policy: the meta policy plus the header-only directives, normalised. */
export function headerCsp(metaCsp: string): string {
  const directives = parseCsp(metaCsp);
  for (const extra of headerOnlyDirectives) for (const [k, v] of parseCsp(extra)) directives.set(k, v);
  return serializeCsp(directives);
}

const HASH_SOURCE = /^'sha(256|384|512)-[A-Za-z0-9+/=_-]+'$/;

/**
 * Drops from a policy every hash source that no page uses (`used` holds the quoted hash sources of
 * the inline scripts and styles actually present in the built pages). Other sources are kept.
 */
export function withoutUnusedHashes(policy: string, used: ReadonlySet<string>): string {
  const directives = parseCsp(policy);
  for (const [name, sources] of directives)
    directives.set(
      name,
      sources.filter((s) => !HASH_SOURCE.test(s) || used.has(s)),
    );
  return serializeCsp(directives);
}

/**
 * One policy for the whole site: for each directive, every source any page's policy allows. The
 * page's own <meta> policy still applies on top (a browser enforces both), so each page keeps only
 * its own hashes; the header adds `default-src`-level protection and frame-ancestors. Pages differ
 * only in which inline hashes they carry (for example an extra style on /next-steps/).
 */
export function siteCsp(policies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parseCsp(policy)) {
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  // 'none' means nothing else may be listed; keep it only where it stays alone.
  for (const [name, sources] of merged)
    if (sources.length > 1)
      merged.set(
        name,
        sources.filter((s) => s !== "'none'"),
      );
  return headerCsp(serializeCsp(merged));
}

/**
 * The _headers pattern of the part of the site a path belongs to: "/" for the home page, "/<folder>/*"
 * for anything in a top-level folder, and a file at the root stands for itself ("/sw.js").
 */
export function sectionOf(path: string): string {
  if (path === '/') return '/';
  const slash = path.indexOf('/', 1);
  return slash < 0 ? path : `${path.slice(0, slash)}/*`;
}

/** The address of the page a host answers with when nothing is found. */
export const notFoundPage = '/404.html';

/**
 * The policy of each section of the built site (sectionOf), by pattern, sorted by pattern.
 * - A section with pages gets the union of their policies (siteCsp): a guide's header lists only the
 *   hashes of the styles and scripts that guides have. A folder also gets the 404 page's, because
 *   any missing address in it is answered with 404.html.
 * - A section without pages (the hashed assets, the search index, the service worker, the icon)
 *   gets the site's policy without any hash: a hash only ever allows an inline element of a page.
 * `files` are the site paths of every built file, pages included; a page is also reachable at its
 * file's address ("/index.html" for "/").
 */
export function sectionPolicies(
  pages: ReadonlyArray<{ path: string; csp: string }>,
  files: readonly string[],
): Array<{ pattern: string; csp: string }> {
  const byPattern = new Map<string, string[]>();
  for (const page of pages) {
    const file = page.path.endsWith('/') ? `${page.path}index.html` : page.path;
    for (const pattern of new Set([sectionOf(page.path), sectionOf(file)]))
      byPattern.set(pattern, [...(byPattern.get(pattern) ?? []), page.csp]);
  }
  const notFound = pages.find((p) => p.path === notFoundPage)?.csp;
  const hashless = withoutUnusedHashes(siteCsp(pages.map((p) => p.csp)), new Set());
  for (const file of files) if (!byPattern.has(sectionOf(file))) byPattern.set(sectionOf(file), []);
  return [...byPattern]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([pattern, policies]) => {
      const folder = pattern.endsWith('/*');
      const all = folder && notFound ? [...policies, notFound] : policies;
      return { pattern, csp: all.length ? siteCsp(all) : hashless };
    });
}

/**
 * The _headers file (Netlify, Cloudflare Pages). "/*" carries the security headers every response
 * gets, and no policy; each section of the site (sectionPolicies) has one rule with its own
 * Content-Security-Policy, and "/_astro/*" also a long cache for hashed assets. The patterns do not
 * overlap, so no address matches two policies (a host would send both, and a browser enforce both)
 * and no host needs to replace a header for a path. An address outside every section (a missing
 * file at the root) gets no policy header; its answer, 404.html, carries its own <meta> policy, and
 * X-Frame-Options still forbids framing it (docs/adr/020-first-window.md).
 */
export function headersFileFor(pages: ReadonlyArray<{ path: string; csp: string }>, files: readonly string[]): string {
  const global = Object.entries(globalHeaders).map(([k, v]) => `  ${k}: ${v}`);
  const sections = sectionPolicies(pages, files).flatMap(({ pattern, csp }) => [
    pattern,
    ...(pattern === immutableAssets.pattern ? [`  Cache-Control: ${immutableAssets.cacheControl}`] : []),
    `  Content-Security-Policy: ${csp}`,
    '',
  ]);
  return ['/*', ...global, '', ...sections].join('\n');
}

/**
 * The same policies for nginx: a `map` (http context) from the request's $uri to the policy, to
 * send with `add_header Content-Security-Policy $ceac_csp always;` (docs/deploy/nginx.md). A folder
 * section is a prefix match, a file an exact one; after try_files, $uri is the file served
 * ("/guides/x/index.html", "/index.html", "/404.html"), and everything nginx answers with 404.html
 * gets that page's policy, which is also the default.
 */
export function nginxCspMap(rules: ReturnType<typeof parseHeadersFile>, variable = '$ceac_csp'): string {
  const withCsp = rules.filter((r) => r.headers['Content-Security-Policy']);
  const policyOf = (pattern: string) => withCsp.find((r) => r.pattern === pattern)?.headers['Content-Security-Policy'];
  const fallback = policyOf(notFoundPage);
  if (!fallback) throw new Error(`_headers has no policy for ${notFoundPage}`);
  const lines = withCsp.map(({ pattern, headers }) => {
    const key = pattern.endsWith('/*') ? `~^${pattern.slice(0, -1).replace(/[.]/g, '\\.')}` : pattern;
    return `  ${key} "${headers['Content-Security-Policy']}";`;
  });
  return [`map $uri ${variable} {`, `  default "${fallback}";`, ...lines, '}', ''].join('\n');
}

/** Reads a _headers file back into rules (used by the test server). */
export function parseHeadersFile(text: string): Array<{ pattern: string; headers: Record<string, string> }> {
  const rules: Array<{ pattern: string; headers: Record<string, string> }> = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`Malformed _headers line: ${line}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers a path gets: every matching rule, in file order ("/*" matches everything). */
export function headersForPath(rules: ReturnType<typeof parseHeadersFile>, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.pattern.endsWith('*') ? path.startsWith(rule.pattern.slice(0, -1)) : rule.pattern === path;
    if (matches) Object.assign(out, rule.headers);
  }
  return out;
}
