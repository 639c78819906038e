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
  oneYearDeadline,
  STATUS_TEXT_TIMING,
  checkStatusFrom,
  issuedContactFrom,
} from './rules';
export { type IcsEvent, type IcsOptions, buildIcs, escapeText, foldLine, eventUid } from './ics';
