// MessageTracePort over Graph's Exchange message trace: the range cut into windows of at most 10 days, every page read.

import type { Client } from '@microsoft/microsoft-graph-client';
import type { MessageTracePort, MessageTraceQuery, MessageTraceRow } from '../../ports/admin';
import type { GraphStats } from './accounting';
import { AdminSession, odataString } from './adminSession';
import { GraphError } from './errors';

const DAY = 86_400_000;
/** Graph's limits: a window of at most 10 days, starting at most 90 days back; pages of up to 5,000. */
export const TRACE_WINDOW_MS = 10 * DAY;
export const TRACE_MAX_AGE_MS = 90 * DAY;
export const TRACE_PAGE_SIZE = 5000;

export interface GraphMessageTrace extends MessageTracePort {
  stats(): GraphStats;
}

/**
 * An OData DateTimeOffset literal: whole seconds as Graph's examples write them, the milliseconds kept
 * when there are any. An end clamped to now must not be floored to the second, or mail of the last
 * second before the query falls outside the window while its row is already in the trace.
 */
const instant = (ms: number): string => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

/** [start, end] cut into consecutive windows of at most 10 days (neighbours share a bound; rows are de-duplicated). */
export function traceWindows(startMs: number, endMs: number): [number, number][] {
  const out: [number, number][] = [];
  for (let s = startMs; s < endMs; s += TRACE_WINDOW_MS) out.push([s, Math.min(s + TRACE_WINDOW_MS, endMs)]);
  return out.length ? out : [[startMs, endMs]];
}

function toRow(raw: Record<string, unknown>): MessageTraceRow {
  const str = (k: string): string => (typeof raw[k] === 'string' ? (raw[k] as string) : '');
  if (!str('id') || !str('receivedDateTime')) throw new GraphError({ code: 'invalid_response', message: 'A message trace row lacks its id or time.' });
  return {
    id: str('id'),
    messageId: str('messageId'),
    senderAddress: str('senderAddress'),
    recipientAddress: str('recipientAddress'),
    subject: str('subject'),
    receivedDateTime: str('receivedDateTime'),
    status: str('status'),
    size: typeof raw.size === 'number' ? raw.size : 0,
  };
}

export function createGraphMessageTrace(client: Client, options: { now?: () => number } = {}): GraphMessageTrace {
  const session = new AdminSession(client);
  const now = options.now ?? (() => Date.now());
  return {
    async list(query: MessageTraceQuery) {
      const start = Date.parse(query.start);
      const requestedEnd = Date.parse(query.end);
      if (Number.isNaN(start) || Number.isNaN(requestedEnd)) throw new GraphError({ code: 'bad_request', message: 'Message trace start and end must be ISO instants.' });
      const at = now();
      // Graph refuses an end in the future; the log up to now is all there is.
      const end = Math.min(requestedEnd, at);
      if (end < start) throw new GraphError({ code: 'bad_request', message: 'The message trace range ends before it starts.' });
      if (start < at - TRACE_MAX_AGE_MS) throw new GraphError({ code: 'bad_request', message: 'Message trace reaches at most 90 days back.' });
      const extra: string[] = [];
      if (query.senderAddress) extra.push(`senderAddress eq ${odataString(query.senderAddress)}`);
      if (query.recipientAddress) extra.push(`recipientAddress eq ${odataString(query.recipientAddress)}`);
      const seen = new Set<string>();
      const rows: MessageTraceRow[] = [];
      for (const [s, e] of traceWindows(start, end)) {
        const filter = [`receivedDateTime ge ${instant(s)}`, `receivedDateTime le ${instant(e)}`, ...extra].join(' and ');
        const page = await session.all<Record<string, unknown>>(`/admin/exchange/tracing/messageTraces?$filter=${encodeURIComponent(filter)}&$top=${TRACE_PAGE_SIZE}`);
        for (const raw of page) {
          const row = toRow(raw);
          const key = `${row.id}\u0000${row.recipientAddress.toLowerCase()}`;
          if (seen.has(key)) continue;
          seen.add(key);
          rows.push(row);
        }
      }
      return rows.sort((a, b) => a.receivedDateTime.localeCompare(b.receivedDateTime) || a.recipientAddress.localeCompare(b.recipientAddress));
    },
    stats: () => session.stats(),
  };
}
