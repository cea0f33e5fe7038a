// buildDashboard and dashboardToCsv: latest rows, nämnd groups with small-group suppression,
// trend per day, problem filters, the politician's own row, and no party anywhere.

import { buildDashboard } from '../../../src/domain/admin/buildDashboard';
import { dashboardToCsv } from '../../../src/domain/admin/dashboardCsv';
import type { DashboardOptions } from '../../../src/domain/admin/dashboard.types';
import { people, snapshot } from './support';

const ADMIN: DashboardOptions = { today: '2026-11-22', viewer: { role: 'admin', mailbox: 'kansli@kramfors.se' } };

describe('buildDashboard', () => {
  describe('when a mailbox has snapshots on several days', () => {
    it('shows the latest one per mailbox, whatever the case of the address', () => {
      const d = buildDashboard(
        [snapshot('A@pol.kramfors.se', { date: '2026-11-20', hygieneScore: 50 }), snapshot('a@pol.kramfors.se', { date: '2026-11-22', hygieneScore: 80 }), snapshot('a@pol.kramfors.se', { date: '2026-11-21', hygieneScore: 70 })],
        [],
        [],
        ADMIN,
      );
      expect(d.rows).toHaveLength(1);
      expect(d.rows[0].hygieneScore).toBe(80);
      expect(d.rows[0].ageDays).toBe(0);
    });
  });

  describe('when a nämnd has fewer than five people', () => {
    it('suppresses its totals and shows the larger nämnd in full, counting a person on both in both', () => {
      const d = buildDashboard([...people(4, ['Kommunstyrelsen', 'Miljönämnden']), ...people(1, ['Kommunstyrelsen'], {}, 'q')], [], [], ADMIN);
      const ks = d.namnder.find((n) => n.namnd === 'Kommunstyrelsen')!;
      const mn = d.namnder.find((n) => n.namnd === 'Miljönämnden')!;
      expect(ks.group).toEqual({ suppressed: false, totals: expect.objectContaining({ people: 5, backlog: 80 }) });
      expect(mn.group).toEqual({ suppressed: true });
      expect(d.organisation.suppressed).toBe(false);
    });

    it('suppresses the organisation totals and the trend days below five as well', () => {
      const d = buildDashboard(people(3, ['Kommunstyrelsen']), [], [], ADMIN);
      expect(d.organisation).toEqual({ suppressed: true });
      expect(d.trend.every((t) => t.group.suppressed)).toBe(true);
    });
  });

  describe('when the list holds several days', () => {
    it('gives one trend point per day in date order with that day\'s totals', () => {
      const d = buildDashboard([...people(5, ['KS'], { date: '2026-11-21', publicRecordsNotForwarded: 2 }), ...people(5, ['KS'], { date: '2026-11-20', publicRecordsNotForwarded: 1 })], [], [], ADMIN);
      expect(d.trend.map((t) => t.date)).toEqual(['2026-11-20', '2026-11-21']);
      expect(d.trend.map((t) => (t.group.suppressed ? null : t.group.totals.publicRecordsNotForwarded))).toEqual([5, 10]);
    });
  });

  describe('when filtered', () => {
    const rows = [
      snapshot('a@pol.kramfors.se', { namnder: ['Kommunstyrelsen'], publicRecordsNotForwarded: 3 }),
      snapshot('b@pol.kramfors.se', { namnder: ['Miljönämnden'], outOfOffice: true, hygieneScore: 40 }),
      snapshot('c@pol.kramfors.se', { namnder: ['Miljönämnden'], logRequestHolds: 1, date: '2026-11-10' }),
    ];

    it('by nämnd keeps only its members', () => {
      expect(buildDashboard(rows, [], [], { ...ADMIN, filter: { namnd: 'Miljönämnden' } }).rows.map((r) => r.mailbox)).toEqual(['b@pol.kramfors.se', 'c@pol.kramfors.se']);
    });

    it('by problem keeps only the rows that have it', () => {
      const by = (problem: NonNullable<DashboardOptions['filter']>['problem']) => buildDashboard(rows, [], [], { ...ADMIN, filter: { problem } }).rows.map((r) => r.mailbox);
      expect(by('not_forwarded')).toEqual(['a@pol.kramfors.se']);
      expect(by('out_of_office')).toEqual(['b@pol.kramfors.se']);
      expect(by('low_score')).toEqual(['b@pol.kramfors.se']);
      expect(by('hold')).toEqual(['c@pol.kramfors.se']);
      expect(by('stale')).toEqual(['c@pol.kramfors.se']);
    });
  });

  describe('when the viewer is a politician', () => {
    it('shows only their own row, and no groups, totals or trend', () => {
      const d = buildDashboard([...people(6, ['KS']), snapshot('me@pol.kramfors.se')], [], [], { today: '2026-11-22', viewer: { role: 'politician', mailbox: 'ME@pol.kramfors.se' } });
      expect(d.rows.map((r) => r.mailbox)).toEqual(['me@pol.kramfors.se']);
      expect(d.namnder).toEqual([]);
      expect(d.trend).toEqual([]);
      expect(d.organisation).toEqual({ suppressed: true });
    });
  });

  describe('when the usage reports know the person', () => {
    it('adds the last activity and read count, matched case-insensitively', () => {
      const d = buildDashboard([snapshot('a@pol.kramfors.se')], [{ userPrincipalName: 'A@POL.kramfors.se', lastActivityDate: '2026-11-21', storageUsedBytes: 1000 }], [{ userPrincipalName: 'a@pol.kramfors.se', readCount: 7, receiveCount: 9 }], ADMIN);
      expect(d.rows[0]).toMatchObject({ lastActivityDate: '2026-11-21', storageUsedBytes: 1000, readCount: 7 });
    });
  });

  describe('when a snapshot carries a party property beyond the contract', () => {
    it('never lets it reach the rows, groups or CSV', () => {
      const withParty = people(6, ['Kommunstyrelsen']).map((s) => ({ ...s, party: 'Centerpartiet', parti: 'Centerpartiet' }));
      const d = buildDashboard(withParty, [], [], ADMIN);
      const text = JSON.stringify(d) + dashboardToCsv(d);
      expect(text).not.toMatch(/party|parti\b|Centerpartiet/i);
      expect(Object.keys(d.rows[0])).not.toContain('party');
    });
  });

  describe('when a snapshot is malformed', () => {
    it('leaves out a row with a bad date and clamps negative counts to zero', () => {
      const d = buildDashboard([snapshot('a@pol.kramfors.se', { date: '22/11/2026' }), snapshot('b@pol.kramfors.se', { unreadOverdue: -4, hygieneScore: 140 })], [], [], ADMIN);
      expect(d.rows.map((r) => r.mailbox)).toEqual(['b@pol.kramfors.se']);
      expect(d.rows[0]).toMatchObject({ unreadOverdue: 0, hygieneScore: 100 });
    });
  });
});

describe('dashboardToCsv', () => {
  it('writes BOM, semicolons and CRLF and neutralises a formula in a name', () => {
    const d = buildDashboard([snapshot('a@pol.kramfors.se', { displayName: '=HYPERLINK("x")', namnder: ['KS', 'BUN'] })], [], [], ADMIN);
    const csv = dashboardToCsv(d);
    expect(csv.startsWith('\uFEFFNamn;Adress;Nämnder;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const line = csv.split('\r\n')[1];
    expect(line.startsWith(`"'=HYPERLINK(""x"")";a@pol.kramfors.se;KS, BUN;2026-11-22;90;`)).toBe(true);
  });
});
