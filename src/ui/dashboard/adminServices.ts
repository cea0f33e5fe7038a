// What the admin pages need from the world, given by the dashboard's entry point (src/dashboard):
// the signed-in actor and the use cases bound to their ports. Views never reach an adapter.

import { createContext, useContext } from 'react';
import type { Actor } from '../../app/logRequests/deps';
import type { NewLogRequest } from '../../app/logRequests/createLogRequest';
import type { ExportResult } from '../../app/logRequests/steps';
import type { Dashboard, DashboardOptions } from '../../domain/admin/dashboard.types';
import type { MaskDecision, MaskProposal } from '../../domain/admin/masking';
import type { LogRequestRecord, MessageTraceRow } from '../../ports/admin';

export type LoadedDashboard = Dashboard & { partial?: boolean };

export interface AdminServices {
  actor: Actor;
  organisation: string;
  /** People whose log may be requested (address and name), for the form. */
  mailboxes: { address: string; name: string }[];
  now(): string;
  /** The dashboard as soon as it can be shown; `partial` when built from the latest days only. */
  loadDashboard(filter?: DashboardOptions['filter']): Promise<LoadedDashboard>;
  /** The dashboard with its trend and everyone in the list (after a partial one). */
  loadFullDashboard?(filter?: DashboardOptions['filter']): Promise<LoadedDashboard>;
  listRequests(): Promise<LogRequestRecord[]>;
  createRequest(input: NewLogRequest): Promise<LogRequestRecord>;
  loadRows(request: LogRequestRecord): Promise<MessageTraceRow[]>;
  propose(rows: MessageTraceRow[]): MaskProposal[];
  saveMasking(request: LogRequestRecord, decisions: MaskDecision[]): Promise<LogRequestRecord>;
  exportRequest(request: LogRequestRecord, rows: MessageTraceRow[], decisions: MaskDecision[]): Promise<ExportResult>;
  closeRequest(request: LogRequestRecord): Promise<LogRequestRecord>;
}

export const AdminServicesContext = createContext<AdminServices | null>(null);

export function useAdminServices(): AdminServices {
  const s = useContext(AdminServicesContext);
  if (!s) throw new Error('AdminServicesContext is not provided');
  return s;
}
