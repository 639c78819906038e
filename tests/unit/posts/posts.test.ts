import { describe, expect, test } from 'vitest';
import { postInquiryDates, waitingGuidanceSentence } from '../../../src/lib/posts/dates';
import { inquiryChannelFor, lookupPost } from '../../../src/lib/posts/lookup';
import { groupByCountry } from '../../../src/lib/posts/resolve';
import { makePlan } from '../../../src/lib/planner/plan';
import { INQUIRY_RULES } from '../../../src/lib/dates';
import type { PostPick } from '../../../src/lib/posts/types';

const bogota: PostPick = {
  id: 'bogota',
  name: 'U.S. Embassy Bogotá',
  city: 'Bogotá',
  country: 'Colombia',
  days: 120,
  url: 'https://co.usembassy.gov/visas/nonimmigrant-visas/administrative-process/',
  channel: 'Administrative processing page',
};
const chennai: PostPick = {
  id: 'chennai',
  name: 'U.S. Consulate General Chennai',
  city: 'Chennai',
  country: 'India',
  days: null,
  url: 'https://www.usvisascheduling.com/',
  channel: 'U.S. Visa Scheduling',
};
const posts = [chennai, bogota];

describe('postInquiryDates', () => {
  test('uses the post figure when the chosen post publishes one, and gives the general date beside it', () => {
    const out = postInquiryDates({ interview: '2026-03-10' }, bogota);
    expect(out.from).toBe('post');
    expect(out.days).toBe(120);
    expect(out.earliest).toBe('2026-07-08');
    expect(out.general?.earliest).toBe('2026-09-06');
  });

  test('uses the general 180 days when no post is chosen, with nothing beside it', () => {
    const out = postInquiryDates({ interview: '2026-03-10' });
    expect(out).toMatchObject({ from: 'general', days: 180, earliest: '2026-09-06' });
    expect(out.general).toBeUndefined();
  });

  test('uses the general figure for a post that publishes none', () => {
    const out = postInquiryDates({ interview: '2026-03-10', documentsSent: '2026-04-01' }, chennai);
    expect(out).toMatchObject({ from: 'general', basis: 'documents', earliest: '2026-09-28' });
    expect(out.general).toBeUndefined();
  });

  test('shows no second date when the post figure equals the general one', () => {
    expect(postInquiryDates({ interview: '2026-03-10' }, { days: 180 }).general).toBeUndefined();
  });

  test('the employer note names the post only when it has its own figure', () => {
    expect(waitingGuidanceSentence(bogota)).toMatch(/^The U\.S\. Embassy Bogotá asks applicants to wait at least 120 days/);
    expect(waitingGuidanceSentence(chennai)).toMatch(/^The State Department's guidance is to wait at least 180 days/);
  });
});

describe('the planner with a post', () => {
  test('the inquiry date follows the post and names the general date', () => {
    const out = makePlan({ interview: '2026-03-10', post: bogota }, '2026-11-26', INQUIRY_RULES);
    if (!out.ok) throw new Error(out.problems.join());
    const inquiry = out.plan.entries.find((e) => e.id === 'inquiry')!;
    expect(inquiry.date).toBe('2026-07-08');
    expect(inquiry.general).toBe('2026-09-06');
    expect(inquiry.counted).toBe('Counted from your interview or drop-off on 10 March 2026.');
    expect(inquiry.why).toMatch(
      /^120 calendar days, under the guidance of the U\.S\. Embassy Bogotá\. The general 180-day guidance gives 6 September 2026\./,
    );
  });

  test('a post without its own figure keeps the general date and no second one', () => {
    const out = makePlan({ interview: '2026-03-10', post: chennai }, '2026-11-26', INQUIRY_RULES);
    if (!out.ok) throw new Error(out.problems.join());
    const inquiry = out.plan.entries.find((e) => e.id === 'inquiry')!;
    expect(inquiry.date).toBe('2026-09-06');
    expect(inquiry.general).toBeUndefined();
    expect(inquiry.why).toMatch(/general State Department guidance/);
  });
});

describe('lookupPost and inquiryChannelFor', () => {
  test('finds a listed post, ignoring case and spaces', () => {
    expect(lookupPost(' Chennai ', posts)).toEqual({ kind: 'known', post: chennai });
  });

  test('an unknown id is reported, not thrown', () => {
    expect(lookupPost('madras-old', posts)).toEqual({ kind: 'unknown', id: 'madras-old' });
    const out = inquiryChannelFor('madras-old', posts);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.notice).toMatch(/do not list \("madras-old"\).*180-day/);
  });

  test('no id means nothing to show and no notice', () => {
    expect(inquiryChannelFor(null, posts)).toEqual({ ok: false, notice: undefined });
    expect(inquiryChannelFor('', posts)).toEqual({ ok: false, notice: undefined });
  });

  test('gives the channel, the post page and the figure for the wizard', () => {
    expect(inquiryChannelFor('bogota', posts)).toEqual({
      ok: true,
      post: bogota,
      url: bogota.url,
      label: bogota.channel,
      page: '/posts/bogota/',
      days: 120,
    });
  });
});

test('groupByCountry sorts countries and cities', () => {
  expect(
    groupByCountry([bogota, chennai, { ...chennai, id: 'mumbai', city: 'Mumbai' }]).map((g) => [g.country, g.posts.map((p) => p.city)]),
  ).toEqual([
    ['Colombia', ['Bogotá']],
    ['India', ['Chennai', 'Mumbai']],
  ]);
});
