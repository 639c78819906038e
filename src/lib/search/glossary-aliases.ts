/**
 * Turns glossary entries into synonym pairs for the query planner: typing an alias also
 * searches for the term ("admin processing" → "administrative processing"). Served after the
 * site's own synonyms (src/content/search/aliases.yaml) in /search/aliases.json.
 */
import { normalizeQuery } from './normalize';

export interface GlossaryAliasSource {
  term: string;
  aliases: readonly string[];
}

export function glossaryAliasPairs(entries: readonly GlossaryAliasSource[]): Array<[string, string]> {
  const pairs = new Map<string, string>();
  for (const entry of entries) {
    const term = normalizeQuery(entry.term);
    for (const alias of entry.aliases) {
      const typed = normalizeQuery(alias);
      // An alias that normalizes to the term ("221g" for "221(g)") needs no pair; the first entry to claim an alias keeps it.
      if (!typed || !term || typed === term || pairs.has(typed)) continue;
      pairs.set(typed, term);
    }
  }
  return [...pairs.entries()];
}
