/**
 * "Where to ask: your embassy or consulate" on the wizard's verdicts: for which meanings asking the
 * post is part of the advice, and the links to show. Pure: the posts come in as data (the wizard
 * pages build them from the posts collection), and each link comes from inquiryChannelFor, so the
 * wizard, the planner and the letters point at the same channel.
 */
import type { Meaning } from '../wizard/facts';
import { inquiryChannelFor } from './lookup';
import type { PostGroup } from './types';

/**
 * The verdict meanings where the advice includes asking the embassy or consulate (after the
 * waiting time, about documents, an interview or a hold). Not for issued, refused or a case still
 * in progress, where there is nothing yet to ask the post.
 */
export const ASK_POST_MEANINGS = [
  'administrative-processing',
  'documents-requested',
  'likely-approved',
  'unclear',
  'interview-required',
  'on-hold',
] as const satisfies readonly Meaning[];

/** True when a verdict with this meaning shows the block. */
export function asksPost(meaning: string): boolean {
  return (ASK_POST_MEANINGS as readonly string[]).includes(meaning);
}

/** One post in the block: where to ask and its page on this site. */
export interface AskLink {
  id: string;
  city: string;
  name: string;
  /** The post's inquiry channel (https). */
  url: string;
  /** What that channel is called. */
  label: string;
  /** /posts/<id>/ */
  page: string;
}

/** The posts by country, each with its inquiry channel from inquiryChannelFor. */
export function askLinks(groups: readonly PostGroup[]): { country: string; posts: AskLink[] }[] {
  const all = groups.flatMap((g) => g.posts);
  return groups.map((g) => ({
    country: g.country,
    posts: g.posts.map((p) => {
      const channel = inquiryChannelFor(p.id, all);
      if (!channel.ok) throw new Error(`Post ${p.id}: no inquiry channel.`);
      return { id: p.id, city: p.city, name: p.name, url: channel.url, label: channel.label, page: channel.page };
    }),
  }));
}
