// The admin page's one wiring module: the Graph client and the four admin adapters (usage reports,
// compliance list, log-request list, message trace) for a signed-in actor, bound to the use cases.
// The demo and a tenant differ only in base URL, token source and where the list ids come from.

import type { Client } from '@microsoft/microsoft-graph-client';
import { createGraphClient } from '../adapters/graph/client';
import { createGraphComplianceList } from '../adapters/graph/complianceList';
import { createGraphLogRequestList } from '../adapters/graph/logRequests';
import { createGraphMessageTrace } from '../adapters/graph/messageTrace';
import { createGraphUsageReports } from '../adapters/graph/reports';
import type { TokenProvider } from '../adapters/graph/tokenHandler';
import type { Actor } from '../app/logRequests/deps';
import type { Profile } from '../domain/policy/types';
import { systemClock } from '../ports/clock';
import type { AdminServices } from '../ui/dashboard/adminServices';
import { createAdminServices, type AdminPorts } from './services';

/** Where the organisation's two SharePoint lists are (config in a tenant, /_dev/tenant in the demo). */
export interface AdminLocation {
  siteId: string;
  complianceListId: string;
  logRequestListId: string;
}

export function createAdminPorts(client: Client, at: AdminLocation): AdminPorts {
  return {
    compliance: createGraphComplianceList(client, { siteId: at.siteId, listId: at.complianceListId }),
    usage: createGraphUsageReports(client),
    trace: createGraphMessageTrace(client),
    requests: createGraphLogRequestList(client, { siteId: at.siteId, listId: at.logRequestListId }),
  };
}

export function wireAdmin(input: {
  baseUrl: string;
  getToken: TokenProvider;
  location: AdminLocation;
  actor: Actor;
  profile: Profile;
  mailboxes: { address: string; name: string }[];
}): AdminServices {
  const client = createGraphClient({ baseUrl: input.baseUrl, getToken: input.getToken });
  return createAdminServices({ ports: createAdminPorts(client, input.location), actor: input.actor, profile: input.profile, mailboxes: input.mailboxes, clock: systemClock });
}

export function isAdminLocation(value: unknown): value is AdminLocation {
  const v = value as Partial<AdminLocation> | null;
  return Boolean(v && typeof v.siteId === 'string' && v.siteId && typeof v.complianceListId === 'string' && v.complianceListId && typeof v.logRequestListId === 'string' && v.logRequestListId);
}
