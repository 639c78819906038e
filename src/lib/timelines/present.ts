/** Short plain-words renderings of one case, shared by case cards and case pages. */
import type { CaseRecord } from './types';
import { factsOfCase, valueLabel, visaClassOf } from './vocabulary';
import { stepDays, timingOf } from './timing';
import { dayLabel } from './describe';
import { formatPeriod } from './dates';

const statusShort: Record<string, string> = {
  'Administrative Processing': 'AP',
  'Refused (text unknown)': 'Refused',
  'Refused (long text)': 'Refused (long)',
  'Refused (short text)': 'Refused (short)',
  'Case last updated (status not stated)': 'date changed',
};

/** "H-4 · Hyderabad · Interview · Officer said approved · Passport kept". */
export function caseFacts(c: CaseRecord): string {
  const f = factsOfCase(c);
  const parts = [
    c.visa ? (visaClassOf(c.visa) ? valueLabel('visa', visaClassOf(c.visa)!) : c.visa) : 'Visa not stated',
    c.post ?? 'Post not stated',
    f.route[0] ? valueLabel('route', f.route[0]) : 'Route not stated',
    ...f.officer.map((v) => valueLabel('officer', v)),
    ...f.passport.map((v) => valueLabel('passport', v)),
  ];
  return parts.join(' · ');
}

/** "Refused (short), day 1 → AP, day 4 → Issued, day 7", or why there is nothing to show. */
export function stepLine(c: CaseRecord): string {
  if (c.ceac_sequence.length === 0) return 'No CEAC statuses reported.';
  const days = stepDays(c);
  return c.ceac_sequence
    .map((s, i) => {
      const day = days[i]?.day;
      const when = day !== undefined ? dayLabel(day) : s.date ? formatPeriod(s.date) : 'no date';
      return `${statusShort[s.status] ?? s.status}, ${when}`;
    })
    .join(' → ');
}

/** How the case enters the wait estimate. */
export function timingLine(c: CaseRecord): string {
  const t = timingOf(c);
  if (t.kind === 'untimed') return `Not in the wait estimate: ${t.reason.charAt(0).toLowerCase()}${t.reason.slice(1)}`;
  return t.observation.event
    ? `In the wait estimate: outcome on day ${t.observation.time}.`
    : `In the wait estimate: still waiting on day ${t.observation.time}.`;
}
