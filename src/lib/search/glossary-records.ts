/**
 * Splits the built glossary page into one search record per term.
 *
 * Contract with src/pages/glossary/index.astro: inside the `data-pagefind-body` region, each
 * term is a `section.glossary-entry` whose `id` is the term id and whose `h2` is the term; its
 * "Also written: …" line carries the aliases. Each record becomes a tiny HTML page whose h1 is
 * the term, so Pagefind titles the result with the term and ranks the aliases with it.
 */
import { parse, type HTMLElement } from 'node-html-parser';

export const GLOSSARY_ENTRY_SELECTOR = 'section.glossary-entry';

export interface GlossaryRecord {
  /** Result URL: the glossary page with the entry's anchor. */
  url: string;
  /** The term, as the entry's heading shows it. */
  term: string;
  /** A complete HTML document for Pagefind's addHTMLFile. */
  html: string;
}

function entryBody(section: HTMLElement): string {
  const copy = parse(section.innerHTML);
  const heading = copy.querySelector('h2');
  if (heading) heading.replaceWith(`<h1>${heading.innerHTML}</h1>`);
  // Link texts are other pages' titles; indexing them would make every entry match those words.
  for (const link of copy.querySelectorAll('a')) link.setAttribute('data-pagefind-ignore', '');
  return copy.toString();
}

/**
 * One record per glossary entry. Throws when the page has an indexed body but no entries in the
 * agreed markup, so a markup change cannot silently drop the glossary from search.
 */
export function glossaryRecords(pageHtml: string, pagePath: string): GlossaryRecord[] {
  const root = parse(pageHtml);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return [];
  const sections = body.querySelectorAll(GLOSSARY_ENTRY_SELECTOR);
  const records = sections.map((section) => {
    const id = section.getAttribute('id') ?? '';
    const term = section.querySelector('h2')?.text.trim() ?? '';
    if (!id || !term) {
      throw new Error(`Glossary entry without an id or an h2 on ${pagePath}: ${section.outerHTML.slice(0, 120)}`);
    }
    const html =
      `<!doctype html><html lang="en"><body>` +
      `<article data-pagefind-body><span hidden data-pagefind-filter="kind:Glossary"></span>` +
      // The wrapper keeps the entry's own "meta" lines (the aliases) clear of the indexer's byline exclusion.
      `<div>${entryBody(section)}</div></article></body></html>`;
    return { url: `${pagePath}#${id}`, term, html };
  });
  const visibleTerms = body.querySelectorAll('h2').length;
  if (records.length === 0 && visibleTerms > 0) {
    throw new Error(
      `${pagePath} has ${visibleTerms} terms but no "${GLOSSARY_ENTRY_SELECTOR}" sections: the search index needs one section per term.`,
    );
  }
  return records;
}
