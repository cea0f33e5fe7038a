// The admin adapters against a scripted Graph: the report redirect without the token, CSV reading, scopes per call,
// message-trace windows, list rows written in another's name.

import { createGraphClient } from '../../../src/adapters/graph/client';
import { createGraphComplianceList } from '../../../src/adapters/graph/complianceList';
import { csvRecords, parseCsv } from '../../../src/adapters/graph/csv';
import { createGraphMessageTrace, traceWindows } from '../../../src/adapters/graph/messageTrace';
import { createGraphUsageReports } from '../../../src/adapters/graph/reports';
import type { GraphScope } from '../../../src/adapters/graph/scopes';
import { scopeForCall } from '../../../src/adapters/graph/tokenHandler';
import { scriptedFetch, type Reply, type SeenRequest } from './support/scriptedFetch';

const USAGE_CSV =
  '\uFEFFReport Refresh Date,User Principal Name,Display Name,Is Deleted,Deleted Date,Created Date,Last Activity Date,Item Count,Storage Used (Byte),Issue Warning Quota (Byte),Prohibit Send Quota (Byte),Prohibit Send/Receive Quota (Byte),Deleted Item Count,Deleted Item Size (Byte),Deleted Item Quota (Byte),Has Archive,Report Period\r\n' +
  '2026-11-22,anna@pol.example.se,"Test, Anna ""A""",False,,,2026-11-20,120,52000,1,1,1,4,800,1,False,7\r\n' +
  '2026-11-22,bo@pol.example.se,Bo,False,,,,0,0,1,1,1,0,0,1,False,7\r\n';

function clientFor(handler: (req: SeenRequest) => Reply, asked: GraphScope[][] = []) {
  const scripted = scriptedFetch(handler);
  const client = createGraphClient({
    baseUrl: 'https://graph.example.test',
    getToken: async (scopes) => {
      asked.push(scopes);
      return 'secret-token';
    },
    fetchImpl: scripted.fetchImpl,
    retry: { delaySeconds: 0, maxRetries: 1 },
  });
  return { client, seen: scripted.seen };
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, after a BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"\nthere']]);
  });

  it('refuses a file that ends inside a quoted field', () => {
    expect(() => parseCsv('a\r\n"open')).toThrow('quoted');
  });

  it('refuses a row whose field count differs from the header, and a missing column', () => {
    expect(() => csvRecords('a,b\r\n1\r\n', ['a'])).toThrow('row 2');
    expect(() => csvRecords('a,b\r\n1,2\r\n', ['c'])).toThrow('lacks the column');
  });
});

describe('scopeForCall', () => {
  it('asks reports, message trace and sites for their own scope and mail for the mail scope', () => {
    expect(scopeForCall('GET', "/v1.0/reports/getMailboxUsageDetail(period='D7')")).toBe('Reports.Read.All');
    expect(scopeForCall('GET', '/v1.0/admin/exchange/tracing/messageTraces')).toBe('ExchangeMessageTrace.Read.All');
    expect(scopeForCall('POST', '/v1.0/sites/x/lists/y/items')).toBe('Sites.Selected');
    expect(scopeForCall('GET', '/v1.0/me/mailFolders/reports/messages')).toBe('Mail.ReadWrite');
  });
});

describe('createGraphUsageReports', () => {
  describe('when Graph answers 302 to a pre-authenticated download', () => {
    it('follows it without the Authorization header and maps the CSV rows to numbers', async () => {
      const asked: GraphScope[][] = [];
      const { client, seen } = clientFor((req): Reply => {
        if (req.url.host === 'graph.example.test') return { status: 302, headers: { Location: 'https://reports.example.test/data/download/abc?sv=2&sig=x%2By' } };
        expect(req.url.href).toBe('https://reports.example.test/data/download/abc?sv=2&sig=x%2By');
        return { status: 200, body: USAGE_CSV, headers: { 'content-type': 'application/octet-stream' } };
      }, asked);
      const reports = createGraphUsageReports(client);
      const rows = await reports.mailboxUsage('D7');
      expect(seen).toHaveLength(2);
      expect(decodeURIComponent(seen[0]!.url.pathname)).toBe("/v1.0/reports/getMailboxUsageDetail(period='D7')");
      expect(seen[0]!.headers.get('authorization')).toBe('Bearer secret-token');
      expect(seen[1]!.headers.get('authorization')).toBeNull();
      expect(asked).toEqual([['Reports.Read.All']]);
      expect(rows[0]).toEqual({
        userPrincipalName: 'anna@pol.example.se',
        displayName: 'Test, Anna "A"',
        isDeleted: false,
        lastActivityDate: '2026-11-20',
        itemCount: 120,
        storageUsedBytes: 52000,
        deletedItemCount: 4,
        deletedItemSizeBytes: 800,
        reportRefreshDate: '2026-11-22',
      });
      expect(rows[1]!.lastActivityDate).toBeNull();
      expect(reports.stats().requests).toBe(2);
      expect(reports.stats().responseBytes).toBeGreaterThan(USAGE_CSV.length - 10);
    });
  });

  describe('when the download URL has a single path segment', () => {
    it('refuses it as invalid_response instead of fetching a rewritten URL', async () => {
      const { client, seen } = clientFor((): Reply => ({ status: 302, headers: { Location: 'https://dl.example.test/x' } }));
      await expect(createGraphUsageReports(client).mailboxUsage('D7')).rejects.toMatchObject({ code: 'invalid_response' });
      expect(seen).toHaveLength(1);
    });
  });

  describe('when the download URL is on the Graph host itself', () => {
    it('still sends no token to it', async () => {
      const { client, seen } = clientFor((req) =>
        req.url.pathname.startsWith('/_reports') ? { status: 200, body: USAGE_CSV } : { status: 302, headers: { Location: 'https://graph.example.test/_reports/download/t' } },
      );
      await createGraphUsageReports(client).mailboxUsage('D30');
      expect(seen[1]!.headers.get('authorization')).toBeNull();
    });
  });

  describe('when Graph refuses', () => {
    it('throws a forbidden GraphError with Graph’s code and request id', async () => {
      const { client } = clientFor(() => ({ status: 403, body: { error: { code: 'Forbidden', message: 'no role' } }, headers: { 'request-id': 'r-1' } }));
      await expect(createGraphUsageReports(client).emailActivity('D7')).rejects.toMatchObject({ code: 'forbidden', graphCode: 'Forbidden', requestId: 'r-1', statusCode: 403 });
    });

    it('gives up at once on a long Retry-After and says how long to wait', async () => {
      const { client, seen } = clientFor(() => ({ status: 429, body: { error: { code: 'TooManyRequests', message: 'slow down' } }, headers: { 'Retry-After': '600' } }));
      await expect(createGraphUsageReports(client).mailboxUsage('D7')).rejects.toMatchObject({ code: 'throttled', retryAfterSeconds: 600 });
      expect(seen).toHaveLength(1);
    });

    it('waits out a short Retry-After and goes on', async () => {
      let calls = 0;
      const { client } = clientFor((req): Reply => {
        calls += 1;
        if (calls === 1) return { status: 429, headers: { 'Retry-After': '0' } };
        return req.url.pathname.startsWith('/v1.0') ? { status: 302, headers: { Location: 'https://dl.example.test/data/x' } } : { status: 200, body: USAGE_CSV };
      });
      expect(await createGraphUsageReports(client).mailboxUsage('D7')).toHaveLength(2);
      expect(calls).toBe(3);
    });

    it('throws invalid_response for a count that is not a number', async () => {
      const { client } = clientFor((req) => (req.url.pathname.startsWith('/v1.0') ? { status: 302, headers: { Location: 'https://dl.example.test/data/x' } } : { status: 200, body: USAGE_CSV.replace(',120,', ',many,') }));
      await expect(createGraphUsageReports(client).mailboxUsage('D7')).rejects.toMatchObject({ code: 'invalid_response' });
    });
  });
});

describe('traceWindows', () => {
  it('cuts a 25-day range into windows of at most 10 days that share their bounds', () => {
    const day = 86_400_000;
    const w = traceWindows(0, 25 * day);
    expect(w).toEqual([[0, 10 * day], [10 * day, 20 * day], [20 * day, 25 * day]]);
  });
});

describe('createGraphMessageTrace', () => {
  const NOW = Date.parse('2026-11-22T09:00:00Z');

  it('asks each window with its own filter, follows pages, de-duplicates rows on a shared bound and clamps the end to now', async () => {
    const row = (id: string, at: string) => ({ id, senderAddress: 'a@x.se', recipientAddress: 'b@x.se', messageId: `<${id}>`, receivedDateTime: at, subject: 's', size: 10, status: 'delivered' });
    const { client, seen } = clientFor((req) => {
      const filter = req.url.searchParams.get('$filter')!;
      if (req.url.searchParams.get('$skiptoken')) return { status: 200, body: { value: [row('p2', '2026-11-21T00:00:00Z')] } };
      if (filter.includes('ge 2026-11-01')) return { status: 200, body: { value: [row('a', '2026-11-05T00:00:00Z'), row('edge', '2026-11-11T00:00:00Z')] } };
      return { status: 200, body: { value: [row('edge', '2026-11-11T00:00:00Z')], '@odata.nextLink': `https://graph.example.test${req.url.pathname}${req.url.search}&$skiptoken=x` } };
    });
    const trace = createGraphMessageTrace(client, { now: () => NOW });
    const rows = await trace.list({ start: '2026-11-01T00:00:00Z', end: '2026-12-31T00:00:00Z', senderAddress: "o'hara@x.se" });
    expect(rows.map((r) => r.id)).toEqual(['a', 'edge', 'p2']);
    const filters = seen.map((s) => s.url.searchParams.get('$filter'));
    expect(filters[0]).toBe("receivedDateTime ge 2026-11-01T00:00:00Z and receivedDateTime le 2026-11-11T00:00:00Z and senderAddress eq 'o''hara@x.se'");
    expect(filters[1]).toContain('receivedDateTime le 2026-11-21T00:00:00Z');
    expect(filters.at(-1)).toContain('receivedDateTime le 2026-11-22T09:00:00Z');
    expect(seen.every((s) => s.url.searchParams.get('$top') === '5000')).toBe(true);
  });

  it('keeps the milliseconds of an end clamped to now, so a row of the last second is inside the window', async () => {
    const now = Date.parse('2026-11-22T09:00:00.750Z');
    const { client, seen } = clientFor(() => ({ status: 200, body: { value: [] } }));
    await createGraphMessageTrace(client, { now: () => now }).list({ start: '2026-11-21T00:00:00Z', end: '2026-11-23T00:00:00Z' });
    expect(seen.map((s) => s.url.searchParams.get('$filter'))).toEqual(['receivedDateTime ge 2026-11-21T00:00:00Z and receivedDateTime le 2026-11-22T09:00:00.750Z']);
  });

  it('refuses a start more than 90 days back before asking Graph', async () => {
    const { client, seen } = clientFor(() => ({ status: 200, body: { value: [] } }));
    await expect(createGraphMessageTrace(client, { now: () => NOW }).list({ start: '2026-08-01T00:00:00Z', end: '2026-08-05T00:00:00Z' })).rejects.toMatchObject({ code: 'bad_request' });
    expect(seen).toHaveLength(0);
  });
});

describe('createGraphComplianceList', () => {
  it('leaves out rows whose author is not the mailbox they claim, and counts them', async () => {
    const fields = (mailbox: string) => ({
      Mailbox: mailbox, DisplayName: 'X', Namnder: '["KS"]', SnapshotDate: '2026-11-21', HygieneScore: 70, DeductionsJson: '[]',
      BacklogInbox: 1, BacklogSentItems: 2, BacklogDeletedItems: 3, UnreadOverdue: 0, OldestUnreadDays: null,
      AwaitingJson: '{"registrera":1,"gallra_ej_allman":0,"gallra_ringa":0,"osaker":0,"oklassad":0}', PublicRecordsNotForwarded: 0,
      LogWindowRows: 5, FlaggedLogRows: 1, OutOfOffice: false, LogRequestHolds: 0,
    });
    const { client, seen } = clientFor(() => ({
      status: 200,
      body: {
        value: [
          { id: '1', createdBy: { user: { email: 'anna@x.se' } }, fields: fields('anna@x.se') },
          { id: '2', createdBy: { user: { email: 'mallory@x.se' } }, fields: fields('bo@x.se') },
        ],
      },
    }));
    const list = createGraphComplianceList(client, { siteId: 'host,1,2', listId: 'L' });
    const rows = await list.listSnapshots({ sinceDate: '2026-11-01' });
    expect(rows.map((r) => r.mailbox)).toEqual(['anna@x.se']);
    expect(rows[0]!.namnder).toEqual(['KS']);
    expect(list.rowsSkipped()).toBe(1);
    expect(seen[0]!.headers.get('prefer')).toContain('HonorNonIndexedQueriesWarningMayFailRandomly');
    expect(seen[0]!.url.searchParams.get('$filter')).toBe("fields/SnapshotDate ge '2026-11-01'");
  });

  it('throws invalid_response for a row with a broken JSON column', async () => {
    const { client } = clientFor(() => ({ status: 200, body: { value: [{ id: '1', createdBy: { user: { email: 'a@x.se' } }, fields: { Mailbox: 'a@x.se', DisplayName: 'A', Namnder: '{', SnapshotDate: 'd' } }] } }));
    await expect(createGraphComplianceList(client, { siteId: 's', listId: 'l' }).listSnapshots()).rejects.toMatchObject({ code: 'invalid_response' });
  });
});
