/**
 * /search/aliases.json: the search's word tables (src/content/search/, checked by
 * src/lib/search/tables.ts) and, after its own synonyms, the glossary aliases as [typed, term]
 * pairs, fetched by the search UI with Pagefind so that a new "Also written" spelling in the
 * glossary is searchable without code. The
 * embassies' and consulates' other names ("Bombay" → "Mumbai", "Saigon" → "Ho Chi Minh City") and
 * the countries' ("Viet Nam" → "Vietnam") are added the same way, from src/content/posts/.
 */
import type { APIRoute } from 'astro';
import { getGlossary } from '../../data/content';
import { glossaryAliasPairs } from '../../lib/search/glossary-aliases';
import { getPosts } from '../../data/posts';
import { getSearchTables } from '../../data/search-words';

export const GET: APIRoute = async () => {
  const terms = await getGlossary();
  const posts = await getPosts();
  const countries = [...new Map(posts.map((p) => [p.country.code, p.country])).values()];
  const pairs = glossaryAliasPairs([
    ...terms.map((t) => ({ term: t.data.term, aliases: t.data.aliases })),
    ...posts.map((p) => ({ term: p.entry.city, aliases: p.entry.aliases })),
    ...countries.map((c) => ({ term: c.name, aliases: c.aliases })),
  ]);
  const tables = await getSearchTables();
  return new Response(JSON.stringify({ ...tables, synonyms: [...tables.synonyms, ...pairs] }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
