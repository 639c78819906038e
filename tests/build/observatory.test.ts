/**
 * The MDN HTTP Observatory's grade for the headers this site deploys (dist/_headers), scored with
 * the modifiers the Observatory publishes (MDN, "HTTP Observatory: Tests & Scoring": a baseline of 100,
 * penalties first, bonuses only when the result is 90 or more; 100+ is A+). The scorer here knows
 * only the tests a static site without cookies or third-party scripts can pass or fail by its
 * headers: the CSP, HSTS, X-Content-Type-Options, X-Frame-Options, Referrer-Policy and CORP. The
 * redirection test depends on the host (http → https on the same host scores 0) and is left out;
 * cookies, CORS and SRI score 0 here (no cookies, no CORS header, every script from our origin).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersForPath, parseHeadersFile } from '../../src/lib/security/headers.ts';
import { distDir } from './dist.ts';

type Scored = { test: string; result: string; modifier: number };

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** Each test's result and modifier for one response's headers. */
export function observatoryTests(headers: Readonly<Record<string, string>>): Scored[] {
  const h = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const out: Scored[] = [];
  const csp = h.get('content-security-policy');
  const d = csp ? directives(csp) : new Map<string, string[]>();
  if (!csp) out.push({ test: 'csp', result: 'csp-not-implemented', modifier: -25 });
  else {
    const script = d.get('script-src') ?? d.get('default-src') ?? [];
    const object = d.get('object-src') ?? d.get('default-src') ?? [];
    const all = [...d.values()].flat();
    const broad = (s: string) => s === '*' || s === 'https:' || s === 'http:' || s === 'data:';
    if (
      script.includes("'unsafe-inline'") ||
      script.some(broad) ||
      object.some((s) => s === '*' || s === 'https:') ||
      !script.length ||
      !object.length
    )
      out.push({ test: 'csp', result: 'csp-implemented-with-unsafe-inline', modifier: -20 });
    else if (all.some((s) => s.startsWith('http:')))
      out.push({ test: 'csp', result: 'csp-implemented-with-insecure-scheme', modifier: -20 });
    else if (all.includes("'unsafe-eval'")) out.push({ test: 'csp', result: 'csp-implemented-with-unsafe-eval', modifier: -10 });
    else if ((d.get('style-src') ?? []).some((s) => s === "'unsafe-inline'" || broad(s)))
      out.push({ test: 'csp', result: 'csp-implemented-with-unsafe-inline-in-style-src-only', modifier: 0 });
    else if ((d.get('default-src') ?? []).join(' ') === "'none'")
      out.push({ test: 'csp', result: 'csp-implemented-with-no-unsafe-default-src-none', modifier: 10 });
    else out.push({ test: 'csp', result: 'csp-implemented-with-no-unsafe', modifier: 5 });
  }
  const hsts = /max-age=(\d+)/i.exec(h.get('strict-transport-security') ?? '');
  if (!hsts) out.push({ test: 'hsts', result: 'hsts-not-implemented', modifier: -20 });
  else if (Number(hsts[1]) < 15_768_000) out.push({ test: 'hsts', result: 'hsts-implemented-max-age-less-than-six-months', modifier: -10 });
  else out.push({ test: 'hsts', result: 'hsts-implemented-max-age-at-least-six-months', modifier: 0 });
  const nosniff = h.get('x-content-type-options')?.trim().toLowerCase() === 'nosniff';
  out.push(
    nosniff
      ? { test: 'xcto', result: 'x-content-type-options-nosniff', modifier: 0 }
      : { test: 'xcto', result: 'x-content-type-options-not-implemented', modifier: -5 },
  );
  const ancestors = d.get('frame-ancestors');
  const xfo = h.get('x-frame-options')?.trim().toUpperCase();
  if (ancestors && !ancestors.some((s) => s === '*' || s === 'https:'))
    out.push({ test: 'xfo', result: 'x-frame-options-implemented-via-csp', modifier: 5 });
  else if (xfo === 'DENY' || xfo === 'SAMEORIGIN') out.push({ test: 'xfo', result: 'x-frame-options-sameorigin-or-deny', modifier: 0 });
  else out.push({ test: 'xfo', result: 'x-frame-options-not-implemented', modifier: -20 });
  const referrer = h.get('referrer-policy')?.split(',').at(-1)?.trim().toLowerCase();
  if (!referrer) out.push({ test: 'referrer', result: 'referrer-policy-not-implemented', modifier: 0 });
  else if (['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(referrer))
    out.push({ test: 'referrer', result: 'referrer-policy-private', modifier: 5 });
  else out.push({ test: 'referrer', result: 'referrer-policy-unsafe', modifier: -5 });
  const corp = h.get('cross-origin-resource-policy')?.trim().toLowerCase();
  if (corp === 'cross-origin') out.push({ test: 'corp', result: 'corp-implemented-with-cross-origin', modifier: -20 });
  else if (corp === 'same-origin' || corp === 'same-site') out.push({ test: 'corp', result: `corp-implemented-with-${corp}`, modifier: 0 });
  return out;
}

/** Penalties first; bonuses count only from 90 up. */
export function observatoryScore(tests: readonly Scored[]): number {
  const penalised = 100 + tests.filter((t) => t.modifier < 0).reduce((n, t) => n + t.modifier, 0);
  const bonus = tests.filter((t) => t.modifier > 0).reduce((n, t) => n + t.modifier, 0);
  return Math.max(0, penalised >= 90 ? penalised + bonus : penalised);
}

const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

for (const path of ['/', '/guides/refused-on-ceac/', '/wizard/', '/404.html']) {
  test(`the headers deployed for ${path} score A+ (120) on the Observatory's modifiers, with no penalty`, () => {
    const tests = observatoryTests(headersForPath(rules, path));
    assert.deepEqual(
      tests.filter((t) => t.modifier < 0),
      [],
    );
    assert.deepEqual(
      tests.filter((t) => t.modifier > 0).map((t) => t.result),
      ['csp-implemented-with-no-unsafe-default-src-none', 'x-frame-options-implemented-via-csp', 'referrer-policy-private'],
    );
    assert.equal(observatoryScore(tests), 120);
  });
}

test('the scorer penalises what it should (so a pass above means something)', () => {
  const good = headersForPath(rules, '/');
  const without = (name: string) => Object.fromEntries(Object.entries(good).filter(([k]) => k !== name));
  const csp = good['Content-Security-Policy']!;
  // No policy: -25, and framing is then judged by X-Frame-Options: DENY alone (0); under 90, no bonus.
  assert.equal(observatoryScore(observatoryTests(without('Content-Security-Policy'))), 75);
  assert.equal(observatoryScore(observatoryTests(without('Strict-Transport-Security'))), 80);
  assert.equal(
    observatoryScore(
      observatoryTests({ ...good, 'Content-Security-Policy': csp.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'") }),
    ),
    80,
  );
  assert.equal(
    observatoryScore(
      observatoryTests({ ...good, 'Content-Security-Policy': csp.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'") }),
    ),
    110,
  );
  assert.equal(observatoryScore(observatoryTests({ ...good, 'Referrer-Policy': 'unsafe-url' })), 95 + 10 + 5);
  assert.equal(observatoryScore(observatoryTests({ ...good, 'Cross-Origin-Resource-Policy': 'cross-origin' })), 80);
});
