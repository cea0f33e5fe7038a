// The period's rows of one person's e-mail log from message trace: the mailbox as sender and as
// recipient (two queries), merged, de-duplicated and sorted by time.

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
  // A message to oneself appears in both answers with the same trace id: once is enough.
  for (const row of [...sent, ...received]) if (!seen.has(row.id)) seen.set(row.id, row);
  return [...seen.values()].sort((a, b) => a.receivedDateTime.localeCompare(b.receivedDateTime) || a.id.localeCompare(b.id));
}
