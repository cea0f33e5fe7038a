// The Hygien view's disclosure rows: every shared field, labelled in Swedish and English.

import type { ComplianceSnapshot } from '../../src/ports/admin';
import { snapshotRows } from '../../src/ui/hygiene/SharedDisclosure';
import { STRINGS } from '../../src/ui/i18n';

const SNAPSHOT: ComplianceSnapshot = {
  mailbox: 'helena.norberg@pol.kramfors.se', displayName: 'Helena Norberg', namnder: ['kommunstyrelsen'], date: '2026-11-24', hygieneScore: 72,
  deductions: [{ id: 'unread_overdue', points: 9, count: 2 }], backlog: { inbox: 40, sentitems: 12, deleteditems: 3 }, unreadOverdue: 2,
  oldestUnreadDays: null, awaitingDecision: { registrera: 1, gallra_ej_allman: 2, gallra_ringa: 3, osaker: 4, oklassad: 5 },
  publicRecordsNotForwarded: 1, logWindowRows: 88, flaggedLogRows: 2, outOfOffice: true, logRequestHolds: 0,
};

describe('snapshotRows', () => {
  describe('in Swedish', () => {
    const rows = snapshotRows(SNAPSHOT, STRINGS.sv.shared);

    it('lists one row for every field of the snapshot, so nothing shared is hidden', () => {
      expect(rows).toHaveLength(Object.keys(SNAPSHOT).length);
      expect(new Set(rows.map(([label]) => label)).size).toBe(rows.length);
    });

    it('shows the values as they are shared', () => {
      const byLabel = Object.fromEntries(rows);
      expect(byLabel['Hygienpoäng']).toBe('72');
      expect(byLabel['Antal i inkorg / skickat / borttaget']).toBe('40 / 12 / 3');
      expect(byLabel['Äldsta olästa (dagar)']).toBe('inga');
      expect(byLabel['Frånvaromeddelande på']).toBe('ja');
      expect(byLabel['Avdrag (poäng × antal)']).toBe('unread_overdue: 9 × 2');
    });
  });

  describe('in English', () => {
    it('labels the same rows in English', () => {
      const rows = snapshotRows(SNAPSHOT, STRINGS.en.shared);
      expect(rows[4]).toEqual(['Hygiene score', '72']);
      expect(rows).toContainEqual(['Out-of-office on', 'yes']);
    });
  });
});
