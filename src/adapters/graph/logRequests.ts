// LogRequestListPort over the organisation's SharePoint list of e-mail log requests (admins and registrars write).

import type { Client } from '@microsoft/microsoft-graph-client';
import type { LogRequestListPort, LogRequestRecord } from '../../ports/admin';
import type { GraphStats } from './accounting';
import { AdminSession, odataString } from './adminSession';
import { HONOR_NON_INDEXED, itemsPath, LIST_PAGE_SIZE, type ListItem, type ListLocation } from './complianceList';
import { GraphError } from './errors';

export interface GraphLogRequestList extends LogRequestListPort {
  stats(): GraphStats;
}

const COLUMNS: Record<keyof Omit<LogRequestRecord, 'id'>, string> = {
  mailbox: 'Mailbox',
  requestedBy: 'RequestedBy',
  receivedAt: 'ReceivedAt',
  periodStart: 'PeriodStart',
  periodEnd: 'PeriodEnd',
  status: 'Status',
  handledBy: 'HandledBy',
  exportedAt: 'ExportedAt',
  closedAt: 'ClosedAt',
  maskingJson: 'MaskingJson',
};
const STATUSES = new Set(['open', 'exported', 'closed']);

export function toLogRequestFields(patch: Partial<Omit<LogRequestRecord, 'id'>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    const v = patch[key];
    if (v !== undefined) out[column] = key === 'mailbox' ? String(v).toLowerCase() : String(v);
  }
  return out;
}

export function fromLogRequestFields(id: string, f: Record<string, unknown>): LogRequestRecord {
  const str = (column: string): string => {
    if (typeof f[column] !== 'string') throw new GraphError({ code: 'invalid_response', message: `A log request row has an invalid ${column}.` });
    return f[column] as string;
  };
  const opt = (column: string): string | undefined => (typeof f[column] === 'string' && f[column] !== '' ? (f[column] as string) : undefined);
  const status = str('Status');
  if (!STATUSES.has(status)) throw new GraphError({ code: 'invalid_response', message: 'A log request row has an unknown Status.' });
  const record: LogRequestRecord = {
    id,
    mailbox: str('Mailbox'),
    requestedBy: str('RequestedBy'),
    receivedAt: str('ReceivedAt'),
    periodStart: str('PeriodStart'),
    periodEnd: str('PeriodEnd'),
    status: status as LogRequestRecord['status'],
    handledBy: str('HandledBy'),
  };
  const exportedAt = opt('ExportedAt');
  const closedAt = opt('ClosedAt');
  const maskingJson = opt('MaskingJson');
  if (exportedAt) record.exportedAt = exportedAt;
  if (closedAt) record.closedAt = closedAt;
  if (maskingJson) record.maskingJson = maskingJson;
  return record;
}

export function createGraphLogRequestList(client: Client, at: ListLocation): GraphLogRequestList {
  const session = new AdminSession(client);
  const path = itemsPath(at);
  return {
    async list(options = {}) {
      const clauses: string[] = [];
      if (options.mailbox) clauses.push(`fields/Mailbox eq ${odataString(options.mailbox.toLowerCase())}`);
      if (options.openOnly) clauses.push(`fields/Status eq 'open'`);
      const parts = ['$expand=fields', `$top=${LIST_PAGE_SIZE}`];
      if (clauses.length) parts.push(`$filter=${encodeURIComponent(clauses.join(' and '))}`);
      const items = await session.all<ListItem>(`${path}?${parts.join('&')}`, { headers: HONOR_NON_INDEXED });
      return items.map((item) => fromLogRequestFields(item.id, item.fields ?? {})).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    },
    async create(request) {
      const fields = { Title: `Begäran om e-postlogg ${request.mailbox.toLowerCase()}`, ...toLogRequestFields(request) };
      const item = await session.json<ListItem>('POST', path, { fields });
      return fromLogRequestFields(item.id, item.fields ?? {});
    },
    async update(id, patch) {
      const fields = toLogRequestFields(patch);
      if (!Object.keys(fields).length) return;
      await session.json('PATCH', `${path}/${encodeURIComponent(id)}/fields`, fields);
    },
    stats: () => session.stats(),
  };
}
