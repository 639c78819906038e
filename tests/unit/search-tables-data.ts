/**
 * The search's word tables as /search/aliases.json serves them (before the glossary aliases), read
 * from src/content/search/ without a build: each entry checked against its schema, the whole by tables.ts.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { aliasSchema } from '../../src/schemas/search-words';
import { ALIASES_FILE, VOCABULARY_FILE, aliasTablesFrom, parseAliasTables, vocabularyEntries } from '../../src/lib/search/tables';
import { fileEntries } from './words-data';

const root = new URL('../../', import.meta.url).pathname;

export const aliasEntries = fileEntries(aliasSchema, ALIASES_FILE);
export const vocabularyWords = vocabularyEntries(parse(readFileSync(root + VOCABULARY_FILE, 'utf8'))).map((e) => e.id);
export const tablesJson = aliasTablesFrom(aliasEntries, vocabularyWords);
/** The tables as the browser reads them from the JSON. */
export const siteTables = parseAliasTables(JSON.parse(JSON.stringify(tablesJson)));
