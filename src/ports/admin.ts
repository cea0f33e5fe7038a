// Ports for the admin side (dashboard and e-mail log requests): Microsoft 365's usage reports, the
// organisation's compliance list (a SharePoint list of counts) and Exchange message trace. The
// Graph adapters implement them; the local Graph server emulates the same endpoints.

import type { ComplianceSnapshot } from '../domain/reports/compliance';

/** Graph report periods the dashboard asks for. */
export type ReportPeriod = 'D7' | 'D30';

/** One row of Graph `reports/getMailboxUsageDetail` (CSV), as numbers. */
export interface MailboxUsageRow {
  /** Concealed (an opaque hash) when the tenant hides user names in reports. */
  userPrincipalName: string;
  displayName: string;
  isDeleted: boolean;
  /** YYYY-MM-DD or null. */
  lastActivityDate: string | null;
  itemCount: number;
  storageUsedBytes: number;
  deletedItemCount: number;
  deletedItemSizeBytes: number;
  reportRefreshDate: string;
}

/** One row of Graph `reports/getEmailActivityUserDetail` (CSV), as numbers. */
export interface EmailActivityRow {
  userPrincipalName: string;
  displayName: string;
  lastActivityDate: string | null;
  sendCount: number;
  receiveCount: number;
  readCount: number;
  reportRefreshDate: string;
}

export interface UsageReportsPort {
  mailboxUsage(period: ReportPeriod): Promise<MailboxUsageRow[]>;
  emailActivity(period: ReportPeriod): Promise<EmailActivityRow[]>;
}

/** What one politician's Postvakt shares for one day (counts only; defined in the domain). */
export type { ComplianceSnapshot };

/** A stored snapshot with the list item's id. */
export interface ComplianceListItem extends ComplianceSnapshot {
  itemId: string;
}

export interface ComplianceListPort {
  /** Every row the caller may read (an admin: all; a politician: only their own), newest days included. */
  listSnapshots(options?: { sinceDate?: string }): Promise<ComplianceListItem[]>;
  /** Writes (or replaces) the caller's own row for `snapshot.date`. */
  publishSnapshot(snapshot: ComplianceSnapshot): Promise<void>;
}

/** One row of Exchange message trace (Graph `admin/exchange/tracing/messageTraces`). */
export interface MessageTraceRow {
  id: string;
  /** RFC 5322 Message-ID. */
  messageId: string;
  senderAddress: string;
  recipientAddress: string;
  subject: string;
  receivedDateTime: string;
  status: string;
  size: number;
}

export interface MessageTraceQuery {
  /** ISO instants; the adapter splits the range into windows of at most 10 days. */
  start: string;
  end: string;
  senderAddress?: string;
  recipientAddress?: string;
}

export interface MessageTracePort {
  /** Every trace row in the range (all pages, all windows), for the given sender or recipient. */
  list(query: MessageTraceQuery): Promise<MessageTraceRow[]>;
}

/** A request for one person's e-mail log (TF 2 kap.), handled by an admin or the registrar. */
export interface LogRequestRecord {
  id: string;
  /** Whose log: the politician's address. */
  mailbox: string;
  /** Who asked (free text; may be "anonym": the asker need not say who they are). */
  requestedBy: string;
  /** When the request came in (ISO instant). */
  receivedAt: string;
  /** The period asked for (ISO instants). */
  periodStart: string;
  periodEnd: string;
  status: 'open' | 'exported' | 'closed';
  /** The official handling it (address). */
  handledBy: string;
  exportedAt?: string;
  closedAt?: string;
  /** JSON of the official's masking decisions (the workflow's own document). */
  maskingJson?: string;
}

/**
 * The organisation's list of log requests (a second SharePoint list). Admins and registrars write;
 * every signed-in member of the organisation may read, so a politician's Postvakt sees an open
 * request on their own mailbox and holds gallring.
 */
export interface LogRequestListPort {
  list(options?: { mailbox?: string; openOnly?: boolean }): Promise<LogRequestRecord[]>;
  create(request: Omit<LogRequestRecord, 'id'>): Promise<LogRequestRecord>;
  update(id: string, patch: Partial<Omit<LogRequestRecord, 'id'>>): Promise<void>;
}
