/**
 * The copy of a page that Pagefind indexes (src/integrations/pagefind.ts). Pagefind builds its
 * excerpts from the text of that HTML, so two markup habits of the built pages showed in them.
 * These functions adjust only that copy: the built page, and what a reader sees, is unchanged.
 */

/**
 * Pagefind ends a paragraph, a list item or a data cell (<td>) with a separator, but runs a header
 * cell (<th>) straight into the text after it when no whitespace stands between the tags, and
 * Astro's HTML compression removes that whitespace: the Diversity Visa table's header reached the
 * excerpts as "DV yearCasesVisa issued…", a policy's country list as "CountryCode". This puts a
 * space after every cell that has none.
 */
export function separateTableCells(html: string): string {
  return html.replace(/<\/t[hd]\s*>(?!\s)/gi, '$& ');
}

/**
 * A citation marker (`<sup class="cite">[9]</sup>`) follows a space on the page and is left out
 * of the index (excludeSelectors), which left the space before the full stop after it: "the
 * section of law . That". This drops the whitespace before each marker.
 */
export function joinCitationMarkers(html: string): string {
  return html.replace(/\s+(?=<sup class="cite")/g, '');
}

/** Both of the above: what the integration hands to Pagefind. */
export const indexCopy = (html: string): string => joinCitationMarkers(separateTableCells(html));
