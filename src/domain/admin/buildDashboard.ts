// buildDashboard: the admin dashboard from the compliance list's snapshots and Graph's usage
// reports. Latest snapshot per mailbox; per nämnd (a person on two nämnder counts in both);
// organisation totals and a trend per day, each suppressed below the minimum group size.
// Rows are built field by field, so nothing a snapshot carries beyond the contract (such as a
// party) can reach the output: political opinion is special-category data (GDPR art. 9).

import { daysBetween } from '../reports/calendar';
import type {
  Dashboard,
  DashboardActivity,
  DashboardOptions,
  DashboardSnapshot,
  DashboardUsage,
  GroupTotals,
  NamndRow,
  PoliticianRow,
  Problem,
  Totals,
  TrendPoint,
} from './dashboard.types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function sumAwaiting(a: DashboardSnapshot['awaitingDecision']): number {
  return a.registrera + a.gallra_ej_allman + a.gallra_ringa + a.osaker + a.oklassad;
}

function count(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;
}

/** Latest snapshot per mailbox (case-insensitive); rows with a malformed date are left out. */
export function latestPerMailbox<T extends DashboardSnapshot>(snapshots: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const s of snapshots) {
    if (!DATE.test(s.date)) continue;
    const key = s.mailbox.toLowerCase();
    const seen = latest.get(key);
    if (!seen || s.date > seen.date) latest.set(key, s);
  }
  return [...latest.values()];
}

function problemsOf(row: Omit<PoliticianRow, 'problems'>, lowScoreBelow: number, staleAfterDays: number): Problem[] {
  const problems: Problem[] = [];
  if (row.publicRecordsNotForwarded > 0) problems.push('not_forwarded');
  if (row.unreadOverdue > 0) problems.push('overdue_unread');
  if (row.awaitingDecision > 0) problems.push('awaiting_decision');
  if (row.flaggedLogRows > 0) problems.push('flagged_log_rows');
  if (row.outOfOffice) problems.push('out_of_office');
  if (row.logRequestHolds > 0) problems.push('hold');
  if (row.hygieneScore < lowScoreBelow) problems.push('low_score');
  if (row.ageDays > staleAfterDays) problems.push('stale');
  return problems;
}

function toRow(
  s: DashboardSnapshot,
  today: string,
  usage: Map<string, DashboardUsage>,
  activity: Map<string, DashboardActivity>,
  lowScoreBelow: number,
  staleAfterDays: number,
): PoliticianRow {
  const u = usage.get(s.mailbox.toLowerCase());
  const a = activity.get(s.mailbox.toLowerCase());
  const base: Omit<PoliticianRow, 'problems'> = {
    mailbox: s.mailbox,
    displayName: s.displayName,
    namnder: [...new Set(s.namnder.map((n) => n.trim()).filter(Boolean))],
    date: s.date,
    ageDays: Math.max(0, daysBetween(s.date, today)),
    hygieneScore: Math.max(0, Math.min(100, count(s.hygieneScore))),
    backlog: { inbox: count(s.backlog.inbox), sentitems: count(s.backlog.sentitems), deleteditems: count(s.backlog.deleteditems) },
    unreadOverdue: count(s.unreadOverdue),
    oldestUnreadDays: s.oldestUnreadDays === null ? null : count(s.oldestUnreadDays),
    awaitingDecision: sumAwaiting(s.awaitingDecision),
    publicRecordsNotForwarded: count(s.publicRecordsNotForwarded),
    logWindowRows: count(s.logWindowRows),
    flaggedLogRows: count(s.flaggedLogRows),
    outOfOffice: s.outOfOffice === true,
    logRequestHolds: count(s.logRequestHolds),
    lastActivityDate: u?.lastActivityDate ?? null,
    storageUsedBytes: u ? u.storageUsedBytes : null,
    readCount: a ? a.readCount : null,
  };
  return { ...base, problems: problemsOf(base, lowScoreBelow, staleAfterDays) };
}

type TotalsInput = Pick<PoliticianRow, 'hygieneScore' | 'backlog' | 'unreadOverdue' | 'awaitingDecision' | 'publicRecordsNotForwarded' | 'logWindowRows' | 'flaggedLogRows' | 'outOfOffice' | 'logRequestHolds'>;

export function groupTotals(rows: readonly TotalsInput[], minGroupSize: number): GroupTotals {
  if (rows.length < minGroupSize) return { suppressed: true };
  const t: Totals = { people: rows.length, averageScore: 0, backlog: 0, unreadOverdue: 0, awaitingDecision: 0, publicRecordsNotForwarded: 0, logWindowRows: 0, flaggedLogRows: 0, outOfOffice: 0, logRequestHolds: 0 };
  let score = 0;
  for (const r of rows) {
    score += r.hygieneScore;
    t.backlog += r.backlog.inbox + r.backlog.sentitems + r.backlog.deleteditems;
    t.unreadOverdue += r.unreadOverdue;
    t.awaitingDecision += r.awaitingDecision;
    t.publicRecordsNotForwarded += r.publicRecordsNotForwarded;
    t.logWindowRows += r.logWindowRows;
    t.flaggedLogRows += r.flaggedLogRows;
    if (r.outOfOffice) t.outOfOffice += 1;
    if (r.logRequestHolds > 0) t.logRequestHolds += 1;
  }
  t.averageScore = Math.round(score / rows.length);
  return { suppressed: false, totals: t };
}

function byUpn<T extends { userPrincipalName: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.userPrincipalName.toLowerCase(), r]));
}

export function buildDashboard(
  snapshots: readonly DashboardSnapshot[],
  usage: readonly DashboardUsage[],
  activity: readonly DashboardActivity[],
  options: DashboardOptions,
): Dashboard {
  const minGroupSize = options.minGroupSize ?? 5;
  const lowScoreBelow = options.lowScoreBelow ?? 60;
  const staleAfterDays = options.staleAfterDays ?? 3;
  const viewer = options.viewer.mailbox.toLowerCase();
  // A politician sees their own row only, whatever the list answered; the others see everyone.
  const visible = options.viewer.role === 'politician' ? snapshots.filter((s) => s.mailbox.toLowerCase() === viewer) : snapshots;
  const usageMap = byUpn(usage);
  const activityMap = byUpn(activity);
  const all = latestPerMailbox(visible)
    .map((s) => toRow(s, options.today, usageMap, activityMap, lowScoreBelow, staleAfterDays))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv') || a.mailbox.localeCompare(b.mailbox));

  if (options.viewer.role === 'politician') {
    return { rows: all, namnder: [], organisation: { suppressed: true }, trend: [], namndOptions: [], minGroupSize };
  }

  const namndOptions = [...new Set(all.flatMap((r) => r.namnder))].sort((a, b) => a.localeCompare(b, 'sv'));
  const namnder: NamndRow[] = namndOptions.map((namnd) => ({ namnd, group: groupTotals(all.filter((r) => r.namnder.includes(namnd)), minGroupSize) }));

  const byDate = new Map<string, Map<string, DashboardSnapshot>>();
  for (const s of visible) {
    if (!DATE.test(s.date) || s.date > options.today) continue;
    const day = byDate.get(s.date) ?? new Map<string, DashboardSnapshot>();
    day.set(s.mailbox.toLowerCase(), s);
    byDate.set(s.date, day);
  }
  const trend: TrendPoint[] = [...byDate.keys()].sort().map((date) => ({
    date,
    group: groupTotals(
      [...byDate.get(date)!.values()].map((s) => toRow(s, options.today, usageMap, activityMap, lowScoreBelow, staleAfterDays)),
      minGroupSize,
    ),
  }));

  const { namnd, problem } = options.filter ?? {};
  const rows = all.filter((r) => (!namnd || r.namnder.includes(namnd)) && (!problem || r.problems.includes(problem)));
  return { rows, namnder, organisation: groupTotals(all, minGroupSize), trend, namndOptions, minGroupSize };
}
