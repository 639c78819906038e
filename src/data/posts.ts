/**
 * The one place pages read the posts collections from. Joins each post with its country's shared
 * facts and checks, once per build, that every post's country exists, that its id is a city in
 * lower-case ASCII and that every fact's source number resolves; a problem fails the build with
 * the file and field named.
 */
import { getCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { findImpossibleDates } from '../lib/content/references';
import { postId } from '../schemas/post';
import { groupByCountry, pickFor, resolvePost, type ResolvedPost } from '../lib/posts/resolve';
import type { PostGroup, PostPick } from '../lib/posts/types';

let loaded: Promise<ResolvedPost[]> | undefined;

async function load(): Promise<ResolvedPost[]> {
  const [posts, countries] = await Promise.all([getCollection('posts'), getCollection('postCountries')]);
  const problems: string[] = [];
  const byCode = new Map(countries.map((c) => [c.data.code, c]));
  for (const c of countries) {
    if (c.id !== c.data.code.toLowerCase())
      problems.push(
        `src/content/post-countries/${c.id}.yaml: code ${c.data.code} does not match the file name (${c.data.code.toLowerCase()}.yaml).`,
      );
  }
  const resolved: ResolvedPost[] = [];
  for (const p of posts) {
    const file = `src/content/posts/${p.id}.yaml`;
    if (!postId.safeParse(p.id).success)
      problems.push(`${file}: the file name is the post id and must be the city in lower-case ASCII with hyphens (sao-paulo.yaml).`);
    const country = byCode.get(p.data.countryCode);
    if (!country) {
      problems.push(
        `${file}: countryCode ${p.data.countryCode} has no src/content/post-countries/${p.data.countryCode.toLowerCase()}.yaml.`,
      );
      continue;
    }
    try {
      const post = resolvePost(p.id, p.data, country.data);
      pickFor(post);
      resolved.push(post);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  for (const entry of [...posts, ...countries]) {
    if (entry.filePath) problems.push(...findImpossibleDates(entry.filePath, await readFile(entry.filePath, 'utf8')));
  }
  if (problems.length > 0) throw new Error(`Post problems:\n  ${problems.join('\n  ')}`);
  return resolved.sort((a, b) => a.country.name.localeCompare(b.country.name, 'en') || a.entry.city.localeCompare(b.entry.city, 'en'));
}

/** Every post, joined with its country, sorted by country and city. */
export function getPosts(): Promise<ResolvedPost[]> {
  loaded ??= load();
  return loaded;
}

/** The small records the planner, the letters and the wizard use. */
export async function getPostPicks(): Promise<PostPick[]> {
  return (await getPosts()).map(pickFor);
}

/** The picks grouped by country, for a select with one group per country. */
export async function getPostGroups(): Promise<PostGroup[]> {
  return groupByCountry(await getPostPicks());
}
