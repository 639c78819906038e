/**
 * Which check months the pages group, derived from the data so that a refresh moves them:
 *   - recent: the last nine check months in checkee's table (the daily dashboard history covers
 *     them from their first days), in three groups of three months;
 *   - older: the 2016–2018 months that both the 2018 scrape and checkee's table cover and that
 *     the scrape followed for at least five months;
 *   - oldest: 2009–2012 and 2013–2015, cleared cases only.
 */
import type { Manifest } from './import';
import { measuredFiles } from './import';
import type { MeasuredData } from './types';
import type { Periods } from './figures';

export function addMonths(month: string, k: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const t = y * 12 + (m - 1) + k;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

export const RECENT_MONTHS = 9;
/** The scrape must have followed a check month for at least this many months for it to count. */
export const MIN_FOLLOW_MONTHS = 5;

export function choosePeriods(data: MeasuredData, manifest: Manifest): Periods {
  const months = data.checkeeMonths.map((m) => m.check_month).sort();
  const last = months.at(-1)!;
  const from = addMonths(last, -(RECENT_MONTHS - 1));
  const recentGroups = [0, 3, 6].map((k) => ({ from: addMonths(from, k), to: addMonths(from, k + 2) }));
  const scrapeDay = manifest.files[measuredFiles.checkeeCleared.path.replace(/^data\//, '')]!.followUp;
  const tableFrom = months[0]!;
  const olderTo = addMonths(scrapeDay.slice(0, 7), -MIN_FOLLOW_MONTHS);
  const older: { from: string; to: string }[] = [];
  for (let year = Number(tableFrom.slice(0, 4)); year <= Number(olderTo.slice(0, 4)); year++) {
    const a = `${year}-01` < tableFrom ? tableFrom : `${year}-01`;
    const b = `${year}-12` > olderTo ? olderTo : `${year}-12`;
    if (a <= b) older.push({ from: a, to: b });
  }
  const firstCleared = data.checkeeCleared
    .map((c) => c.check_date)
    .sort()[0]!
    .slice(0, 4);
  const oldest = [
    { from: `${firstCleared}-01`, to: '2012-12' },
    { from: '2013-01', to: `${Number(tableFrom.slice(0, 4)) - 1}-12` },
  ].filter((p) => p.from <= p.to);
  return { recent: { from, to: last }, recentGroups, older, oldest, scrapeDay };
}
