// Records a request for one person's e-mail log. The open record is the hold: gallring in that
// mailbox is blocked until the request is closed.

import type { LogRequestRecord } from '../../ports/admin';
import { UseCaseError } from '../errors';
import { requireLogRequestRole, type LogRequestDeps } from './deps';

export interface NewLogRequest {
  mailbox: string;
  requestedBy: string;
  receivedAt: string;
  periodStart: string;
  periodEnd: string;
}

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function invalid(sv: string, en: string): UseCaseError {
  return new UseCaseError('invalid_input', sv, en);
}

export async function createLogRequest(deps: LogRequestDeps, input: NewLogRequest): Promise<LogRequestRecord> {
  requireLogRequestRole(deps.actor);
  const mailbox = input.mailbox.trim().toLowerCase();
  if (!ADDRESS.test(mailbox)) throw invalid('Ange e-postadressen till den vars logg begärs.', "Give the address of the person whose log is requested.");
  const requestedBy = input.requestedBy.trim() || 'anonym';
  const now = deps.clock.now();
  const received = Date.parse(input.receivedAt);
  const start = Date.parse(input.periodStart);
  const end = Date.parse(input.periodEnd);
  if (Number.isNaN(received)) throw invalid('Ange när begäran kom in.', 'Say when the request came in.');
  if (received > Date.parse(now) + 60_000) throw invalid('Begäran kan inte ha kommit in i framtiden.', 'The request cannot have come in in the future.');
  if (Number.isNaN(start) || Number.isNaN(end)) throw invalid('Ange periodens första och sista dag.', "Give the period's first and last day.");
  if (start >= end) throw invalid('Periodens början måste ligga före dess slut.', 'The period must start before it ends.');
  return deps.requests.create({
    mailbox,
    requestedBy,
    receivedAt: new Date(received).toISOString(),
    periodStart: new Date(start).toISOString(),
    periodEnd: new Date(end).toISOString(),
    status: 'open',
    handledBy: deps.actor.address,
  });
}
