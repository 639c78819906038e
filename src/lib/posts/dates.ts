/**
 * The earliest day to ask about administrative processing, for the post a person chose: the
 * post's own figure when it publishes one, the general State Department figure otherwise. When
 * the two differ, the general date is given too, so the reader sees both.
 */
import { GENERAL_INQUIRY_DAYS, inquiryWindow, type InquiryDates } from '../dates/rules';
import type { IsoDate } from '../dates/calendar';
import type { PostPick } from './types';

export interface PostInquiryDates extends InquiryDates {
  /** post: the post's own figure was used; general: the general 180-day guidance. */
  from: 'post' | 'general';
  /** The general guidance's dates, only when a post's own figure gives a different date. */
  general?: InquiryDates;
}

export function postInquiryDates(
  input: { interview: IsoDate; documentsSent?: IsoDate | undefined },
  post?: Pick<PostPick, 'days'> | undefined,
): PostInquiryDates {
  const general = inquiryWindow(input, { days: GENERAL_INQUIRY_DAYS });
  if (!post || post.days === null || post.days === GENERAL_INQUIRY_DAYS) return { ...general, from: 'general' };
  return { ...inquiryWindow(input, { days: post.days }), from: 'post', general };
}

/** The sentence the employer or school note uses for the waiting guidance. */
export function waitingGuidanceSentence(post?: Pick<PostPick, 'days' | 'name'> | undefined): string {
  if (!post || post.days === null || post.days === GENERAL_INQUIRY_DAYS) {
    return `The State Department's guidance is to wait at least ${GENERAL_INQUIRY_DAYS} days from the interview, or from sending requested documents, before asking about the case.`;
  }
  return `The ${post.name} asks applicants to wait at least ${post.days} days from the interview, or from sending requested documents, before asking about the case.`;
}
