// Types of the mailbox hygiene report.

import type { Category, WellKnownFolder } from '../types';
import type { AutomaticReplies } from '../mailbox';
import type { ReadCadence } from '../policy/types';

export interface Bilingual {
  sv: string;
  en: string;
}

export interface FolderHygiene {
  folder: WellKnownFolder;
  /** Items Exchange counts in the folder. */
  count: number;
  oldestDateTime: string | null;
  oldestAgeDays: number | null;
}

export interface UnreadHygiene {
  /** Unread messages in the Inbox. */
  count: number;
  oldestUnreadDateTime: string | null;
  oldestUnreadAgeDays: number | null;
  cadence: ReadCadence;
  /** Unread messages the cadence says should have been opened by now. */
  overdueCount: number;
  explanation: Bilingual;
}

export type DecisionBucket = Category | 'oklassad' | 'avgor_senare';

export interface AwaitingDecision {
  /** Messages still in Inbox, Sent Items or Deleted Items, by proposed category. */
  byCategory: Record<DecisionBucket, number>;
  total: number;
}

export interface OldItems {
  /** Items older than one year in any of the folders. */
  count: number;
  oldestDateTime: string | null;
}

export interface OutOfOffice {
  status: AutomaticReplies['status'];
  /** True when replies are being sent right now. */
  activeNow: boolean;
  rule: string;
  advice: Bilingual;
}

export interface Deduction {
  id: 'unread_overdue' | 'registrera_waiting' | 'gallra_waiting' | 'undecided' | 'deleted_items' | 'older_than_year';
  points: number;
  /** The rule the deduction rests on, in Swedish with its source. */
  rule: string;
  count: number;
  detail: Bilingual;
}

export interface HygieneReport {
  now: string;
  folders: FolderHygiene[];
  unread: UnreadHygiene;
  awaitingDecision: AwaitingDecision;
  olderThanYear: OldItems;
  outOfOffice: OutOfOffice;
  /** 0..100; 100 minus the deductions. */
  score: number;
  deductions: Deduction[];
}
