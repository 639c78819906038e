/**
 * Plain sentences and number formats for the measured figures: one sentence per situation that a
 * worried reader understands, built only from computed figures (nothing typed by hand).
 */
import type { CohortFigures } from './figures';
import type { DvYear } from './dv';
import type { VisaOfficeYear } from './visa-office';
import type { EstimateFigures } from './checkee';
import { tooFewWords } from '../timelines/km';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-11" → "November 2025". */
export function monthName(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** "2026-07-29" → "29 July 2026". */
export function dayName(day: string): string {
  return `${Number(day.slice(8, 10))} ${monthName(day.slice(0, 7))}`;
}

/** "November 2025 to July 2026", "2017" for a whole year. */
export function periodName(p: { from: string; to: string }): string {
  if (p.from.endsWith('-01') && p.to.endsWith('-12') && p.from.slice(0, 4) === p.to.slice(0, 4)) return p.from.slice(0, 4);
  if (p.from.endsWith('-01') && p.to.endsWith('-12')) return `${p.from.slice(0, 4)} to ${p.to.slice(0, 4)}`;
  return `${monthName(p.from)} to ${monthName(p.to)}`;
}

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Nov 2025 – Jan 2026", "2017", "2009–2012": for narrow table cells. */
export function shortPeriod(p: { from: string; to: string }): string {
  const y1 = p.from.slice(0, 4);
  const y2 = p.to.slice(0, 4);
  if (p.from.endsWith('-01') && p.to.endsWith('-12')) return y1 === y2 ? y1 : `${y1}–${y2}`;
  const m = (s: string) => `${SHORT[Number(s.slice(5, 7)) - 1]} ${s.slice(0, 4)}`;
  return `${m(p.from)} – ${m(p.to)}`;
}

/** 1875 → "1,875". */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** 0.1084 → "11%"; values under 1 % keep one decimal. */
export function percent(share: number): string {
  const p = share * 100;
  return `${p > 0 && p < 1 ? p.toFixed(1) : Math.round(p)}%`;
}

/** 93 → "93 days (about 3 months)". */
export function daysWords(days: number): string {
  const months = days / 30.44;
  return days >= 45 ? `${days} days (about ${Math.round(months)} months)` : `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** "1 in 82" for 13 of 1,072; "none" for 0. */
export function oneIn(part: number, whole: number): string {
  return part === 0 ? 'none' : `about 1 in ${Math.round(whole / part)}`;
}

/** "93 days (95% interval 91–97)", or the shared "too few" words, or why there is none. */
export function medianWords(f: EstimateFigures): string {
  if (!f.enough) return tooFewWords(f.outcomes);
  if (f.median === undefined) return f.medianNote!;
  const ci = f.medianLow !== undefined ? ` (95% interval ${f.medianLow}–${f.medianHigh ?? 'beyond follow-up'})` : '';
  return `${f.median} days${ci}`;
}

/** The lead sentence for administrative processing (checkee). */
export function checkSentence(c: CohortFigures, who = 'people'): string {
  const lead = `Of the ${count(c.n)} ${who} who logged a security check (administrative processing) on checkee.info with a check date from ${monthName(c.spec.from)} to ${monthName(c.spec.to)}`;
  if (!c.km.enough) return `${lead}, ${tooFewWords(c.km.outcomes).charAt(0).toLowerCase()}${tooFewWords(c.km.outcomes).slice(1)}`;
  const half =
    c.km.median !== undefined
      ? `half had an answer within ${daysWords(c.km.median)}`
      : `fewer than half had an answer by ${dayName(c.followUp)}`;
  const refused = c.decided > 0 ? ` Of those with an answer, ${oneIn(c.rejected, c.decided)} was refused; the rest were cleared.` : '';
  return `${lead}, ${half}, counting those still waiting on ${dayName(c.followUp)}.${refused}`;
}

/** The lead sentence for DV cases that showed Refused (221(g)). */
export function dvSentence(y: DvYear): string {
  const half = y.medianToIssue !== undefined ? `, half of those within ${daysWords(y.medianToIssue)} of the 221(g)` : '';
  return `Of the ${count(y.n)} DV-${y.fiscalYear} cases that showed "Refused" (221(g)) on CEAC, ${percent(y.issued / y.n)} got their visa before the 30 September deadline${half}; ${percent(y.stillWaiting / y.n)} were still in 221(g) when the year ended.`;
}

/** The lead sentence for the Visa Office's worldwide count. */
export function visaOfficeSentence(y: VisaOfficeYear): string {
  const kind = y.kind === 'NIV' ? 'nonimmigrant' : 'immigrant';
  if (y.overcome === null || y.shareOvercome === null)
    return `Worldwide in FY${y.fiscalYear}, consulates refused ${count(y.findings)} ${kind} visa applications under 221(g).`;
  return `Worldwide in FY${y.fiscalYear}, consulates refused ${count(y.findings)} ${kind} visa applications under 221(g), and ${count(y.overcome)} 221(g) refusals were overcome that year, as many as ${percent(y.shareOvercome)} of the year's refusals: for most people a 221(g) is a pause, not the end.`;
}
