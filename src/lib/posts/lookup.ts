/**
 * Finding a post from an id in a link (`?post=<id>`), and the inquiry channel to show for it.
 * Pure: the list of posts is passed in (the page builds it from the posts collection), so the
 * wizard, the planner and the letters all read the same data.
 */
import type { PostPick } from './types';

export type PostLookup = { kind: 'none' } | { kind: 'known'; post: PostPick } | { kind: 'unknown'; id: string };

/** Ids longer than this are not shown back to the reader in a notice. */
const MAX_SHOWN = 40;

/** No id, a post we list, or an id we do not know (a typo, an old link, a post we do not cover). */
export function lookupPost(id: string | null | undefined, posts: readonly PostPick[]): PostLookup {
  const wanted = (id ?? '').trim().toLowerCase();
  if (wanted === '') return { kind: 'none' };
  const post = posts.find((p) => p.id === wanted);
  return post ? { kind: 'known', post } : { kind: 'unknown', id: wanted.slice(0, MAX_SHOWN) };
}

/** The words shown when a link names a post we do not list. */
export function unknownPostNotice(id: string): string {
  return `The link names an embassy or consulate we do not list ("${id}"), so the general 180-day guidance is used. Choose your post from the list if it is there.`;
}

export type InquiryChannel =
  { ok: true; post: PostPick; url: string; label: string; page: string; days: number | null } | { ok: false; notice: string | undefined };

/**
 * Where a person asks about their case at a post: the post's first inquiry channel, its page on
 * this site and its own waiting figure. For the wizard's verdict and the letter templates.
 * Without an id there is nothing to show (`notice` undefined); an unknown id gets the notice.
 */
export function inquiryChannelFor(postId: string | null | undefined, posts: readonly PostPick[]): InquiryChannel {
  const found = lookupPost(postId, posts);
  if (found.kind === 'none') return { ok: false, notice: undefined };
  if (found.kind === 'unknown') return { ok: false, notice: unknownPostNotice(found.id) };
  const { post } = found;
  return { ok: true, post, url: post.url, label: post.channel, page: `/posts/${post.id}/`, days: post.days };
}
