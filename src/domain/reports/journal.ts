// Postvakt's metadata-only journal of purged and forwarded messages: rows are written before the
// purge, deduplicated by ref, and dropped as they leave the log window.

import type { JournalEntry } from '../../ports/mailbox';
import { DAY_MS } from './calendar';

/** Keeps the entries whose log row is still inside the window. */
export function pruneJournal(journal: readonly JournalEntry[], now: string, windowDays: number): JournalEntry[] {
  const start = Date.parse(now) - windowDays * DAY_MS;
  return journal.filter((e) => Date.parse(e.dateTime) >= start);
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
