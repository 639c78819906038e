/** The search's word tables, read from src/content/search/ and checked (src/lib/search/tables.ts): a bad entry fails the build, naming the file. */
import { getCollection } from 'astro:content';
import { aliasTablesFrom, type AliasTablesJson } from '../lib/search/tables';

export async function getSearchTables(): Promise<AliasTablesJson> {
  const [aliases, vocabulary] = await Promise.all([getCollection('searchAliases'), getCollection('searchVocabulary')]);
  return aliasTablesFrom(
    aliases,
    vocabulary.map((e) => e.id),
  );
}
