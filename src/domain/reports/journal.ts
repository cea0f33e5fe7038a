// Postvakt's metadata-only journal of purged and forwarded messages: rows are written before the
// purge, deduplicated by ref, and dropped as they leave the log window. A purge under an override
// (a registrera message purged anyway, with the person's reason) is kept for a year after the act
// even when its log row has left the window, so the reason can still be shown and accounted for.

import type { JournalEntry } from '../mailbox';
import { DAY_MS } from './calendar';

/** How long an override entry is kept after the purge, whatever the log window. */
export const OVERRIDE_KEEP_DAYS = 365;

/** Keeps the entries whose log row is still inside the window, and override entries under a year old. */
export function pruneJournal(journal: readonly JournalEntry[], now: string, windowDays: number): JournalEntry[] {
  const start = Date.parse(now) - windowDays * DAY_MS;
  const overrideStart = Date.parse(now) - OVERRIDE_KEEP_DAYS * DAY_MS;
  return journal.filter((e) => Date.parse(e.dateTime) >= start || (!!e.overrideReason && Date.parse(e.actedAt) >= overrideStart));
}

/** Purges done under an override, newest act first: what the person decided, when and why. */
export function overridesInJournal(journal: readonly JournalEntry[]): JournalEntry[] {
  return journal.filter((e) => !!e.overrideReason).sort((a, b) => Date.parse(b.actedAt) - Date.parse(a.actedAt));
}

/** Appends entries whose ref is not already present, then prunes. */
export function appendJournal(
  journal: readonly JournalEntry[],
  entries: readonly JournalEntry[],
  now: string,
  windowDays: number,
): JournalEntry[] {
  const refs = new Set(journal.map((e) => e.ref).filter((r): r is string => !!r));
  const fresh = entries.filter((e) => !e.ref || !refs.has(e.ref));
  return pruneJournal([...journal, ...fresh], now, windowDays);
}
