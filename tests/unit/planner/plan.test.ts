import { describe, expect, test } from 'vitest';
import { INQUIRY_RULES, buildIcs } from '../../../src/lib/dates';
import { makePlan, planEvents, relativeDays, selectableRules } from '../../../src/lib/planner/plan';

const today = '2026-11-26';

describe('makePlan', () => {
  test('gives the hand-checked dates for an interview on 10 March 2026', () => {
    const out = makePlan({ interview: '2026-03-10' }, today, INQUIRY_RULES);
    if (!out.ok) throw new Error(out.problems.join());
    const byId = Object.fromEntries(out.plan.entries.map((e) => [e.id, e.date]));
    expect(byId).toEqual({ 'check-status': '2026-03-12', inquiry: '2026-09-06', deadline: '2027-03-09' });
    expect(out.plan.calendarDaysSince).toBe(261);
    expect(out.plan.inquiries.map((q) => q.earliest)).toEqual(['2026-09-06', '2026-07-08', '2026-05-09']);
  });

  test('counts business days since the interview without weekends or federal holidays', () => {
    // 11 March to 26 November 2026 is 261 days: 37 weeks (185 weekdays) plus Wed 25 and Thu 26 November,
    // so 187 weekdays; minus Memorial Day, Juneteenth, July 3 (observed), Labor Day, Columbus Day,
    // Veterans Day and Thanksgiving (26 November) = 180.
    const out = makePlan({ interview: '2026-03-10' }, today, INQUIRY_RULES);
    expect(out.ok && out.plan.businessDaysSince).toBe(180);
  });

  test('uses the later documents date, the refusal date and the chosen post rule', () => {
    const out = makePlan(
      { interview: '2026-03-10', documentsSent: '2026-04-01', refusal: '2026-03-11', issued: '2026-11-16', rule: 'colombia-120' },
      today,
      INQUIRY_RULES,
    );
    if (!out.ok) throw new Error(out.problems.join());
    const byId = Object.fromEntries(out.plan.entries.map((e) => [e.id, e]));
    expect(byId['inquiry']?.date).toBe('2026-07-30');
    expect(byId['inquiry']?.counted).toBe(
      'Counted from 1 April 2026, the day you sent the documents, because it is later than the interview.',
    );
    expect(byId['inquiry']?.why).toMatch(/^120 calendar days/);
    // Documents sent: the one-year limit is met, so there is no deadline for them.
    expect(byId['deadline']).toBeUndefined();
    expect(byId['issued-contact']?.date).toBe('2026-12-02');
    expect(out.plan.entries.map((e) => e.date)).toEqual([...out.plan.entries.map((e) => e.date)].sort());
  });

  test('never lets the superseded 60-day figure be chosen', () => {
    const out = makePlan({ interview: '2026-03-10', rule: 'older-60' }, today, INQUIRY_RULES);
    expect(out.ok && out.plan.rule.id).toBe('state-department-180');
    expect(selectableRules(INQUIRY_RULES).map((r) => r.id)).toEqual(['state-department-180', 'colombia-120']);
  });

  test('explains bad input instead of throwing', () => {
    expect(makePlan({ interview: '' }, today, INQUIRY_RULES)).toEqual({
      ok: false,
      problems: ['Enter the date of your interview or drop-off.'],
    });
    const bad = makePlan({ interview: '2026-02-30', documentsSent: '1999-12-31' }, today, INQUIRY_RULES);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems).toEqual([
      'The interview or drop-off date is not a real date. Use the date picker or write it as YYYY-MM-DD.',
      'The date you sent documents must be between 2000 and two years from today.',
    ]);
  });

  test('notes a documents date before the interview and a future interview', () => {
    const out = makePlan({ interview: '2026-12-01', documentsSent: '2026-11-01' }, today, INQUIRY_RULES);
    expect(out.ok && out.notes.slice(0, 2)).toEqual([
      'The documents date is before the interview, so the wait is counted from the interview.',
      'Your interview date is in the future; the dates below count from it.',
    ]);
  });

  test('counts the documents deadline from the refusal date when one is given, and says so', () => {
    const out = makePlan({ interview: '2026-03-10', refusal: '2026-03-11', asked: 'yes' }, today, INQUIRY_RULES);
    if (!out.ok) throw new Error(out.problems.join());
    const deadline = out.plan.entries.find((e) => e.id === 'deadline')!;
    expect(deadline.title).toBe('Send the requested documents by 10 March 2027 at the latest');
    expect(deadline.counted).toMatch(/^Counted from the refusal date on your letter or slip, 11 March 2026: within one year/);
    expect(deadline.why).not.toMatch(/only if/);
  });

  test('shows the documents deadline with “only if” when it is not known whether documents were asked for', () => {
    const out = makePlan({ interview: '2026-03-10' }, today, INQUIRY_RULES);
    expect(out.ok && out.plan.entries.find((e) => e.id === 'deadline')!.why).toMatch(
      /It applies only if the officer asked you for documents\.$/,
    );
  });

  test('documents asked for and not sent: the inquiry wait counts from today, as in the wizard', () => {
    const out = makePlan({ interview: '2026-11-10', asked: 'yes' }, today, INQUIRY_RULES);
    if (!out.ok) throw new Error(out.problems.join());
    const inquiry = out.plan.entries.find((e) => e.id === 'inquiry')!;
    expect(inquiry.date).toBe('2027-05-25');
    expect(inquiry.counted).toMatch(/^Counted from today, 26 November 2026, as if you send the documents today/);
  });

  test('leaves the documents deadline out when nothing was asked for, and says why', () => {
    const out = makePlan({ interview: '2026-03-10', asked: 'no' }, today, INQUIRY_RULES);
    if (!out.ok) throw new Error(out.problems.join());
    expect(out.plan.entries.map((e) => e.id)).not.toContain('deadline');
    expect(out.notes).toContain('Nothing was asked of you, so there is no deadline for sending documents.');
  });

  test('turns the plan into calendar events in the plan’s own words, from today on', () => {
    const out = makePlan({ interview: '2026-03-10', issued: '2026-11-16' }, today, INQUIRY_RULES);
    if (!out.ok) throw new Error('no plan');
    const events = planEvents(out.plan, { name: 'our list of posts', url: 'https://example.org/posts/' });
    // Check-status (12 March) and the inquiry date (6 September) have passed on 26 November: left out.
    expect(events.map((e) => e.summary)).toEqual([
      'Visa: Contact the embassy or consulate from 2 December 2026 if your passport has not come back',
      'Visa: Send the requested documents by 9 March 2027 at the latest',
    ]);
    expect(events[1]!.description).toContain('Where to ask: our list of posts, https://example.org/posts/');
    const ics = buildIcs(events, { now: new Date('2026-11-26T12:00:00Z') });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270309');
  });

  test('puts the wizard’s meaning into each event', () => {
    const out = makePlan(
      { interview: '2026-11-20', meaning: { id: 'administrative-processing', label: 'Administrative processing' } },
      today,
      INQUIRY_RULES,
    );
    if (!out.ok) throw new Error('no plan');
    const events = planEvents(out.plan, { name: 'x', url: 'https://example.org/' });
    for (const e of events) expect(e.description).toContain('What your answers most likely mean: Administrative processing.');
  });
});

test('relativeDays reads naturally', () => {
  expect([-3, -1, 0, 1, 12].map(relativeDays)).toEqual(['3 days ago', 'yesterday', 'today', 'tomorrow', 'in 12 days']);
});
