/**
 * Pagefind builds its excerpts from the text of the HTML it indexes. It ends a paragraph, a list
 * item or a data cell (<td>) with a separator, but runs a header cell (<th>) straight into the
 * text after it when no whitespace stands between the tags, and Astro's HTML compression removes
 * that whitespace: the Diversity Visa table's header reached the excerpts as "DV yearCasesVisa
 * issued…", a policy's country list as "CountryCode".
 *
 * This puts a space after every cell that has none, in the copy Pagefind indexes
 * (src/integrations/pagefind.ts). The built page, and so the table a reader sees, is unchanged.
 */
export function separateTableCells(html: string): string {
  return html.replace(/<\/t[hd]\s*>(?!\s)/gi, '$& ');
}
