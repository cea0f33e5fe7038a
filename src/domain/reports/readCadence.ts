// Whether an unread message is overdue under the profile's read cadence: every weekday (Kramfors
// 5.2) or at least every N days (Region Kronoberg: "minst varannan dag").

import type { ReadCadence } from '../policy/types';
import { DAY_MS, addDays, daysBetween, isWeekday, localDate } from './calendar';
import type { Bilingual } from './hygiene.types';

/**
 * Weekdays: overdue once a whole weekday has passed after the day it arrived (arrived Friday,
 * overdue from Tuesday). Every N days: overdue once N full days have passed since it arrived.
 */
export function isOverdue(receivedIso: string, nowIso: string, cadence: ReadCadence): boolean {
  if (cadence.kind === 'everyNDays') {
    return Date.parse(nowIso) - Date.parse(receivedIso) > cadence.days * DAY_MS;
  }
  const arrived = localDate(receivedIso);
  const today = localDate(nowIso);
  const gap = daysBetween(arrived, today);
  for (let d = 1; d < gap && d <= 8; d++) {
    if (isWeekday(addDays(arrived, d))) return true;
  }
  return false;
}

export function describeCadence(cadence: ReadCadence): Bilingual {
  if (cadence.kind === 'weekdays') {
    return { sv: 'E-posten ska öppnas varje vardag (måndag–fredag)', en: 'Mail must be opened every weekday (Monday–Friday)' };
  }
  const sv = cadence.days === 2 ? 'minst varannan dag' : `minst var ${cadence.days}:e dag`;
  return { sv: `E-posten ska läsas ${sv}`, en: `Mail must be read at least every ${cadence.days} days` };
}
