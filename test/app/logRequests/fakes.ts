// In-memory stand-ins for the admin ports, for the use-case tests.

import type { ComplianceListItem, ComplianceListPort, LogRequestListPort, LogRequestRecord, MessageTracePort, MessageTraceQuery, MessageTraceRow, UsageReportsPort } from '../../../src/ports/admin';
import type { Clock } from '../../../src/ports/clock';

export function fixedClock(now: string): Clock & { set(now: string): void } {
  let t = now;
  return { now: () => t, set: (n) => (t = n) };
}

export function memoryRequests(): LogRequestListPort & { rows: LogRequestRecord[] } {
  const rows: LogRequestRecord[] = [];
  return {
    rows,
    async list(options) {
      return rows.filter((r) => (!options?.mailbox || r.mailbox === options.mailbox) && (!options?.openOnly || r.status !== 'closed')).map((r) => ({ ...r }));
    },
    async create(request) {
      const record = { ...request, id: `lr-${rows.length + 1}` };
      rows.push(record);
      return { ...record };
    },
    async update(id, patch) {
      const r = rows.find((x) => x.id === id);
      if (!r) throw Object.assign(new Error('not found'), { code: 'not_found' });
      Object.assign(r, patch);
    },
  };
}

export function memoryTrace(rows: MessageTraceRow[]): MessageTracePort & { queries: MessageTraceQuery[] } {
  const queries: MessageTraceQuery[] = [];
  return {
    queries,
    async list(q) {
      queries.push(q);
      return rows.filter(
        (r) =>
          r.receivedDateTime >= q.start &&
          r.receivedDateTime < q.end &&
          (!q.senderAddress || r.senderAddress === q.senderAddress) &&
          (!q.recipientAddress || r.recipientAddress === q.recipientAddress),
      );
    },
  };
}

export function traceRow(id: string, from: string, to: string, subject: string, at: string): MessageTraceRow {
  return { id, messageId: `<${id}@example>`, senderAddress: from, recipientAddress: to, subject, receivedDateTime: at, status: 'Delivered', size: 1000 };
}

export function memoryCompliance(items: ComplianceListItem[]): ComplianceListPort & { since: (string | undefined)[] } {
  const since: (string | undefined)[] = [];
  return {
    since,
    async listSnapshots(options) {
      since.push(options?.sinceDate);
      return items.filter((i) => !options?.sinceDate || i.date >= options.sinceDate);
    },
    async publishSnapshot() {
      throw new Error('not used');
    },
  };
}

export function memoryUsage(): UsageReportsPort & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async mailboxUsage(period) {
      calls.push(`usage:${period}`);
      return [];
    },
    async emailActivity(period) {
      calls.push(`activity:${period}`);
      return [];
    },
  };
}
