/**
 * Which timelines pages search engines should list. Combinations of two or more filters are
 * pre-rendered so filters work without JavaScript, but they are thin variations of the
 * single-filter pages: they carry noindex and stay out of the sitemap (the usual practice for
 * faceted navigation). /timelines/, single-filter pages, case pages and the contribute page are listed.
 */
import { parseKey, type Constraints } from './scenarios';

export function isListedScenario(constraints: Constraints): boolean {
  return Object.keys(constraints).length <= 1;
}

/** For @astrojs/sitemap's filter: false only for a timelines filter combination. */
export function timelinesInSitemap(url: string): boolean {
  const path = new URL(url, 'https://site.invalid').pathname;
  const m = /^\/timelines\/(.+)\/$/.exec(path);
  if (!m) return true;
  const constraints = parseKey(m[1]!);
  return constraints === undefined || isListedScenario(constraints);
}
