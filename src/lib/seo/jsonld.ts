/**
 * schema.org structured data for search engines, as plain objects. Pages only serialize them
 * (toJsonLdScript); what each type needs is decided and tested here.
 *
 * Types used: WebSite (home page), Article (guides and status pages: explanatory text with a
 * reviewed date and sources), BreadcrumbList (pages with a visible breadcrumb trail). No
 * FAQPage: none of our pages is a list of questions with answers, and marking up text that is
 * not visible as Q&A is against search engines' rules.
 */
import { isIsoDate } from '../dates/calendar';

export interface Organization {
  '@type': 'Organization';
  name: string;
  url: string;
}

export interface SiteInfo {
  name: string;
  /** Absolute origin with a trailing slash, e.g. "https://example.org/". */
  url: string;
  description: string;
  /** Absolute URL of the social card image. */
  image: string;
}

export interface ArticleInput {
  headline: string;
  description: string;
  /** Absolute canonical URL of the page. */
  url: string;
  /** YYYY-MM-DD: the day the page was last reviewed. */
  reviewed: string;
  section?: string;
  /** The page's sources; only official ones are cited in the markup (see articleJsonLd). */
  sources: ReadonlyArray<{ title: string; url: string; publisher: string; kind?: string }>;
}

/** Search engines cut headlines longer than this (Google: 110 characters). */
export const MAX_HEADLINE = 110;

function organization(site: SiteInfo): Organization {
  return { '@type': 'Organization', name: site.name, url: site.url };
}

export function websiteJsonLd(site: SiteInfo) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    description: site.description,
    inLanguage: 'en',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${site.url}search/?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

export function articleJsonLd(article: ArticleInput, site: SiteInfo) {
  const official = article.sources
    .filter((s) => s.kind === undefined || s.kind === 'official')
    // Name and address only: the page's source list says who published each one, and a
    // publisher object per citation cost the longest guide 131 B gzip, which with the rest put
    // its first response over the first TCP window (docs/adr/020-first-window.md).
    .map((s) => ({ '@type': 'CreativeWork' as const, name: s.title, url: s.url }));
  if (!isIsoDate(article.reviewed)) throw new Error(`reviewed must be YYYY-MM-DD: ${article.reviewed}`);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: clip(article.headline, MAX_HEADLINE),
    description: article.description,
    url: article.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    dateModified: article.reviewed,
    inLanguage: 'en',
    isAccessibleForFree: true,
    image: [site.image],
    author: organization(site),
    publisher: organization(site),
    ...(article.section ? { articleSection: article.section } : {}),
    // Only official sources: the page lists every source, and repeating 20-odd secondary ones in
    // the head cost guides about 2 KB gzip of their 14 KB first-round-trip budget.
    ...(official.length ? { citation: official } : {}),
  };
}

/** Crumbs in order, outermost first, each with an absolute URL. */
export function breadcrumbJsonLd(crumbs: ReadonlyArray<{ name: string; url: string }>) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" is escaped so no text in the data
 * can close the script element.
 */
export function toJsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
