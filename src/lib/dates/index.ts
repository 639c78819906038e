/**
 * Dates for the next-steps planner, the wizard's timing advice and calendar export.
 * Every date is a YYYY-MM-DD string; see README.md in this folder for the API in one page.
 */
export {
  type IsoDate,
  isIsoDate,
  parseIsoDate,
  isLeapYear,
  addDays,
  addYears,
  daysBetween,
  compareDates,
  laterOf,
  weekday,
  localToday,
  toDayNumber,
  fromDayNumber,
  formatIsoDate,
} from './calendar';
export { type Holiday, federalHolidays, federalHolidayOn, HOLIDAY_SOURCES, FIRST_HOLIDAY_YEAR } from './holidays';
export { isBusinessDay, addBusinessDays, businessDaysBetween } from './business';
export {
  type RuleSource,
  type InquiryRule,
  type InquiryDates,
  INQUIRY_RULES,
  GENERAL_INQUIRY_DAYS,
  CHECK_STATUS_BUSINESS_DAYS,
  ISSUED_CONTACT_WORKING_DAYS,
  inquiryWindow,
  inquiryWindows,
  ONE_YEAR_SOURCES,
  STATUS_TEXT_TIMING,
} from './rules';
export {
  type KeyDate,
  type KeyDateKind,
  type CountedFrom,
  type Situation,
  keyDate,
  sayDate,
  documentsDeadline,
  dvYearEnd,
  DATE_TITLES,
  COUNTED_FROM,
  DATE_RULES,
  BY_HAND,
} from './deadlines';
export { type IcsEvent, type IcsOptions, type IcsAlarm, buildIcs, escapeText, foldLine, eventUid, DEFAULT_ALARMS } from './ics';
