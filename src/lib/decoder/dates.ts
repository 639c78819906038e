/**
 * The dates in a CEAC paste. CEAC prints "Case Created: 04-Jan-2021" and "Case Last Updated:
 * 15-Mar-2021" above the status text; people also type a date next to the status word
 * ("Refused 12-Mar-2026"). This finds them and says how long ago each was, for a given today.
 */
import { daysBetween, isIsoDate, type IsoDate } from '../dates/calendar';

export interface CaseDates {
  /** The "Case Created" date. */
  created?: IsoDate;
  /** The "Case Last Updated" date. */
  lastUpdated?: IsoDate;
  /** A date with no label (the first one), e.g. typed next to the status word. */
  other?: IsoDate;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*';
/** 12-Mar-2026, 12 Mar 2026, 12 March 2026 (CEAC's own form first), Mar 12, 2026, 2026-03-12. */
const DATE = new RegExp(
  `\\b(?:(\\d{1,2})[-\\s./]*${MONTH}[-\\s.,/]*(\\d{4})|${MONTH}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`,
  'gi',
);
const pad = (n: number) => String(n).padStart(2, '0');

function toIso(m: RegExpMatchArray): IsoDate | undefined {
  let iso: string;
  if (m[1]) iso = `${m[3]}-${pad(MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1)}-${pad(Number(m[1]))}`;
  else if (m[4]) iso = `${m[6]}-${pad(MONTHS.indexOf(m[4].slice(0, 3).toLowerCase()) + 1)}-${pad(Number(m[5]))}`;
  else iso = `${m[7]}-${m[8]}-${m[9]}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** The labelled and unlabelled dates in a paste; a date belongs to the label earlier on its line. */
export function readCaseDates(text: string): CaseDates {
  const out: CaseDates = {};
  for (const line of text.split(/\r\n|\r|\n/)) {
    let rest = line;
    for (const m of line.matchAll(DATE)) {
      const iso = toIso(m);
      const before = rest.slice(0, rest.indexOf(m[0])).toLowerCase();
      rest = rest.slice(rest.indexOf(m[0]) + m[0].length);
      if (!iso) continue;
      if (/last\s*up\s*dated?/.test(before)) out.lastUpdated ??= iso;
      else if (/creat/.test(before)) out.created ??= iso;
      else out.other ??= iso;
    }
  }
  return out;
}

/** Calendar days from `date` to `today` (negative when the date is later than today). */
export function daysSince(date: IsoDate, today: IsoDate): number {
  return daysBetween(date, today);
}

/** "today", "1 day ago", "45 days ago (about 6 weeks)", "400 days ago (about 13 months)", "900 days ago (about 2 years)"; "in 3 days" for a later date. */
export function agoText(days: number): string {
  if (days === 0) return 'today';
  if (days < 0) return days === -1 ? 'tomorrow' : `in ${-days} days`;
  if (days === 1) return '1 day ago';
  const about =
    days >= 730
      ? `about ${Math.round(days / 365.25)} years`
      : days >= 60
        ? `about ${Math.round(days / 30.44)} months`
        : days >= 14
          ? `about ${Math.round(days / 7)} weeks`
          : '';
  return about ? `${days} days ago (${about})` : `${days} days ago`;
}
