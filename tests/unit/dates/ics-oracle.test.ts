/**
 * The planner's calendar file read back by an independent parser, ical.js (a devDependency, used
 * only here as an oracle): the events, their all-day dates, the alarms, the descriptions with the
 * meaning and the inquiry link, and that no event is in the past for a given "today".
 */
import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { INQUIRY_RULES, buildIcs, sayDate, keyDate } from '../../../src/lib/dates';
import { makePlan, planEvents } from '../../../src/lib/planner/plan';

const chennai = { name: 'Online inquiry form (U.S. Consulate General Chennai)', url: 'https://in.usembassy.gov/visas/visa-inquiries/' };

function fileFor(input: Parameters<typeof makePlan>[0], today: string, where = chennai) {
  const out = makePlan(input, today, INQUIRY_RULES);
  if (!out.ok) throw new Error(out.problems.join(' '));
  return buildIcs(planEvents(out.plan, where), { now: new Date(`${today}T12:00:00Z`) });
}

function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      start: event.startDate,
      end: event.endDate,
      summary: event.summary,
      description: event.description,
      alarms: vevent.getAllSubcomponents('valarm').map((a) => ({
        action: a.getFirstPropertyValue('action'),
        trigger: a.getFirstPropertyValue('trigger') as ICAL.Duration,
        related: a.getFirstProperty('trigger')!.getParameter('related'),
        description: a.getFirstPropertyValue('description'),
      })),
    };
  });
}

const meaning = { id: 'documents-requested', label: 'Documents requested' };

describe('the calendar file, read back with ical.js', () => {
  const today = '2026-11-26';
  const events = read(fileFor({ interview: '2026-11-10', asked: 'yes', meaning }, today));

  test('has one all-day event for each date from today on, on its own date', () => {
    // The inquiry date: documents were asked for and not sent, so 180 days from today, as in the wizard.
    expect(events.map((e) => [e.start.toString(), e.start.isDate, e.end.toString()])).toEqual([
      ['2027-05-25', true, '2027-05-26'],
      ['2027-11-09', true, '2027-11-10'],
    ]);
  });

  test('leaves out every event before the given today', () => {
    // 12 November 2026 (check CEAC) is before 26 November: not in the file.
    for (const e of events) expect(e.start.toString() >= today).toBe(true);
    // Not known whether documents were asked for: the inquiry date (9 May 2027) counts from the interview and has passed.
    const later = read(fileFor({ interview: '2026-11-10', meaning }, '2027-06-01'));
    expect(later.map((e) => e.start.toString())).toEqual(['2027-11-09']);
  });

  test('titles each event with the same words as the planner and the wizard', () => {
    expect(events.map((e) => e.summary)).toEqual([
      `Visa: ${sayDate(keyDate('inquiry', { interview: '2026-11-10', documentsPendingFrom: today })!).title}`,
      'Visa: Send the requested documents by 9 November 2027 at the latest',
    ]);
  });

  test('reminds 30 days and 7 days before and on the morning of each date, at 09:00 local time', () => {
    for (const e of events) {
      expect(e.alarms.map((a) => [a.action, a.related, a.trigger.toSeconds()])).toEqual([
        ['DISPLAY', 'START', -(29 * 86400 + 15 * 3600)],
        ['DISPLAY', 'START', -(6 * 86400 + 15 * 3600)],
        ['DISPLAY', 'START', 9 * 3600],
      ]);
      // 00:00 on the date plus the trigger: 09:00 on day −30, −7 and 0 (floating: the reader's own clock).
      const at = e.alarms.map((a) => {
        const t = e.start.clone();
        t.isDate = false;
        t.addDuration(a.trigger);
        return t.toString();
      });
      const day = (n: number) => {
        const t = e.start.clone();
        t.adjust(n, 0, 0, 0);
        return `${t.toString()}T09:00:00`;
      };
      expect(at).toEqual([day(-30), day(-7), day(0)]);
      for (const a of e.alarms) expect(a.description).toMatch(new RegExp(`^${e.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`));
    }
  });

  test('says in each description what the date is counted from, the meaning and where to ask', () => {
    const deadline = events[1]!.description;
    expect(deadline).toContain('Counted from 10 November 2026, your interview or drop-off, taken as the refusal date');
    expect(deadline).toContain('What your answers most likely mean: Documents requested.');
    expect(deadline).toContain(`Where to ask: ${chennai.name}, ${chennai.url}`);
    expect(deadline.split('\n').length).toBe(4);
  });

  test('keeps commas, semicolons, backslashes and long text intact through escaping and folding', () => {
    const odd = { name: 'Form; email, or "portal" \\ desk — ñ', url: 'https://example.org/a,b;c' };
    const [first] = read(fileFor({ interview: '2026-11-10', meaning }, today, odd));
    expect(first!.description).toContain(`Where to ask: ${odd.name}, ${odd.url}`);
  });

  test('has no documents deadline once the documents are sent, or when none were asked for', () => {
    const sent = read(fileFor({ interview: '2026-11-10', documentsSent: '2026-11-20', asked: 'yes' }, today));
    expect(sent.map((e) => e.summary).some((s) => s.includes('Send the requested documents'))).toBe(false);
    const none = read(fileFor({ interview: '2026-11-10', asked: 'no' }, today));
    expect(none.map((e) => e.summary).some((s) => s.includes('Send the requested documents'))).toBe(false);
  });
});
