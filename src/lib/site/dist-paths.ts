/**
 * How a built file and its site path map onto each other (trailingSlash 'always', docs/design.md §3):
 * "index.html" is "/", "guides/x/index.html" is "/guides/x/", any other file keeps its name.
 * The one home of the mapping: the build integrations, the offline list and the build checks use it.
 */

/** The site path of a file in dist/, given relative to dist/ with forward slashes. */
export function sitePathOf(rel: string): string {
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** The file in dist/ (relative, forward slashes) that serves a site path. */
export function distFileOf(sitePath: string): string {
  const rel = sitePath.replace(/^\//, '');
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}
