import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir, type BuiltPage } from './dist.ts';
import { validateJsonLd } from './schema-org.ts';

const pages = builtPages();
const isNoindex = (p: BuiltPage) => /noindex/.test(p.root.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');
const isNotFound = (p: BuiltPage) => p.path === '/404.html' || p.path === '/404/';
const publicPages = pages.filter((p) => !isNoindex(p) && !isNotFound(p));
const meta = (p: BuiltPage, property: string) =>
  p.root.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content') ?? '';
const canonicalOf = (p: BuiltPage) => p.root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';

function jsonLd(p: BuiltPage): Array<Record<string, unknown>> {
  return p.root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
}

function sitemapUrls(): string[] {
  const read = (name: string) => readFileSync(join(distDir, name), 'utf8');
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  return locs(read('sitemap-index.xml')).flatMap((map) => locs(read(new URL(map).pathname.slice(1))));
}

test('the sitemap lists every public page, and nothing else', () => {
  const listed = new Set(sitemapUrls());
  const expected = new Set(publicPages.map(canonicalOf));
  assert.deepEqual(
    [...expected].filter((u) => !listed.has(u)),
    [],
    'public pages missing from the sitemap',
  );
  assert.deepEqual(
    [...listed].filter((u) => !expected.has(u)),
    [],
    'sitemap entries that are not public pages',
  );
});

test('robots.txt points at the sitemap and blocks no public page', () => {
  const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
  const site = new URL(canonicalOf(pages.find((p) => p.path === '/')!));
  assert.equal(sitemap, new URL('/sitemap-index.xml', site).href);
  const disallowed = [...robots.matchAll(/^Disallow: (\S+)$/gm)].map((m) => m[1]!);
  for (const page of publicPages) {
    assert.ok(!disallowed.some((d) => page.path.startsWith(d)), `robots.txt blocks ${page.path}`);
  }
});

test('every public page has a unique description', () => {
  const seen = new Map<string, string>();
  for (const page of publicPages) {
    const description = meta(page, 'description');
    assert.ok(!seen.has(description), `${page.path} and ${seen.get(description)} share the description "${description}"`);
    seen.set(description, page.path);
  }
});

for (const page of pages) {
  test(`${page.path} has complete Open Graph tags`, () => {
    for (const property of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:locale', 'og:image:alt', 'twitter:card']) {
      assert.ok(meta(page, property), `${property} is missing`);
    }
    assert.equal(meta(page, 'og:url'), canonicalOf(page), 'og:url must be the canonical URL');
    assert.match(meta(page, 'og:image'), /^https?:\/\/.+\.png$/, 'og:image must be an absolute PNG URL');
    assert.ok(
      pages.length > 0 && readFileSync(join(distDir, new URL(meta(page, 'og:image')).pathname)).length > 0,
      'og:image file is missing',
    );
  });

  test(`${page.path} structured data is valid schema.org`, () => {
    for (const data of jsonLd(page)) assert.deepEqual(validateJsonLd(data), [], `${String(data['@type'])} on ${page.path}`);
  });
}

for (const page of pages.filter((p) => /^\/(guides|status)\/[^/]+\/$/.test(p.path))) {
  test(`${page.path} is marked up as an Article with its reviewed date and sources`, () => {
    const article = jsonLd(page).find((d) => d['@type'] === 'Article');
    assert.ok(article, 'no Article JSON-LD');
    assert.equal(meta(page, 'og:type'), 'article');
    const reviewed = page.root.querySelector('time[datetime]')?.getAttribute('datetime');
    assert.equal(article['dateModified'], reviewed, 'dateModified must be the reviewed date shown on the page');
    assert.equal(article['url'], canonicalOf(page));
    const shownOfficial = page.root.querySelectorAll('.sources li .kind-official').length;
    const cited = (article['citation'] as unknown[] | undefined) ?? [];
    assert.equal(cited.length, shownOfficial, 'one citation per listed official source (none when the page lists none)');
  });
}

test('only the home page declares the WebSite, with a search action that opens /search/', () => {
  const withWebsite = pages.filter((p) => jsonLd(p).some((d) => d['@type'] === 'WebSite'));
  assert.deepEqual(
    withWebsite.map((p) => p.path),
    ['/'],
  );
  const website = jsonLd(withWebsite[0]!).find((d) => d['@type'] === 'WebSite')!;
  const template = ((website['potentialAction'] as Record<string, unknown>)['target'] as Record<string, string>)['urlTemplate']!;
  assert.equal(new URL(template.replace('{search_term_string}', 'x')).pathname, '/search/');
  assert.ok(
    pages.some((p) => p.path === '/search/'),
    'the search page exists',
  );
});

for (const page of pages) {
  const visible = page.root.querySelectorAll('nav.breadcrumbs a').map((a) => a.text.trim());
  if (visible.length < 2 && !jsonLd(page).some((d) => d['@type'] === 'BreadcrumbList')) continue;
  test(`${page.path} breadcrumb structured data matches the visible breadcrumbs`, () => {
    const list = jsonLd(page).find((d) => d['@type'] === 'BreadcrumbList');
    assert.ok(list, 'visible breadcrumbs but no BreadcrumbList');
    const names = (list['itemListElement'] as Array<{ name: string }>).map((i) => i.name);
    assert.deepEqual(names, visible);
  });
}
