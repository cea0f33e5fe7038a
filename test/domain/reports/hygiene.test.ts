import { buildHygieneReport, type HygieneInput } from '../../../src/domain/reports/hygiene';
import type { FolderSummary } from '../../../src/ports/mailbox';
import type { Verdict } from '../../../src/domain/types';
import { msg, profile, verdict } from './support';

// 2026-11-24 is a Tuesday; 10:00 Swedish time.
const NOW = '2026-11-24T09:00:00Z';

function input(partial: Partial<HygieneInput>): HygieneInput {
  return {
    folders: [],
    messages: [],
    verdicts: new Map<string, Verdict>(),
    automaticReplies: { status: 'disabled' },
    profile: profile(),
    now: NOW,
    ...partial,
  };
}

describe('buildHygieneReport', () => {
  describe('when the mailbox is empty', () => {
    it('answers a score of 100 with no deductions', () => {
      const report = buildHygieneReport(input({}));
      expect(report.score).toBe(100);
      expect(report.deductions).toEqual([]);
      expect(report.folders.map((f) => [f.folder, f.count, f.oldestDateTime])).toEqual([
        ['inbox', 0, null],
        ['sentitems', 0, null],
        ['deleteditems', 0, null],
      ]);
    });
  });

  describe('when folders hold messages', () => {
    const messages = [
      msg({ id: 'a', folder: 'inbox', at: '2026-11-20T08:00:00Z' }),
      msg({ id: 'b', folder: 'inbox', at: '2026-10-01T08:00:00Z' }),
      msg({ id: 'c', folder: 'sentitems', receivedDateTime: '2026-11-22T08:00:00Z', sentDateTime: '2026-11-02T09:00:00Z' }),
      msg({ id: 'd', folder: 'deleteditems', at: '2026-11-23T09:00:00Z' }),
      msg({ id: 'e', folder: 'drafts', at: '2020-01-01T00:00:00Z', isDraft: true }),
    ];
    const folders: FolderSummary[] = [
      { folder: 'inbox', id: 'i', totalItemCount: 7, unreadItemCount: 0 },
      { folder: 'sentitems', id: 's', totalItemCount: 1, unreadItemCount: 0 },
    ];

    it('answers counts from Exchange and the age of the oldest listed item per folder', () => {
      const report = buildHygieneReport(input({ messages, folders }));
      expect(report.folders).toEqual([
        { folder: 'inbox', count: 7, oldestDateTime: '2026-10-01T08:00:00Z', oldestAgeDays: 54 },
        { folder: 'sentitems', count: 1, oldestDateTime: '2026-11-02T09:00:00Z', oldestAgeDays: 22 },
        { folder: 'deleteditems', count: 1, oldestDateTime: '2026-11-23T09:00:00Z', oldestAgeDays: 1 },
      ]);
    });

    it('leaves drafts out of the decisions waiting', () => {
      const report = buildHygieneReport(input({ messages, folders }));
      expect(report.awaitingDecision.total).toBe(4);
      expect(report.awaitingDecision.byCategory.oklassad).toBe(4);
    });
  });

  describe('when the read cadence is every weekday (Kramfors)', () => {
    const messages = [
      // Friday: a whole weekday (Monday) has passed by Tuesday → overdue.
      msg({ id: 'fri', isRead: false, at: '2026-11-20T15:00:00Z' }),
      // Monday: no whole weekday has passed yet on Tuesday → not overdue.
      msg({ id: 'mon', isRead: false, at: '2026-11-23T07:00:00Z' }),
      msg({ id: 'old-read', isRead: true, at: '2026-11-01T07:00:00Z' }),
    ];

    it('counts unread messages waiting past a whole weekday as overdue', () => {
      const report = buildHygieneReport(input({ messages }));
      expect(report.unread.count).toBe(2);
      expect(report.unread.overdueCount).toBe(1);
      expect(report.unread.oldestUnreadDateTime).toBe('2026-11-20T15:00:00Z');
      expect(report.unread.oldestUnreadAgeDays).toBe(3);
    });

    it('names the cadence rule in the deduction', () => {
      const report = buildHygieneReport(input({ messages }));
      const d = report.deductions.find((x) => x.id === 'unread_overdue');
      expect(d).toMatchObject({ count: 1, points: 7, rule: 'Kramfors 5.2: E-posten ska öppnas varje dag, måndag till fredag' });
    });

    it('does not count a message from Saturday as overdue on Monday', () => {
      const report = buildHygieneReport(
        input({ messages: [msg({ isRead: false, at: '2026-11-21T10:00:00Z' })], now: '2026-11-23T15:00:00Z' }),
      );
      expect(report.unread.overdueCount).toBe(0);
    });
  });

  describe('when the read cadence is every other day (Region Kronoberg)', () => {
    it('counts unread messages older than two days as overdue', () => {
      const p = profile({ readCadence: { kind: 'everyNDays', days: 2, source: 'Region Kronoberg: Läs sin mejl minst varannan dag' } });
      const messages = [
        msg({ isRead: false, at: '2026-11-22T08:59:00Z' }),
        msg({ isRead: false, at: '2026-11-22T09:01:00Z' }),
      ];
      const report = buildHygieneReport(input({ messages, profile: p }));
      expect(report.unread.overdueCount).toBe(1);
      expect(report.unread.explanation.sv).toContain('minst varannan dag');
      expect(report.deductions[0].rule).toBe('Region Kronoberg: Läs sin mejl minst varannan dag');
    });
  });

  describe('when messages have proposed verdicts', () => {
    it('groups the messages awaiting a decision by category and deducts per rule', () => {
      const messages = ['r1', 'r2', 'g1', 'g2', 'g3', 'o1', 'u1', 'd1'].map((id) => msg({ id }));
      const verdicts = new Map<string, Verdict>([
        ['r1', verdict('registrera')],
        ['r2', verdict('registrera')],
        ['g1', verdict('gallra_ringa')],
        ['g2', verdict('gallra_ej_allman')],
        ['g3', verdict('gallra_ringa')],
        ['o1', verdict('osaker')],
        ['d1', verdict('registrera')],
      ]);
      const report = buildHygieneReport(input({ messages, verdicts, deferred: new Set(['d1']) }));
      expect(report.awaitingDecision.byCategory).toEqual({
        registrera: 2,
        gallra_ej_allman: 1,
        gallra_ringa: 2,
        osaker: 1,
        oklassad: 1,
        avgor_senare: 1,
      });
      const points = Object.fromEntries(report.deductions.map((d) => [d.id, d.points]));
      expect(points).toEqual({ registrera_waiting: 8, gallra_waiting: 2, undecided: 1 });
      expect(report.score).toBe(89);
      for (const d of report.deductions) expect(d.rule).toMatch(/^(Kramfors|Mjölby|Region)/);
    });
  });

  describe('when items are older than a year', () => {
    it('deducts citing Mjölby: empty the mailbox at least once a year', () => {
      const messages = [msg({ folder: 'sentitems', at: '2025-10-01T08:00:00Z' }), msg({ at: '2025-11-25T09:00:00Z' })];
      const report = buildHygieneReport(input({ messages }));
      expect(report.olderThanYear).toEqual({ count: 1, oldestDateTime: '2025-10-01T08:00:00Z' });
      const d = report.deductions.find((x) => x.id === 'older_than_year');
      expect(d?.rule).toContain('minst en gång per år');
      expect(d?.points).toBe(11);
    });
  });

  describe('when Deleted Items holds messages', () => {
    it('deducts citing the papperskorg rule', () => {
      const messages = Array.from({ length: 6 }, () => msg({ folder: 'deleteditems' }));
      const report = buildHygieneReport(input({ messages }));
      expect(report.deductions.map((d) => [d.id, d.points])).toEqual([['deleted_items', 2]]);
      expect(report.deductions[0].rule).toContain('papperskorgen');
    });
  });

  describe('when reporting out-of-office', () => {
    it('reports a scheduled reply active now and says what the rule asks', () => {
      const report = buildHygieneReport(
        input({ automaticReplies: { status: 'scheduled', scheduledStartDateTime: '2026-11-23T00:00:00Z', scheduledEndDateTime: '2026-11-30T00:00:00Z' } }),
      );
      expect(report.outOfOffice.activeNow).toBe(true);
      expect(report.outOfOffice.rule).toContain('Vid all frånvaro');
      expect(report.outOfOffice.advice.sv).toContain('kan inte veta');
    });

    it('reports an expired schedule as not active, without a deduction', () => {
      const report = buildHygieneReport(
        input({ automaticReplies: { status: 'scheduled', scheduledStartDateTime: '2026-11-01T00:00:00Z', scheduledEndDateTime: '2026-11-02T00:00:00Z' } }),
      );
      expect(report.outOfOffice.activeNow).toBe(false);
      expect(report.score).toBe(100);
    });
  });

  describe('when everything is wrong at once', () => {
    it('answers 100 minus the capped deductions', () => {
      const messages = Array.from({ length: 200 }, (_, i) =>
        msg({ id: `x${i}`, isRead: false, at: '2024-01-01T00:00:00Z', folder: i % 2 ? 'deleteditems' : 'inbox' }),
      );
      const pattern = ['registrera', null, 'osaker', null, null, null, 'gallra_ringa', null] as const;
      const verdicts = new Map<string, Verdict>();
      messages.forEach((m, i) => {
        const c = pattern[i % 8];
        if (c) verdicts.set(m.id, verdict(c));
      });
      const report = buildHygieneReport(input({ messages, verdicts }));
      expect(Object.fromEntries(report.deductions.map((d) => [d.id, d.points]))).toEqual({
        unread_overdue: 20,
        registrera_waiting: 20,
        gallra_waiting: 13,
        undecided: 10,
        deleted_items: 10,
        older_than_year: 20,
      });
      expect(report.score).toBe(7);
    });
  });
});
