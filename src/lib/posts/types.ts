/**
 * What the planner, the letter templates and the wizard need to know about a post. Small on
 * purpose: the planner page carries one of these per post as data, not the whole entry.
 */
export interface PostPick {
  /** The post id, as in /posts/<id>/ ("chennai", "mexico-city"). */
  id: string;
  /** The post's own name: "U.S. Consulate General Chennai". */
  name: string;
  /** "Chennai". */
  city: string;
  /** "India". */
  country: string;
  /** The post's own waiting figure in days, or null when it publishes none (the general figure applies). */
  days: number | null;
  /** The address of the first inquiry channel (https). */
  url: string;
  /** What that channel is called: "Online inquiry form", "support-india@usvisascheduling.com". */
  channel: string;
}

/** Posts grouped by country, for a select with one group per country. */
export interface PostGroup {
  country: string;
  posts: PostPick[];
}
