// The admin adapters against the local Graph server: the production code path for the dashboard and log requests.

import { createGraphClient } from '../../../src/adapters/graph/client';
import { createGraphComplianceList } from '../../../src/adapters/graph/complianceList';
import { createGraphLogRequestList } from '../../../src/adapters/graph/logRequests';
import { createGraphMessageTrace } from '../../../src/adapters/graph/messageTrace';
import { createNodeFetch } from '../../../src/adapters/graph/nodeFetch';
import { createGraphUsageReports } from '../../../src/adapters/graph/reports';
import type { ComplianceSnapshot } from '../../../src/ports/admin';
import { startTestGraphServer, type TestGraphServer } from '../../support/graphServer';
import { adminCorpus, NOW, SECOND_POLITICIAN } from '../../server/adminSupport';
import { ADMIN, POLITICIAN, REGISTRAR } from '../../server/synthetic';

function snapshot(mailbox: string, date: string, hygieneScore: number): ComplianceSnapshot {
  return {
    mailbox, displayName: 'Anna Test', namnder: ['kommunstyrelsen'], date, hygieneScore,
    deductions: [{ id: 'unread_overdue', points: 10, count: 2 }],
    backlog: { inbox: 20, sentitems: 3, deleteditems: 7 }, unreadOverdue: 2, oldestUnreadDays: 4,
    awaitingDecision: { registrera: 1, gallra_ej_allman: 2, gallra_ringa: 3, osaker: 0, oklassad: 5 },
    publicRecordsNotForwarded: 1, logWindowRows: 30, flaggedLogRows: 2, outOfOffice: false, logRequestHolds: 0,
  };
}

describe('the admin adapters against the local Graph server', () => {
  let server: TestGraphServer;
  let location: { siteId: string; complianceListId: string; logRequestListId: string };

  const clientFor = (address: string) =>
    createGraphClient({ baseUrl: server.url, getToken: (scopes) => server.tokenFor(address, scopes), fetchImpl: createNodeFetch(server.caCertPem) as typeof fetch, retry: { delaySeconds: 0, maxRetries: 1 } });

  beforeAll(async () => {
    server = await startTestGraphServer(adminCorpus(60), { now: () => NOW });
    const r = await createNodeFetch(server.caCertPem)(`${server.url}/_dev/tenant`);
    location = (await r.json()) as typeof location;
  });
  afterAll(() => server.close());

  describe('usage reports', () => {
    it('give an admin one row per mailbox from the CSV behind the redirect, in two requests each', async () => {
      const reports = createGraphUsageReports(clientFor(ADMIN));
      const usage = await reports.mailboxUsage('D7');
      const activity = await reports.emailActivity('D30');
      expect(usage.map((r) => r.userPrincipalName).sort()).toEqual([ADMIN, SECOND_POLITICIAN, POLITICIAN, REGISTRAR].sort());
      expect(usage.find((r) => r.userPrincipalName === POLITICIAN)!.itemCount).toBe(60);
      expect(activity.find((r) => r.userPrincipalName === POLITICIAN)!.sendCount).toBe(6);
      expect(reports.stats().requests).toBe(4);
    });

    it('refuse a politician with a forbidden GraphError', async () => {
      await expect(createGraphUsageReports(clientFor(POLITICIAN)).mailboxUsage('D7')).rejects.toMatchObject({ code: 'forbidden', statusCode: 403 });
    });
  });

  describe('the compliance list', () => {
    it('keeps one row per person and day, shows a politician their own and an admin everyone’s', async () => {
      const anna = createGraphComplianceList(clientFor(POLITICIAN), { siteId: location.siteId, listId: location.complianceListId });
      const bo = createGraphComplianceList(clientFor(SECOND_POLITICIAN), { siteId: location.siteId, listId: location.complianceListId });
      await anna.publishSnapshot(snapshot(POLITICIAN, '2026-11-21', 60));
      await anna.publishSnapshot(snapshot(POLITICIAN, '2026-11-21', 75));
      await anna.publishSnapshot(snapshot(POLITICIAN, '2026-11-22', 80));
      await bo.publishSnapshot({ ...snapshot(SECOND_POLITICIAN, '2026-11-22', 50), displayName: 'Bo Test' });
      const own = await anna.listSnapshots();
      expect(own.map((r) => [r.date, r.hygieneScore])).toEqual([['2026-11-21', 75], ['2026-11-22', 80]]);
      const { itemId, ...first } = own[0]!;
      expect(itemId).toBeTruthy();
      expect(first).toEqual(snapshot(POLITICIAN, '2026-11-21', 75));
      const admin = createGraphComplianceList(clientFor(ADMIN), { siteId: location.siteId, listId: location.complianceListId });
      expect((await admin.listSnapshots({ sinceDate: '2026-11-22' })).map((r) => r.mailbox).sort()).toEqual([SECOND_POLITICIAN, POLITICIAN].sort());
    });
  });

  describe('the log-request list', () => {
    it('lets the registrar open and close a request that the politician’s Postvakt sees while it is open', async () => {
      const registrar = createGraphLogRequestList(clientFor(REGISTRAR), { siteId: location.siteId, listId: location.logRequestListId });
      const politician = createGraphLogRequestList(clientFor(POLITICIAN), { siteId: location.siteId, listId: location.logRequestListId });
      const created = await registrar.create({
        mailbox: POLITICIAN, requestedBy: 'anonym', receivedAt: '2026-11-21T10:00:00Z', periodStart: '2026-10-22T00:00:00Z',
        periodEnd: '2026-11-21T00:00:00Z', status: 'open', handledBy: REGISTRAR,
      });
      expect(created.id).toBeTruthy();
      expect((await politician.list({ mailbox: POLITICIAN, openOnly: true })).map((r) => r.id)).toEqual([created.id]);
      await registrar.update(created.id, { status: 'closed', closedAt: '2026-11-22T08:00:00Z' });
      expect(await politician.list({ mailbox: POLITICIAN, openOnly: true })).toEqual([]);
      expect((await politician.list())[0]).toMatchObject({ status: 'closed', closedAt: '2026-11-22T08:00:00Z' });
      await expect(politician.create({ ...created, status: 'open' })).rejects.toMatchObject({ code: 'forbidden' });
    });
  });

  describe('message trace', () => {
    it('reads a 30-day range for one recipient in three windows', async () => {
      const trace = createGraphMessageTrace(clientFor(ADMIN), { now: () => NOW.getTime() });
      const rows = await trace.list({ start: '2026-10-23T09:00:00Z', end: '2026-11-22T09:00:00Z', recipientAddress: POLITICIAN });
      expect(rows).toHaveLength(54);
      expect(rows.every((r) => r.recipientAddress === POLITICIAN)).toBe(true);
      expect(trace.stats().requests).toBe(3);
    });

    it('refuses a politician with a forbidden GraphError', async () => {
      const trace = createGraphMessageTrace(clientFor(POLITICIAN), { now: () => NOW.getTime() });
      await expect(trace.list({ start: '2026-11-20T00:00:00Z', end: '2026-11-21T00:00:00Z' })).rejects.toMatchObject({ code: 'forbidden' });
    });
  });
});
