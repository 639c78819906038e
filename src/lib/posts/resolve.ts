/**
 * Joins a post with its country's shared facts, for the post pages and the picker. Pure: the
 * entries come in as plain data (src/data/posts.ts reads the collections).
 */
import type { Channel, PostCountryEntry, PostEntry, PostFact } from '../../schemas/post';
import type { Source } from '../../schemas/source';
import type { PostGroup, PostPick } from './types';

/** A fact or channel with its source looked up, ready to show. */
export type Sourced<T> = T & { sourceEntry: Source };

export interface ResolvedPost {
  id: string;
  entry: PostEntry;
  country: PostCountryEntry;
  /** The channels to show: the post's own, or the country's shared ones when it has none. */
  channels: Sourced<Channel>[];
  /** true when the channels come from the country block. */
  sharedChannels: boolean;
  /** The post's own facts, by section, with sources resolved. */
  own: Record<'documents' | 'passports' | 'slips' | 'unusual', Sourced<PostFact>[]>;
  /** The country's shared facts, by section. */
  shared: Record<'documents' | 'passports' | 'notes', Sourced<PostFact>[]>;
  /** The source of the waiting figure: the post's own page, or the general guidance when it publishes none. */
  waitingSource: Source;
}

function withSource<T extends { source: number }>(items: readonly T[], sources: readonly Source[], where: string): Sourced<T>[] {
  return items.map((item) => {
    const sourceEntry = sources[item.source - 1];
    if (!sourceEntry) throw new Error(`${where}: source ${item.source} does not exist (the file lists ${sources.length}).`);
    return { ...item, sourceEntry };
  });
}

export function resolvePost(id: string, entry: PostEntry, country: PostCountryEntry): ResolvedPost {
  const postFile = `src/content/posts/${id}.yaml`;
  const countryFile = `src/content/post-countries/${country.code.toLowerCase()}.yaml`;
  const own = entry.channels.length > 0;
  const channels = own ? withSource(entry.channels, entry.sources, postFile) : withSource(country.channels, country.sources, countryFile);
  const waitingSource = withSource([entry.waiting], entry.sources, postFile)[0]!.sourceEntry;
  return {
    id,
    entry,
    country,
    channels,
    sharedChannels: !own,
    own: {
      documents: withSource(entry.documents, entry.sources, postFile),
      passports: withSource(entry.passports, entry.sources, postFile),
      slips: withSource(entry.slips, entry.sources, postFile),
      unusual: withSource(entry.unusual, entry.sources, postFile),
    },
    shared: {
      documents: withSource(country.documents, country.sources, countryFile),
      passports: withSource(country.passports, country.sources, countryFile),
      notes: withSource(country.notes, country.sources, countryFile),
    },
    waitingSource,
  };
}

/** The small record the planner and wizard use. */
export function pickFor(post: ResolvedPost): PostPick {
  const first = post.channels[0];
  if (!first) throw new Error(`src/content/posts/${post.id}.yaml: no inquiry channel, and ${post.country.name} has no shared one.`);
  return {
    id: post.id,
    name: post.entry.name,
    city: post.entry.city,
    country: post.country.name,
    days: post.entry.waiting.kind === 'post' ? post.entry.waiting.days : null,
    url: first.url,
    channel: first.label,
  };
}

/** Posts grouped by country (countries and cities in alphabetical order). */
export function groupByCountry<T extends { country: string; city: string }>(posts: readonly T[]): { country: string; posts: T[] }[] {
  const groups = new Map<string, T[]>();
  const sorted = [...posts].sort((a, b) => a.country.localeCompare(b.country, 'en') || a.city.localeCompare(b.city, 'en'));
  for (const p of sorted) groups.set(p.country, [...(groups.get(p.country) ?? []), p]);
  return [...groups.entries()].map(([country, list]) => ({ country, posts: list }));
}

export type { PostGroup };

/**
 * What a post entry leaves out, in plain words, for the post page's "Not found" line and the
 * maintainers' table. Shared country facts count as present.
 */
export function missingFacts(post: ResolvedPost): string[] {
  const missing: string[] = [];
  if (post.entry.waiting.kind === 'none') missing.push('its own waiting figure');
  if (post.own.documents.length + post.shared.documents.length === 0) missing.push('how it takes 221(g) documents');
  if (post.own.passports.length + post.shared.passports.length === 0) missing.push('how it returns passports');
  if (post.own.slips.length === 0) missing.push('anything it has said about its slips or letters');
  return missing;
}

/** The language of a quote that is not in English, for its lang attribute (Chinese or Bengali pages). */
export function quoteLanguage(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh';
  if (/[\u0980-\u09ff]/.test(text)) return 'bn';
  return undefined;
}

/** The most recent day any fact on the post's page was checked. */
export function lastChecked(post: ResolvedPost): string {
  const dates = [
    post.entry.waiting.checked,
    ...post.channels.map((c) => c.checked),
    ...Object.values(post.own)
      .flat()
      .map((f) => f.checked),
    ...Object.values(post.shared)
      .flat()
      .map((f) => f.checked),
  ];
  return dates.sort().at(-1)!;
}
