// GET /admin/exchange/tracing/messageTraces: the tenant's trace with Graph's window, age, paging and rate limits.

import type { AdminContext } from '../adminContext';
import { compare, decodeSkipToken, nextLink, onlyOptions, parseClauses, type Clause } from '../clauses';
import { badRequest } from '../errors';
import type { TraceRecord } from '../model';
import { requireRole, requireScope } from '../roles';
import { MESSAGE_TRACE_LIMIT } from '../throttle';
import { json, type GraphResponse } from '../types';

const DAY = 86_400_000;
export const TRACE_MAX_WINDOW_DAYS = 10;
export const TRACE_MAX_AGE_DAYS = 90;
const DEFAULT_TOP = 1000;
const MAX_TOP = 5000;
/** How far past the server's clock an end bound may lie (client clocks differ a little). */
const CLOCK_SLACK_MS = 60_000;

const EQ_PROPS = ['id', 'messageId', 'senderAddress', 'recipientAddress', 'status', 'fromIP', 'toIP'];

function window(clauses: Clause[], now: number): { start: number; end: number } {
  const bounds = clauses.filter((c) => c.prop === 'receivedDateTime');
  if (!bounds.length) return { start: now - 2 * DAY, end: now };
  const ge = bounds.filter((c) => c.op === 'ge' || c.op === 'gt');
  const le = bounds.filter((c) => c.op === 'le' || c.op === 'lt');
  if (ge.length !== 1 || le.length !== 1 || bounds.length !== 2) {
    throw badRequest('BadRequest', 'Filter receivedDateTime with both bounds: receivedDateTime ge {start} and receivedDateTime le {end}.');
  }
  const start = Date.parse(String(ge[0]!.value));
  const end = Date.parse(String(le[0]!.value));
  if (Number.isNaN(start) || Number.isNaN(end) || typeof ge[0]!.value !== 'string' || typeof le[0]!.value !== 'string') {
    throw badRequest('BadRequest', 'receivedDateTime bounds must be ISO 8601 instants (YYYY-MM-DDThh:mm:ss[.fff]Z).');
  }
  if (end < start) throw badRequest('BadRequest', 'The end of the receivedDateTime interval is before its start.');
  if (end - start > TRACE_MAX_WINDOW_DAYS * DAY) throw badRequest('BadRequest', `The receivedDateTime interval must not exceed ${TRACE_MAX_WINDOW_DAYS} days.`);
  if (start < now - TRACE_MAX_AGE_DAYS * DAY) throw badRequest('BadRequest', `The start of the interval must not be more than ${TRACE_MAX_AGE_DAYS} days before the current date.`);
  if (end > now + CLOCK_SLACK_MS) throw badRequest('BadRequest', 'The end of the interval must not be later than the current date.');
  return { start, end };
}

function render(r: TraceRecord): Record<string, unknown> {
  return {
    id: r.id,
    senderAddress: r.senderAddress,
    recipientAddress: r.recipientAddress,
    messageId: r.messageId,
    receivedDateTime: r.receivedDateTime.replace(/\.\d+Z$/, 'Z'),
    subject: r.subject,
    size: r.size,
    fromIP: r.fromIP,
    toIP: r.toIP,
    status: r.status,
  };
}

export function listMessageTraces(ctx: AdminContext): GraphResponse {
  requireScope(ctx.req.principal, ['ExchangeMessageTrace.Read.All']);
  requireRole(ctx.req.principal, ['admin'], 'read message traces (it needs an Exchange admin role)');
  const q = ctx.req.query;
  onlyOptions(q, ['$filter', '$top', '$skiptoken']);
  const clauses = parseClauses(q.get('$filter'));
  for (const c of clauses) {
    if (c.prop === 'receivedDateTime' && c.op !== 'eq' && c.op !== 'ne') continue;
    if (EQ_PROPS.includes(c.prop) && c.op === 'eq') continue;
    throw badRequest('BadRequest', `Filtering on '${c.prop}' with '${c.op}' is not supported.`);
  }
  const topRaw = q.get('$top');
  const top = topRaw === null ? DEFAULT_TOP : Number(topRaw);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw badRequest('BadRequest', `$top must be between 1 and ${MAX_TOP}.`);
  const offset = decodeSkipToken(q.get('$skiptoken'));
  const now = ctx.now().getTime();
  const { start, end } = window(clauses, now);
  ctx.throttle.take('messageTrace', MESSAGE_TRACE_LIMIT, now);
  const rows = ctx.tenant.state.trace
    .filter((r) => {
      const t = Date.parse(r.receivedDateTime);
      if (t < start || t > end) return false;
      return clauses.every((c) => c.prop === 'receivedDateTime' || compare((r as unknown as Record<string, unknown>)[c.prop], c.op, c.value));
    })
    .sort((a, b) => b.receivedDateTime.localeCompare(a.receivedDateTime) || a.recipientAddress.localeCompare(b.recipientAddress) || a.id.localeCompare(b.id));
  const page = rows.slice(offset, offset + top);
  const body: Record<string, unknown> = {
    '@odata.context': `${ctx.req.origin}/v1.0/$metadata#admin/exchange/tracing/messageTraces`,
    value: page.map(render),
  };
  if (offset + top < rows.length) body['@odata.nextLink'] = nextLink(ctx.req.origin, ctx.req.path, q, offset + top);
  return json(200, body);
}
