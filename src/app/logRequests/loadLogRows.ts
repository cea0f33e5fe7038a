// The period's rows of one person's e-mail log from message trace: the mailbox as sender and as
// recipient (two queries), merged, de-duplicated and sorted by time.

import { rowKey } from '../../domain/admin/masking';
import type { LogRequestRecord, MessageTraceRow } from '../../ports/admin';
import { requireLogRequestRole, type LogRequestDeps } from './deps';

export async function loadLogRows(deps: Pick<LogRequestDeps, 'trace' | 'actor'>, request: LogRequestRecord): Promise<MessageTraceRow[]> {
  requireLogRequestRole(deps.actor);
  const range = { start: request.periodStart, end: request.periodEnd };
  const [sent, received] = await Promise.all([
    deps.trace.list({ ...range, senderAddress: request.mailbox }),
    deps.trace.list({ ...range, recipientAddress: request.mailbox }),
  ]);
  const seen = new Map<string, MessageTraceRow>();
  // A message to oneself is in both answers: once is enough. One row per recipient stays.
  for (const row of [...sent, ...received]) if (!seen.has(rowKey(row))) seen.set(rowKey(row), row);
  return [...seen.values()].sort((a, b) => a.receivedDateTime.localeCompare(b.receivedDateTime) || rowKey(a).localeCompare(rowKey(b)));
}
