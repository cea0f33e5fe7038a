// Loads the dashboard: the compliance list's rows for the days the trend shows and, for an admin,
// Graph's two usage reports, all at once; a politician reads only their own row and no reports.
// The admin page can render first from the latest days and fetch the trend's rows afterwards.

import { buildDashboard } from '../../domain/admin/buildDashboard';
import type { Dashboard, DashboardOptions } from '../../domain/admin/dashboard.types';
import { can } from '../../domain/admin/roles';
import { addDays, localDate } from '../../domain/reports/calendar';
import type { ComplianceListItem, ComplianceListPort, EmailActivityRow, MailboxUsageRow, UsageReportsPort } from '../../ports/admin';
import type { Clock } from '../../ports/clock';
import { UseCaseError } from '../errors';
import type { Actor } from '../logRequests/deps';

export interface DashboardDeps {
  compliance: ComplianceListPort;
  usage: UsageReportsPort;
  clock: Clock;
  actor: Actor;
}

/** The trend covers the list's last 30 days (the list keeps about that long). */
export const TREND_DAYS = 30;

/** The first render reads only today and yesterday: everyone who published lately, one list page for 1,000 people. */
export const LATEST_DAYS = 2;

export interface DashboardData {
  snapshots: ComplianceListItem[];
  usage: MailboxUsageRow[];
  activity: EmailActivityRow[];
  today: string;
  viewer: DashboardOptions['viewer'];
  /** False while only the latest days are read: no trend yet, and people who have not published lately are missing. */
  complete: boolean;
}

/** The four reads (the list, two reports) at once; what the dashboard is built from. */
export function fetchDashboardData(deps: DashboardDeps): Promise<DashboardData> {
  return fetchDays(deps, TREND_DAYS);
}

/** The same reads over the latest days only, for a first render. */
export function fetchLatestDashboardData(deps: DashboardDeps): Promise<DashboardData> {
  return fetchDays(deps, LATEST_DAYS);
}

/** The trend's rows, read after a first render from fetchLatestDashboardData; the reports are reused. */
export async function completeDashboardData(deps: DashboardDeps, latest: DashboardData): Promise<DashboardData> {
  if (latest.complete) return latest;
  const snapshots = await deps.compliance.listSnapshots({ sinceDate: addDays(latest.today, -(TREND_DAYS - 1)) });
  return { ...latest, snapshots, complete: true };
}

async function fetchDays(deps: DashboardDeps, days: number): Promise<DashboardData> {
  const { role, address } = deps.actor;
  if (!can(role, 'dashboard') && !can(role, 'ownRow')) {
    throw new UseCaseError('forbidden', 'Översikten är till för kansliet. Du kan hantera begäran om e-postlogg.', 'The dashboard is for the secretariat. You can handle e-mail log requests.');
  }
  const today = localDate(deps.clock.now());
  const sinceDate = addDays(today, -(days - 1));
  const admin = can(role, 'dashboard');
  const [snapshots, usage, activity] = await Promise.all([
    deps.compliance.listSnapshots({ sinceDate }),
    admin ? deps.usage.mailboxUsage('D7') : Promise.resolve([]),
    admin ? deps.usage.emailActivity('D7') : Promise.resolve([]),
  ]);
  return { snapshots, usage, activity, today, viewer: { role: admin ? 'admin' : 'politician', mailbox: address }, complete: days >= TREND_DAYS };
}

/** Filters rebuild from the data already fetched: no second round of requests. */
export function dashboardFrom(data: DashboardData, filter?: DashboardOptions['filter']): Dashboard {
  return buildDashboard(data.snapshots, data.usage, data.activity, { today: data.today, viewer: data.viewer, filter });
}

export async function loadDashboard(deps: DashboardDeps, filter?: DashboardOptions['filter']): Promise<Dashboard> {
  return dashboardFrom(await fetchDashboardData(deps), filter);
}
