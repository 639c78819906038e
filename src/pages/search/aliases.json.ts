/**
 * /search/aliases.json: glossary aliases as [typed, term] pairs, fetched by the search UI with
 * Pagefind so that a new "Also written" spelling in the glossary is searchable without code.
 */
import type { APIRoute } from 'astro';
import { getGlossary } from '../../data/content';
import { glossaryAliasPairs } from '../../lib/search/glossary-aliases';

export const GET: APIRoute = async () => {
  const terms = await getGlossary();
  const pairs = glossaryAliasPairs(terms.map((t) => ({ term: t.data.term, aliases: t.data.aliases })));
  return new Response(JSON.stringify(pairs), { headers: { 'Content-Type': 'application/json' } });
};
