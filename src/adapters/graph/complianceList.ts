// ComplianceListPort over a SharePoint list (Graph /sites/{site}/lists/{list}/items, Sites.Selected): one row per person and day.

import type { Client } from '@microsoft/microsoft-graph-client';
import type { ComplianceListItem, ComplianceListPort, ComplianceSnapshot } from '../../ports/admin';
import type { GraphStats } from './accounting';
import { AdminSession, odataString } from './adminSession';
import { GraphError } from './errors';

/** Filters on columns without an index need this header (Graph answers 400 otherwise). */
export const HONOR_NON_INDEXED = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
export const LIST_PAGE_SIZE = 5000;

export interface ListLocation {
  siteId: string;
  listId: string;
}

export interface ListItem {
  id: string;
  createdBy?: { user?: { email?: string } };
  fields?: Record<string, unknown>;
}

export interface GraphComplianceList extends ComplianceListPort {
  stats(): GraphStats;
  /** Rows whose author is not the mailbox they claim (a tenant cannot forbid writing them), left out of listSnapshots. */
  rowsSkipped(): number;
}

export function itemsPath(at: ListLocation): string {
  return `/sites/${encodeURIComponent(at.siteId)}/lists/${encodeURIComponent(at.listId)}/items`;
}

export function toFields(s: ComplianceSnapshot): Record<string, string | number | boolean | null> {
  return {
    Title: `${s.mailbox} ${s.date}`,
    Mailbox: s.mailbox.toLowerCase(),
    DisplayName: s.displayName,
    Namnder: JSON.stringify(s.namnder),
    SnapshotDate: s.date,
    HygieneScore: s.hygieneScore,
    DeductionsJson: JSON.stringify(s.deductions),
    BacklogInbox: s.backlog.inbox,
    BacklogSentItems: s.backlog.sentitems,
    BacklogDeletedItems: s.backlog.deleteditems,
    UnreadOverdue: s.unreadOverdue,
    OldestUnreadDays: s.oldestUnreadDays,
    AwaitingJson: JSON.stringify(s.awaitingDecision),
    PublicRecordsNotForwarded: s.publicRecordsNotForwarded,
    LogWindowRows: s.logWindowRows,
    FlaggedLogRows: s.flaggedLogRows,
    OutOfOffice: s.outOfOffice,
    LogRequestHolds: s.logRequestHolds,
  };
}

/** The columns fromFields reads (toFields' keys minus Title). */
export const SNAPSHOT_COLUMNS = [
  'Mailbox', 'DisplayName', 'Namnder', 'SnapshotDate', 'HygieneScore', 'DeductionsJson', 'BacklogInbox', 'BacklogSentItems', 'BacklogDeletedItems',
  'UnreadOverdue', 'OldestUnreadDays', 'AwaitingJson', 'PublicRecordsNotForwarded', 'LogWindowRows', 'FlaggedLogRows', 'OutOfOffice', 'LogRequestHolds',
] as const;

function invalid(field: string): GraphError {
  return new GraphError({ code: 'invalid_response', message: `A compliance list row has an invalid ${field}.` });
}

const num = (f: Record<string, unknown>, key: string): number => {
  const v = f[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw invalid(key);
  return v;
};

function json<T>(f: Record<string, unknown>, key: string, check: (v: unknown) => v is T): T {
  const raw = f[key];
  let parsed: unknown;
  try {
    parsed = typeof raw === 'string' ? JSON.parse(raw) : undefined;
  } catch {
    throw invalid(key);
  }
  if (!check(parsed)) throw invalid(key);
  return parsed;
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isDeductions = (v: unknown): v is ComplianceSnapshot['deductions'] =>
  Array.isArray(v) && v.every((d) => d && typeof d.id === 'string' && typeof d.points === 'number' && typeof d.count === 'number');
const AWAITING = ['registrera', 'gallra_ej_allman', 'gallra_ringa', 'osaker', 'oklassad'] as const;
const isAwaiting = (v: unknown): v is ComplianceSnapshot['awaitingDecision'] =>
  !!v && typeof v === 'object' && AWAITING.every((k) => typeof (v as Record<string, unknown>)[k] === 'number');

export function fromFields(itemId: string, f: Record<string, unknown>): ComplianceListItem {
  const str = (key: string): string => {
    if (typeof f[key] !== 'string') throw invalid(key);
    return f[key] as string;
  };
  const oldest = f.OldestUnreadDays;
  return {
    itemId,
    mailbox: str('Mailbox'),
    displayName: str('DisplayName'),
    namnder: json(f, 'Namnder', isStrings),
    date: str('SnapshotDate'),
    hygieneScore: num(f, 'HygieneScore'),
    deductions: json(f, 'DeductionsJson', isDeductions),
    backlog: { inbox: num(f, 'BacklogInbox'), sentitems: num(f, 'BacklogSentItems'), deleteditems: num(f, 'BacklogDeletedItems') },
    unreadOverdue: num(f, 'UnreadOverdue'),
    oldestUnreadDays: oldest === null || oldest === undefined ? null : num(f, 'OldestUnreadDays'),
    awaitingDecision: json(f, 'AwaitingJson', isAwaiting),
    publicRecordsNotForwarded: num(f, 'PublicRecordsNotForwarded'),
    logWindowRows: num(f, 'LogWindowRows'),
    flaggedLogRows: num(f, 'FlaggedLogRows'),
    outOfOffice: f.OutOfOffice === true,
    logRequestHolds: num(f, 'LogRequestHolds'),
  };
}

export function createGraphComplianceList(client: Client, at: ListLocation): GraphComplianceList {
  const session = new AdminSession(client);
  const path = itemsPath(at);
  let skipped = 0;

  function query(filter: string | null): string {
    // Only what a snapshot needs: the author (to check the row is their own) and the snapshot's columns.
    const parts = ['$select=id,createdBy', `$expand=fields($select=${SNAPSHOT_COLUMNS.join(',')})`, `$top=${LIST_PAGE_SIZE}`];
    if (filter) parts.push(`$filter=${encodeURIComponent(filter)}`);
    return `${path}?${parts.join('&')}`;
  }

  return {
    async listSnapshots(options = {}) {
      const filter = options.sinceDate ? `fields/SnapshotDate ge ${odataString(options.sinceDate)}` : null;
      const items = await session.all<ListItem>(query(filter), { headers: HONOR_NON_INDEXED });
      const out: ComplianceListItem[] = [];
      for (const item of items) {
        const row = fromFields(item.id, item.fields ?? {});
        // Only the author's own numbers count: SharePoint cannot stop someone writing a row in another's name.
        if (item.createdBy?.user?.email?.toLowerCase() !== row.mailbox.toLowerCase()) {
          skipped += 1;
          continue;
        }
        out.push(row);
      }
      return out.sort((a, b) => a.date.localeCompare(b.date) || a.mailbox.localeCompare(b.mailbox));
    },
    async publishSnapshot(snapshot) {
      const filter = `fields/Mailbox eq ${odataString(snapshot.mailbox.toLowerCase())} and fields/SnapshotDate eq ${odataString(snapshot.date)}`;
      const existing = await session.all<ListItem>(query(filter), { headers: HONOR_NON_INDEXED });
      const fields = toFields(snapshot);
      if (existing[0]) await session.json('PATCH', `${path}/${encodeURIComponent(existing[0].id)}/fields`, fields);
      else await session.json('POST', path, { fields });
    },
    stats: () => session.stats(),
    rowsSkipped: () => skipped,
  };
}
