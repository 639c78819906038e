/**
 * /robots.txt: everything may be crawled except machinery; the sitemap address follows the
 * configured site URL (SITE_URL), so it is right on every deployment.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site).href;
  // /pagefind/ holds the search index (binary chunks), not pages.
  const body = ['User-agent: *', 'Disallow: /pagefind/', '', `Sitemap: ${sitemap}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
