/**
 * iCalendar (RFC 5545) files of all-day reminders. Only what calendar apps need: CRLF line ends
 * (3.1), lines folded at 75 octets without splitting a UTF-8 character (3.1), TEXT escaping (3.3.11),
 * DATE values for all-day events with an exclusive DTEND (3.6.1), a UID derived from the event's
 * content so that importing the same plan twice updates instead of duplicating (3.8.4.7), a
 * DTSTAMP in UTC (3.8.7.2), and reminders (VALARM, 3.6.6).
 *
 * Reminders: each event is all-day (DTSTART;VALUE=DATE), so its date never moves with the reader's
 * time zone, and each VALARM has a TRIGGER relative to that start. RFC 5545 3.6.6 says an alarm on a
 * DATE-valued event is "triggered relative to 00:00:00 of the user's configured time zone on the
 * specified date": so -P29DT15H is 09:00 local time 30 days before, -P6DT15H 09:00 seven days
 * before, and PT9H 09:00 on the day itself, wherever the reader is. These are the triggers Apple
 * Calendar writes itself for its all-day alerts ("1 day before (9 AM)" is -PT15H, "On day of event
 * (9 AM)" is PT9H). A floating 09:00 event would also stay at 09:00 local, but it would no longer be
 * a date: it would show as an appointment and end at a time, which a deadline does not. Known limits,
 * said in the planner: Outlook keeps one reminder per event and ignores a trigger after the start
 * (so it keeps an earlier one, not the 09:00 one); Google Calendar, as far as we could find, applies
 * the calendar's own default notifications to imported events rather than the file's alarms.
 */
import { addDays, isIsoDate, type IsoDate } from './calendar';

export interface IcsEvent {
  /** The all-day date. */
  date: IsoDate;
  /** One line, shown as the event title. */
  summary: string;
  /** Optional longer text; line breaks are kept. */
  description?: string | undefined;
}

/** A reminder: a TRIGGER duration relative to the start of the all-day event, and what it says. */
export interface IcsAlarm {
  /** RFC 5545 duration (3.3.6), relative to 00:00 local on the event's date: "-P6DT15H" is 09:00 seven days before. */
  trigger: string;
  /** The reminder's text, after the event's summary. */
  label: string;
}

/** 30 days and 7 days before, and on the day, each at 09:00 local time (see the note at the top). */
export const DEFAULT_ALARMS: readonly IcsAlarm[] = [
  { trigger: '-P29DT15H', label: 'in 30 days' },
  { trigger: '-P6DT15H', label: 'in 7 days' },
  { trigger: 'PT9H', label: 'today' },
];

export interface IcsOptions {
  /** Reminders for every event; DEFAULT_ALARMS unless given ([] for none). */
  alarms?: readonly IcsAlarm[];
  /** The moment the file is made (DTSTAMP). Pass it in tests; defaults to now. */
  now?: Date;
  /** Product identifier (PRODID). */
  prodId?: string;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into lines of at most 75 octets; continuation lines begin with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // the leading space of a continuation counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** cyrb53: a small, well-mixed 53-bit string hash; enough to tell events apart, not for security. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** A UID that depends only on the event's date and words. */
export function eventUid(event: IcsEvent): string {
  return `${event.date}-${hash53(`${event.date}\u0000${event.summary}\u0000${event.description ?? ''}`)}@ceac-status-guide`;
}

function basicDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}

function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** A complete VCALENDAR with one all-day VEVENT per event. Throws on an invalid date or empty summary. */
export function buildIcs(events: readonly IcsEvent[], options: IcsOptions = {}): string {
  const stamp = utcStamp(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId ?? '-//CEAC Status Guide//Next-steps planner//EN'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const event of events) {
    if (!isIsoDate(event.date)) throw new RangeError(`Not a YYYY-MM-DD calendar date: ${event.date}`);
    if (event.summary.trim() === '') throw new RangeError('An event needs a summary.');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${eventUid(event)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      'TRANSP:TRANSPARENT',
      ...(options.alarms ?? DEFAULT_ALARMS).flatMap((alarm) => [
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER;RELATED=START:${alarm.trigger}`,
        `DESCRIPTION:${escapeText(`${event.summary} (${alarm.label})`)}`,
        'END:VALARM',
      ]),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
