// What the log-request use cases need: the organisation's request list, message trace, the clock
// and who is acting (their role decides what they may do).

import type { Disclosure } from '../../domain/admin/disclosure';
import { can, type AdminRole } from '../../domain/admin/roles';
import type { LogRequestListPort, MessageTracePort } from '../../ports/admin';
import type { Clock } from '../../ports/clock';
import { UseCaseError } from '../errors';

export interface Actor {
  address: string;
  role: AdminRole;
}

export interface LogRequestDeps {
  requests: LogRequestListPort;
  trace: MessageTracePort;
  clock: Clock;
  actor: Actor;
}

/** Renders the disclosure as a PDF (pdf-lib, loaded lazily by the entry point). */
export type RenderPdf = (disclosure: Disclosure) => Promise<Uint8Array>;

export function requireLogRequestRole(actor: Actor): void {
  if (!can(actor.role, 'logRequests')) {
    throw new UseCaseError(
      'forbidden',
      'Bara kansliet och registrator kan hantera begäran om e-postlogg.',
      'Only the secretariat and the registrar can handle e-mail log requests.',
    );
  }
}
