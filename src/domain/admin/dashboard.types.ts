// Types of the admin dashboard: one row per politician, per nämnd and for the organisation, a
// trend per day. Aggregates only (counts and scores); there is deliberately no party field.

import type { ComplianceSnapshot } from '../reports/compliance';

/** What the dashboard reads from one compliance snapshot (no party field exists to read). */
export type DashboardSnapshot = Pick<ComplianceSnapshot, 'mailbox' | 'displayName' | 'namnder' | 'date' | 'hygieneScore' | 'backlog' | 'unreadOverdue' | 'oldestUnreadDays' | 'awaitingDecision' | 'publicRecordsNotForwarded' | 'logWindowRows' | 'flaggedLogRows' | 'outOfOffice' | 'logRequestHolds'>;

/** What the dashboard reads from Graph's usage reports (structurally the ports' rows). */
export interface DashboardUsage {
  userPrincipalName: string;
  lastActivityDate: string | null;
  storageUsedBytes: number;
}
export interface DashboardActivity {
  userPrincipalName: string;
  readCount: number;
  receiveCount: number;
}

export type Problem = 'not_forwarded' | 'overdue_unread' | 'awaiting_decision' | 'flagged_log_rows' | 'out_of_office' | 'hold' | 'low_score' | 'stale';

export const PROBLEMS: readonly Problem[] = ['not_forwarded', 'overdue_unread', 'awaiting_decision', 'flagged_log_rows', 'out_of_office', 'hold', 'low_score', 'stale'];

export type DashboardRole = 'admin' | 'registrar' | 'politician';

export interface DashboardOptions {
  /** YYYY-MM-DD: the viewer's local date (time comes in as an argument). */
  today: string;
  viewer: { role: DashboardRole; mailbox: string };
  filter?: { namnd?: string; problem?: Problem };
  /** A score below this is a problem (default 60). */
  lowScoreBelow?: number;
  /** A latest snapshot older than this many days is a problem (default 3). */
  staleAfterDays?: number;
  /** Groups with fewer people have their totals suppressed (default 5). */
  minGroupSize?: number;
}

export interface PoliticianRow {
  mailbox: string;
  displayName: string;
  namnder: string[];
  date: string;
  ageDays: number;
  hygieneScore: number;
  backlog: { inbox: number; sentitems: number; deleteditems: number };
  unreadOverdue: number;
  oldestUnreadDays: number | null;
  awaitingDecision: number;
  publicRecordsNotForwarded: number;
  logWindowRows: number;
  flaggedLogRows: number;
  outOfOffice: boolean;
  logRequestHolds: number;
  /** From the usage reports, when the tenant's report has the person (null when names are concealed). */
  lastActivityDate: string | null;
  storageUsedBytes: number | null;
  readCount: number | null;
  problems: Problem[];
}

export interface Totals {
  people: number;
  averageScore: number;
  backlog: number;
  unreadOverdue: number;
  awaitingDecision: number;
  publicRecordsNotForwarded: number;
  logWindowRows: number;
  flaggedLogRows: number;
  outOfOffice: number;
  logRequestHolds: number;
}

/** A group's totals, or only its size class when it is smaller than the minimum. */
export type GroupTotals = { suppressed: false; totals: Totals } | { suppressed: true };

export interface NamndRow {
  namnd: string;
  group: GroupTotals;
}

export interface TrendPoint {
  date: string;
  group: GroupTotals;
}

export interface Dashboard {
  rows: PoliticianRow[];
  namnder: NamndRow[];
  organisation: GroupTotals;
  trend: TrendPoint[];
  /** Every nämnd seen, for the filter (empty for a politician). */
  namndOptions: string[];
  minGroupSize: number;
}
