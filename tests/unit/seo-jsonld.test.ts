import { describe, it, expect } from 'vitest';
import { articleJsonLd, breadcrumbJsonLd, toJsonLdScript, websiteJsonLd, type SiteInfo } from '../../src/lib/seo/jsonld';
import { pageEntry } from '../../src/lib/seo/page-kind';
import { validateJsonLd } from '../build/schema-org';

const site: SiteInfo = {
  name: 'CEAC Status Guide',
  url: 'https://example.org/',
  description: 'What it means',
  image: 'https://example.org/og-card.png',
};
const article = {
  headline: 'Form 221(g): what it is',
  description: 'The form, the two kinds, the one-year rule.',
  url: 'https://example.org/guides/form-221g/',
  reviewed: '2026-11-20',
  section: '221(g) and administrative processing',
  sources: [{ title: 'INA 221(g)', url: 'https://www.law.cornell.edu/uscode/text/8/1201', publisher: 'LII' }],
};

describe('articleJsonLd', () => {
  it('builds a valid Article with the reviewed date, section and one citation per official source', () => {
    const data = articleJsonLd(article, site);
    expect(validateJsonLd(data)).toEqual([]);
    expect(data.dateModified).toBe('2026-11-20');
    expect(data.articleSection).toBe(article.section);
    expect(data.citation).toEqual([{ '@type': 'CreativeWork', name: 'INA 221(g)', url: 'https://www.law.cornell.edu/uscode/text/8/1201' }]);
    const mixed = articleJsonLd(
      {
        ...article,
        sources: [
          { ...article.sources[0]!, kind: 'official' },
          { title: 'A law firm', url: 'https://example.com/a', publisher: 'Firm', kind: 'secondary' },
        ],
      },
      site,
    );
    expect(mixed.citation?.map((c) => c.name)).toEqual(['INA 221(g)']);
    const none = articleJsonLd(
      { ...article, sources: [{ title: 'A law firm', url: 'https://example.com/a', publisher: 'Firm', kind: 'secondary' }] },
      site,
    );
    expect('citation' in none).toBe(false);
    expect(validateJsonLd(none)).toEqual([]);
    expect(data.mainEntityOfPage['@id']).toBe(article.url);
  });

  // Google's limit for an article headline, stated here rather than read from the code, so a
  // changed constant in jsonld.ts cannot move the test with it.
  const GOOGLE_HEADLINE_LIMIT = 110;

  it('shortens a headline over 110 characters at a word boundary, and keeps one of 110 whole', () => {
    const data = articleJsonLd({ ...article, headline: 'word '.repeat(40) }, site);
    expect(data.headline.length).toBeLessThanOrEqual(GOOGLE_HEADLINE_LIMIT);
    // Cut at the last word that fits, not far short of the limit.
    expect(data.headline.length).toBeGreaterThan(GOOGLE_HEADLINE_LIMIT - 'word '.length - 1);
    expect(data.headline.endsWith('word…')).toBe(true);
    const exact = 'w'.repeat(GOOGLE_HEADLINE_LIMIT);
    expect(articleJsonLd({ ...article, headline: exact }, site).headline).toBe(exact);
  });

  it('refuses a reviewed date that is not YYYY-MM-DD', () => {
    expect(() => articleJsonLd({ ...article, reviewed: '20 Nov 2026' }, site)).toThrow(/YYYY-MM-DD/);
  });
});

describe('websiteJsonLd and breadcrumbJsonLd', () => {
  it('describes the site with a search action on /search/', () => {
    const data = websiteJsonLd(site);
    expect(validateJsonLd(data)).toEqual([]);
    expect(data.potentialAction.target.urlTemplate).toBe('https://example.org/search/?q={search_term_string}');
  });

  it('numbers breadcrumbs from 1 in order', () => {
    const data = breadcrumbJsonLd([
      { name: 'Home', url: 'https://example.org/' },
      { name: 'Guides', url: 'https://example.org/guides/' },
    ]);
    expect(validateJsonLd(data)).toEqual([]);
    expect(data.itemListElement.map((i) => i.position)).toEqual([1, 2]);
  });
});

describe('the validator', () => {
  it('reports what is missing', () => {
    expect(validateJsonLd({ '@context': 'https://schema.org', '@type': 'Article' })).toContain('Article.headline is required');
    expect(validateJsonLd({ '@context': 'http://schema.org', '@type': 'Thing' })).toEqual([
      '@context must be https://schema.org',
      'unexpected @type Thing',
    ]);
    expect(
      validateJsonLd({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Q?' }] }),
    ).toEqual(['each FAQPage question needs a name and an acceptedAnswer with text']);
  });
});

describe('toJsonLdScript', () => {
  it('cannot be closed early by text in the data', () => {
    const json = toJsonLdScript({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('pageEntry', () => {
  it('finds guides and status pages by path', () => {
    expect(pageEntry('/')).toEqual({ kind: 'home' });
    expect(pageEntry('/guides/form-221g/')).toEqual({ kind: 'guide', id: 'form-221g' });
    expect(pageEntry('/status/refused-221g/')).toEqual({ kind: 'status', id: 'refused-221g' });
    expect(pageEntry('/guides/')).toEqual({ kind: 'other' });
    expect(pageEntry('/guides/a/b/')).toEqual({ kind: 'other' });
  });
});
