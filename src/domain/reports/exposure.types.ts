// Types of the 30-day e-mail log exposure report.

import type { JournalEntry } from '../mailbox';
import type { FeedbackKind } from '../registrar/registration.types';
import type { EmailAddress, WellKnownFolder } from '../types';
import type { Bilingual } from './hygiene.types';
import type { SensitiveFlag, SensitiveKind } from './sensitive';

export interface ExposureRow {
  /** When the message was sent or received: the log row's own time. */
  dateTime: string;
  /** Swedish local date and time of the row. */
  localDate: string;
  localTime: string;
  direction: 'in' | 'out';
  from: EmailAddress | null;
  to: EmailAddress[];
  cc: EmailAddress[];
  subject: string;
  /** 'brevlada': still in a folder; 'journal': purged or forwarded by Postvakt, the row remains in the log. */
  source: 'brevlada' | 'journal';
  folder?: WellKnownFolder;
  action?: JournalEntry['action'];
  /** For a journal row purged under an override: the person's reason (Postvakt's note, not part of the log). */
  overrideReason?: string;
  /** For a forwarded original: the registrar's receipt (kvitto), when it has come. */
  receipt?: { kind: FeedbackKind; diarienummer?: string; at: string };
  /** The instant and the Swedish local date the row leaves the log window. */
  leavesWindowAt: string;
  leavesWindowOn: string;
  sensitive: SensitiveFlag[];
}

export interface TimelineDay {
  date: string;
  /** Rows that leave the window on this date. */
  leaving: number;
  /** Rows still inside the window at the end of this date. */
  remaining: number;
}

export interface ExposureCounts {
  total: number;
  inMailbox: number;
  purgedOrForwarded: number;
  incoming: number;
  outgoing: number;
  withSensitive: number;
  bySensitiveKind: Record<SensitiveKind, number>;
}

export interface ExposureReport {
  now: string;
  windowDays: number;
  windowStart: string;
  mailbox: string;
  /** The plain statement the view shows first. */
  statement: Bilingual;
  /** Newest first. */
  rows: ExposureRow[];
  counts: ExposureCounts;
  timeline: TimelineDay[];
}
