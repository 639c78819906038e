/**
 * Kept so that older imports keep working: the one date formatter is `formatIsoDate` in
 * src/lib/dates/calendar.ts (new code imports it from there).
 */
export { formatIsoDate } from '../dates/calendar';
