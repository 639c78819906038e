import { describe, expect, it } from 'vitest';
import { ASK_POST_MEANINGS, askLinks, asksPost } from '../../../src/lib/posts/ask';
import { meanings } from '../../../src/lib/wizard/facts';
import type { PostGroup } from '../../../src/lib/posts/types';

const groups: PostGroup[] = [
  {
    country: 'Colombia',
    posts: [
      {
        id: 'bogota',
        name: 'U.S. Embassy Bogotá',
        city: 'Bogotá',
        country: 'Colombia',
        days: 120,
        url: 'https://co.usembassy.gov/form',
        channel: 'Inquiry form',
      },
    ],
  },
  {
    country: 'India',
    posts: [
      {
        id: 'chennai',
        name: 'U.S. Consulate General Chennai',
        city: 'Chennai',
        country: 'India',
        days: null,
        url: 'https://in.usembassy.gov/a',
        channel: 'support',
      },
      {
        id: 'mumbai',
        name: 'U.S. Consulate General Mumbai',
        city: 'Mumbai',
        country: 'India',
        days: null,
        url: 'https://in.usembassy.gov/b',
        channel: 'support',
      },
    ],
  },
];

describe('where to ask on a verdict', () => {
  it('is shown for the meanings where asking the post is advice, and only those', () => {
    expect([...ASK_POST_MEANINGS].sort()).toEqual([
      'administrative-processing',
      'documents-requested',
      'interview-required',
      'likely-approved',
      'on-hold',
      'unclear',
    ]);
    for (const m of meanings) expect(asksPost(m)).toBe((ASK_POST_MEANINGS as readonly string[]).includes(m));
    expect(asksPost('issued')).toBe(false);
    expect(asksPost('refused')).toBe(false);
    expect(asksPost('in-progress')).toBe(false);
  });

  it('links each post to its own inquiry channel and its page, grouped as given', () => {
    const links = askLinks(groups);
    expect(links.map((g) => g.country)).toEqual(['Colombia', 'India']);
    expect(links[0]!.posts[0]).toEqual({
      id: 'bogota',
      city: 'Bogotá',
      name: 'U.S. Embassy Bogotá',
      url: 'https://co.usembassy.gov/form',
      label: 'Inquiry form',
      page: '/posts/bogota/',
    });
    expect(links[1]!.posts.map((p) => p.url)).toEqual(['https://in.usembassy.gov/a', 'https://in.usembassy.gov/b']);
  });
});
