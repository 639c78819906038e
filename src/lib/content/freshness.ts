/**
 * Honest freshness: a guide's "facts current to" date can never claim more than its sources
 * and its review support. Pure, unit-tested, and run at build time (src/data/content.ts).
 */
export interface FreshnessInput {
  /** The file, for the message: "src/content/guides/<id>.mdx". */
  file: string;
  /** The day the guide was last reviewed, YYYY-MM-DD. */
  reviewed: string;
  /** The date the guide claims its facts are current to, YYYY-MM-DD. */
  factsCurrentTo: string;
  sources: ReadonlyArray<{ accessed: string; dated?: string | undefined }>;
}

/** A source's own date: when its content is from, else (when unknown) the day it was read. */
export function sourceDate(source: { accessed: string; dated?: string | undefined }): string {
  return source.dated ?? source.accessed;
}

/** The newest source date of a list, or undefined for an empty list. */
export function newestSourceDate(sources: FreshnessInput['sources']): string | undefined {
  return sources.map(sourceDate).sort().at(-1);
}

/** Problems with one guide's factsCurrentTo, as "file: field ..." messages (empty when fine). */
export function findFreshnessProblems(entry: FreshnessInput): string[] {
  const problems: string[] = [];
  if (entry.factsCurrentTo > entry.reviewed) {
    problems.push(`${entry.file}: factsCurrentTo ${entry.factsCurrentTo} is later than reviewed ${entry.reviewed}.`);
  }
  const newest = newestSourceDate(entry.sources);
  if (newest !== undefined && entry.factsCurrentTo > newest) {
    problems.push(
      `${entry.file}: factsCurrentTo ${entry.factsCurrentTo} is later than the newest source (${newest}, from its dated or accessed field).`,
    );
  }
  return problems;
}
