// The organisation's log requests for the official's list, newest first.

import type { LogRequestRecord } from '../../ports/admin';
import { requireLogRequestRole, type LogRequestDeps } from './deps';

export async function listLogRequests(deps: Pick<LogRequestDeps, 'requests' | 'actor'>): Promise<LogRequestRecord[]> {
  requireLogRequestRole(deps.actor);
  const all = await deps.requests.list();
  return [...all].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
}
