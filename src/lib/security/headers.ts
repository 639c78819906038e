/**
 * Security headers for static hosts. Pure functions: the build integration writes them to
 * dist/_headers, the test server applies them, and unit tests check the format.
 */

/** Headers sent with every response. */
export const globalHeaders: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Directives that a <meta> CSP cannot carry, added to the header form only. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** The CSP content of a page's <meta http-equiv="content-security-policy">, or undefined. */
export function cspFromHtml(html: string): string | undefined {
  const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return tag?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').trim();
}

/** A header-form policy: the meta policy plus the header-only directives, normalised. */
export function headerCsp(metaCsp: string): string {
  const directives = metaCsp
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...directives, ...headerOnlyDirectives].join('; ');
}

/**
 * The _headers file: one block for every path with the global headers and, when every page
 * has the same policy (Astro emits one hash set for the whole site), one CSP for "/*".
 * Otherwise each page gets its own rule: hosts join repeated CSP headers with commas, which
 * would enforce two policies at once, so a path must never match two CSP rules.
 */
export function headersFileFor(pages: ReadonlyArray<{ path: string; csp: string }>): string {
  const policies = new Set(pages.map((p) => headerCsp(p.csp)));
  const global = Object.entries(globalHeaders).map(([k, v]) => `  ${k}: ${v}`);
  if (policies.size === 1) {
    return ['/*', ...global, `  Content-Security-Policy: ${[...policies][0]}`, ''].join('\n');
  }
  const lines = ['/*', ...global, ''];
  for (const { path, csp } of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    if (/\s/.test(path)) throw new Error(`Cannot write a header rule for a path with spaces: ${path}`);
    lines.push(path, `  Content-Security-Policy: ${headerCsp(csp)}`, '');
  }
  return lines.join('\n');
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
