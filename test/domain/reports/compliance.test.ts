import { buildComplianceSnapshot, namnderOf } from '../../../src/domain/reports/compliance';
import { buildExposureReport } from '../../../src/domain/reports/exposure';
import { buildHygieneReport } from '../../../src/domain/reports/hygiene';
import type { FolderSummary } from '../../../src/domain/mailbox';
import type { Verdict } from '../../../src/domain/types';
import { OWNER, addr, msg, profile, verdict } from './support';

const NOW = '2026-11-24T09:00:00Z';

function reports() {
  const messages = [
    msg({ id: 'reg-old', subject: 'Klagomål på skolskjuts', from: addr('medborgare@gmail.com', 'Kalle Medborgare'), at: '2026-11-10T08:00:00Z', isRead: false }),
    msg({ id: 'reg-new', subject: 'Medborgarförslag', at: '2026-11-23T08:00:00Z' }),
    msg({ id: 'ringa', subject: 'Nyhetsbrev', at: '2026-11-20T08:00:00Z' }),
    msg({ id: 'pnr', subject: 'Angående 19121212-1212', at: '2026-11-21T08:00:00Z', folder: 'deleteditems' }),
  ];
  const verdicts = new Map<string, Verdict>([['reg-old', verdict('registrera')], ['reg-new', verdict('registrera')], ['ringa', verdict('gallra_ringa')]]);
  const folders: FolderSummary[] = [
    { folder: 'inbox', id: 'i', totalItemCount: 3, unreadItemCount: 1 },
    { folder: 'sentitems', id: 's', totalItemCount: 0, unreadItemCount: 0 },
    { folder: 'deleteditems', id: 'd', totalItemCount: 1, unreadItemCount: 0 },
  ];
  const p = profile();
  const hygiene = buildHygieneReport({ folders, messages, verdicts, deferred: new Set(['pnr']), automaticReplies: { status: 'alwaysEnabled' }, profile: p, now: NOW });
  const exposure = buildExposureReport({ messages, journal: [], owner: OWNER, profile: p, now: NOW });
  return { hygiene, exposure, p };
}

describe('buildComplianceSnapshot', () => {
  describe('for a mailbox with waiting public records, unread mail and a flagged log row', () => {
    const { hygiene, exposure, p } = reports();
    const owner = { ...OWNER, party: 'Centerpartiet', roles: ['ledamot, kommunstyrelsen', 'ordförande, Barn- och utbildningsnämnden'] };
    const snapshot = buildComplianceSnapshot(hygiene, exposure, p, owner, NOW, { registreraDates: ['2026-11-10T08:00:00Z', '2026-11-23T08:00:00Z'], logRequestHolds: 1 });

    it('carries the counts of the two reports and the day in Swedish local time', () => {
      expect(snapshot).toMatchObject({
        mailbox: OWNER.address,
        displayName: OWNER.name,
        date: '2026-11-24',
        hygieneScore: hygiene.score,
        backlog: { inbox: 3, sentitems: 0, deleteditems: 1 },
        unreadOverdue: hygiene.unread.overdueCount,
        awaitingDecision: { registrera: 2, gallra_ringa: 1, gallra_ej_allman: 0, osaker: 1, oklassad: 0 },
        logWindowRows: exposure.counts.total,
        flaggedLogRows: exposure.counts.withSensitive,
        outOfOffice: true,
        logRequestHolds: 1,
      });
      expect(snapshot.flaggedLogRows).toBeGreaterThan(0);
      expect(snapshot.deductions.map((d) => d.id)).toEqual(hygiene.deductions.map((d) => d.id));
    });

    it('counts only public records older than seven days as not forwarded', () => {
      expect(snapshot.publicRecordsNotForwarded).toBe(1);
    });

    it('takes the nämnder from the roles and never shares party, subjects or correspondents', () => {
      expect(snapshot.namnder).toEqual(['barn- och utbildningsnämnden', 'kommunstyrelsen']);
      const text = JSON.stringify(snapshot);
      for (const secret of ['Centerpartiet', 'Klagomål', 'medborgare@gmail.com', 'Kalle', '19121212', 'Nyhetsbrev']) expect(text).not.toContain(secret);
    });
  });

  describe('when the person sets a shorter forwarding limit', () => {
    it('counts the newer public record as well', () => {
      const { hygiene, exposure, p } = reports();
      const s = buildComplianceSnapshot(hygiene, exposure, p, OWNER, NOW, { registreraDates: ['2026-11-22T08:00:00Z'], logRequestHolds: 0, forwardWithinDays: 1 });
      expect(s.publicRecordsNotForwarded).toBe(1);
    });
  });
});

describe('namnderOf', () => {
  it.each([
    [['ledamot, kommunstyrelsen'], ['kommunstyrelsen']],
    [['ersättare, kommunfullmäktige', 'ledamot, Kommunfullmäktige'], ['kommunfullmäktige']],
    [['ledamot'], []],
    [['ordförande, Socialdemokraterna'], []],
    [['', ' , '], []],
  ])('reads %j as %j', (roles, expected) => {
    expect(namnderOf(roles)).toEqual(expected);
  });
});
