/**
 * Guide topics, in the order the guides index shows them. The id is what frontmatter uses;
 * the label and blurb are what readers see.
 */
export const topics = [
  { id: 'ceac-status', label: 'Reading your CEAC status', blurb: 'What Refused, its long and short texts, and status changes mean.' },
  {
    id: '221g',
    label: '221(g) and administrative processing',
    blurb: 'The form, the slips, what happens in processing and how long it takes.',
  },
  {
    id: 'dropbox-passport',
    label: 'Dropbox cases and passports',
    blurb: 'Interview waivers, returned or kept passports, and getting a passport back.',
  },
  { id: 'refusals', label: 'Refusals and reapplying', blurb: 'What a real refusal looks like and what you can do after one.' },
  { id: 'next-steps', label: 'What to do next', blurb: 'Waiting, inquiries, escalation and deadlines.' },
  { id: 'immigrant-visas', label: 'Immigrant visas', blurb: 'NVC, Ready, administrative processing and Refused for IV cases.' },
  { id: 'myths', label: 'Myths and bad information', blurb: 'Invented statistics and statuses that circulate, and what is known.' },
] as const;

export type TopicId = (typeof topics)[number]['id'];
export const topicIds = topics.map((t) => t.id) as [TopicId, ...TopicId[]];

export function topicLabel(id: TopicId): string {
  return topics.find((t) => t.id === id)?.label ?? id;
}
