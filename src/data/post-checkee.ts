/**
 * checkee.info figures for a post page (src/lib/measured/post-checkee.ts), from the same data the
 * timelines pages read (src/data/measured.ts): the recent file's completed cases, its whole
 * period of check months, and its follow-up day from data/sources.json.
 */
import { getMeasured } from './measured';
import { measuredFiles } from '../lib/measured/import';
import { checkMonthsOf, checkeeNamesFor, postCheckee, type PostCheckee } from '../lib/measured/post-checkee';

/** The figures for a post that names its checkee spelling; undefined for one that does not. */
export function getPostCheckee(entry: { checkee?: readonly string[] | undefined }): PostCheckee | undefined {
  const names = checkeeNamesFor(entry);
  if (names.length === 0) return undefined;
  const { data, manifest } = getMeasured();
  const file = manifest.files[measuredFiles.checkeeRecent.path.replace(/^data\//, '')];
  if (!file) throw new Error('data/sources.json has no entry for the recent checkee file.');
  return postCheckee(data.checkeeRecent, names, { ...checkMonthsOf(data.checkeeRecent), followUp: file.followUp });
}
