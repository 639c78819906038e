/**
 * The wizard island's data (decision table, words, outcome summaries) as a static JSON file.
 * Kept out of /wizard/'s HTML so the first paint does not wait for ~100 KB of data the page
 * only needs once the script runs (Lighthouse mobile budget, docs/design.md §9).
 */
import type { APIRoute } from 'astro';
import { wizardProps } from '../../data/wizard-props';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await wizardProps(site)), { headers: { 'Content-Type': 'application/json' } });
