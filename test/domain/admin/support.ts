// Compliance snapshots for the dashboard tests, built in a line each.

import type { DashboardSnapshot } from '../../../src/domain/admin/dashboard.types';

export function snapshot(mailbox: string, overrides: Partial<DashboardSnapshot> = {}): DashboardSnapshot {
  return {
    mailbox,
    displayName: mailbox.split('@')[0],
    namnder: ['Kommunstyrelsen'],
    date: '2026-11-22',
    hygieneScore: 90,
    backlog: { inbox: 10, sentitems: 5, deleteditems: 1 },
    unreadOverdue: 0,
    oldestUnreadDays: null,
    awaitingDecision: { registrera: 0, gallra_ej_allman: 0, gallra_ringa: 0, osaker: 0, oklassad: 0 },
    publicRecordsNotForwarded: 0,
    logWindowRows: 40,
    flaggedLogRows: 0,
    outOfOffice: false,
    logRequestHolds: 0,
    ...overrides,
  };
}

/** n people a1..an@pol.kramfors.se on the given nämnder. */
export function people(n: number, namnder: string[], overrides: Partial<DashboardSnapshot> = {}, prefix = 'p'): DashboardSnapshot[] {
  return Array.from({ length: n }, (_, i) => snapshot(`${prefix}${i + 1}@pol.kramfors.se`, { namnder, ...overrides }));
}
