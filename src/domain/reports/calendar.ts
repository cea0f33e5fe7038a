// Calendar arithmetic in Swedish local time (Europe/Stockholm) for reports: local dates, weekdays,
// and day counts. Pure: every instant comes in as an argument.

export const DAY_MS = 24 * 60 * 60 * 1000;

const TIME_ZONE = 'Europe/Stockholm';

// Made on first use, not when the module loads: a formatter with a time zone loads ICU's zone data
// (tens of milliseconds on a phone), and the task pane's entry imports this module through the
// registrar envelope without formatting a date before its first verdict.
let dateFormat: Intl.DateTimeFormat | null = null;
let timeFormat: Intl.DateTimeFormat | null = null;

/** The local date (YYYY-MM-DD) of an instant in Sweden. */
export function localDate(iso: string): string {
  dateFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  return dateFormat.format(new Date(iso));
}

/** The local time (HH:MM) of an instant in Sweden. */
export function localTime(iso: string): string {
  timeFormat ??= new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return timeFormat.format(new Date(iso));
}

/** "2026-11-03 08:41" in Swedish local time. */
export function localDateTime(iso: string): string {
  return `${localDate(iso)} ${localTime(iso)}`;
}

/** Adds whole days to a calendar date (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T12:00:00Z`) + days * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday, for a calendar date. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

export function isWeekday(date: string): boolean {
  const d = weekdayOf(date);
  return d >= 1 && d <= 5;
}

/** Whole calendar days from date a to date b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / DAY_MS);
}

/** Whole 24-hour periods from instant a to instant b, never negative. */
export function ageInDays(fromIso: string, nowIso: string): number {
  return Math.max(0, Math.floor((Date.parse(nowIso) - Date.parse(fromIso)) / DAY_MS));
}

export function addMs(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

export function isValidInstant(iso: string): boolean {
  return typeof iso === 'string' && !Number.isNaN(Date.parse(iso));
}
