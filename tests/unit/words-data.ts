/**
 * Reads the word collections the way their loaders do (a file() YAML file: each top-level key is an
 * entry id; a glob folder: each file name is an entry id) and checks each entry against its schema.
 * A schema error names the file, the entry and the field. Used by the unit tests, without a build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';

const root = new URL('../../', import.meta.url).pathname;

function check<S extends z.ZodType>(schema: S, file: string, id: string, data: unknown): { id: string; data: z.infer<S> } {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${[id, ...i.path].join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${issues}`);
  }
  return { id, data: result.data };
}

/** Entries of a YAML file whose top-level keys are ids (as Astro's file() loader reads it). */
export function entriesOfText<S extends z.ZodType>(schema: S, file: string, text: string): { id: string; data: z.infer<S> }[] {
  const parsed: unknown = parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${file}: expected ids as top-level keys`);
  return Object.entries(parsed).map(([id, data]) => check(schema, file, id, data));
}

export function fileEntries<S extends z.ZodType>(schema: S, file: string): { id: string; data: z.infer<S> }[] {
  return entriesOfText(schema, file, readFileSync(join(root, file), 'utf8'));
}

/** Entries of a folder of YAML files, one entry per file named by its id (as the glob() loader reads it). */
export function folderEntries<S extends z.ZodType>(schema: S, folder: string): { id: string; data: z.infer<S> }[] {
  return readdirSync(join(root, folder))
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .map((f) => check(schema, `${folder}/${f}`, basename(f, '.yaml'), parse(readFileSync(join(root, folder, f), 'utf8'))));
}
