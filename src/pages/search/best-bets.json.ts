/**
 * /search/best-bets.json: the best bets (src/content/best-bets/) as the search UI matches them,
 * fetched with Pagefind (src/islands/search/pagefind-client.ts). Examples stay out: they are for tests.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { BestBetView } from '../../lib/search/best-bets';

export const GET: APIRoute = async () => {
  const bets: BestBetView[] = (await getCollection('bestBets')).map((b) => ({
    id: b.id,
    title: b.data.title,
    url: b.data.url,
    answer: b.data.answer,
    all: b.data.all,
    none: b.data.none,
    order: b.data.order,
  }));
  return new Response(JSON.stringify(bets), { headers: { 'Content-Type': 'application/json' } });
};
