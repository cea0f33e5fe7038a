// Binds the admin use cases to their ports and the signed-in actor for the views. The PDF renderer
// (pdf-lib) is imported only when an export asks for it, as its own chunk.

import { completeDashboardData, dashboardFrom, fetchDashboardData, fetchLatestDashboardData, type DashboardData } from '../app/dashboard/loadDashboard';
import { can } from '../domain/admin/roles';
import { createLogRequest } from '../app/logRequests/createLogRequest';
import type { Actor, RenderPdf } from '../app/logRequests/deps';
import { listLogRequests } from '../app/logRequests/listLogRequests';
import { loadLogRows } from '../app/logRequests/loadLogRows';
import { closeLogRequest, exportLogRequest, saveMasking } from '../app/logRequests/steps';
import { proposeMasking } from '../domain/admin/masking';
import type { Profile } from '../domain/policy/types';
import type { ComplianceListPort, LogRequestListPort, MessageTracePort, UsageReportsPort } from '../ports/admin';
import type { Clock } from '../ports/clock';
import type { AdminServices } from '../ui/dashboard/adminServices';

export interface AdminPorts {
  compliance: ComplianceListPort;
  usage: UsageReportsPort;
  trace: MessageTracePort;
  requests: LogRequestListPort;
}

const renderPdf: RenderPdf = async (disclosure) => {
  const m = await import(/* webpackChunkName: "lazy-pdf" */ '../adapters/pdf/renderDisclosurePdf.js');
  return m.renderDisclosurePdf(disclosure);
};

export function createAdminServices(input: { ports: AdminPorts; actor: Actor; profile: Profile; mailboxes: { address: string; name: string }[]; clock: Clock }): AdminServices {
  const { ports, actor, profile, clock } = input;
  const deps = { ...ports, clock, actor };
  // One fetch per page: the filters rebuild from it. An admin first gets the latest days, then the trend.
  const progressive = can(actor.role, 'dashboard');
  let data: Promise<DashboardData> | null = null;
  let full: Promise<DashboardData> | null = null;
  let fullData: DashboardData | null = null;
  const forget = <T>(p: Promise<T>, reset: () => void): Promise<T> =>
    p.catch((error: unknown) => {
      reset();
      throw error;
    });
  return {
    actor,
    organisation: profile.name,
    mailboxes: input.mailboxes,
    now: () => clock.now(),
    async loadDashboard(filter) {
      if (fullData) return dashboardFrom(fullData, filter);
      data ??= forget(progressive ? fetchLatestDashboardData(deps) : fetchDashboardData(deps), () => (data = null));
      const loaded = await data;
      return loaded.complete ? dashboardFrom(loaded, filter) : { ...dashboardFrom(loaded, filter), partial: true };
    },
    async loadFullDashboard(filter) {
      data ??= forget(progressive ? fetchLatestDashboardData(deps) : fetchDashboardData(deps), () => (data = null));
      const latest = await data;
      full ??= forget(completeDashboardData(deps, latest), () => (full = null));
      fullData = await full;
      return dashboardFrom(fullData, filter);
    },
    listRequests: () => listLogRequests(deps),
    createRequest: (request) => createLogRequest(deps, request),
    loadRows: (request) => loadLogRows(deps, request),
    propose: (rows) => proposeMasking(rows, profile),
    saveMasking: (request, decisions) => saveMasking(deps, request, decisions),
    exportRequest: (request, rows, decisions) => exportLogRequest({ ...deps, renderPdf }, { request, organisation: profile.name, rows, decisions }),
    closeRequest: (request) => closeLogRequest(deps, request),
  };
}
