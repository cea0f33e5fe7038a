// The politician's compliance snapshot: built from one listing, published to the organisation's list once a day.

import { createGraphClient } from '../../src/adapters/graph/client';
import { createGraphComplianceList } from '../../src/adapters/graph/complianceList';
import { createNodeFetch } from '../../src/adapters/graph/nodeFetch';
import { loadHygieneWithSnapshot, publishComplianceSnapshot } from '../../src/app/compliance';
import { serializeState } from '../../src/app/messageState';
import type { Verdict } from '../../src/domain/types';
import type { Clock } from '../../src/ports/clock';
import { POLITICIAN, connect, startWorld, testProfile, type TestServer } from './support/world';

let server: TestServer;

beforeAll(async () => {
  server = await startWorld([{ subject: 'Medborgarförslag om cykelväg', daysAgo: 10 }, { subject: 'Nyhetsbrev', daysAgo: 2 }]);
}, 60_000);
afterAll(async () => {
  await server?.close();
});

function complianceList() {
  const client = createGraphClient({
    baseUrl: server.url,
    getToken: (scopes) => server.tokenFor(POLITICIAN.address, scopes),
    fetchImpl: createNodeFetch(server.caCertPem) as typeof fetch,
  });
  return createNodeFetch(server.caCertPem)(`${server.url}/_dev/tenant`)
    .then((r) => r.json() as Promise<{ siteId: string; complianceListId: string }>)
    .then((t) => createGraphComplianceList(client, { siteId: t.siteId, listId: t.complianceListId }));
}

describe('loadHygieneWithSnapshot', () => {
  it('shares the hygiene score and counts, with a public record waiting past seven days, and no subject', async () => {
    const mailbox = connect(server, POLITICIAN.address);
    const registrera: Verdict = { category: 'registrera', subtype: 'test', confidence: 0.9, reasons: [], flags: [] };
    const older = (await mailbox.listMessages({ folders: ['inbox'] })).find((m) => m.subject.startsWith('Medborgarförslag'))!;
    const written = await mailbox.setProperties([{ id: older.id, property: 'state', value: serializeState({ v: 1, classifier: 'test', verdict: registrera }) }]);
    expect(written.failed).toEqual([]);
    const clock: Clock = { now: () => new Date().toISOString() };
    const { hygiene, snapshot } = await loadHygieneWithSnapshot({ mailbox, profile: testProfile(), clock, owner: POLITICIAN });
    expect(snapshot.hygieneScore).toBe(hygiene.score);
    expect(snapshot.namnder).toEqual(['kommunstyrelsen']);
    expect(snapshot.backlog.inbox).toBe(2);
    expect(snapshot.awaitingDecision.registrera).toBe(1);
    expect(snapshot.publicRecordsNotForwarded).toBe(1);
    expect(JSON.stringify(snapshot)).not.toMatch(/Medborgarförslag|Nyhetsbrev|Centerpartiet/);
  });
});

describe('publishComplianceSnapshot', () => {
  it('writes the row on the first opening of the day and not again on the second', async () => {
    const list = await complianceList();
    const mailbox = connect(server, POLITICIAN.address);
    const clock: Clock = { now: () => new Date().toISOString() };
    const { snapshot } = await loadHygieneWithSnapshot({ mailbox, profile: testProfile(), clock, owner: POLITICIAN });
    expect(await publishComplianceSnapshot({ complianceList: list }, snapshot)).toBe('published');
    const before = list.stats().requests;
    expect(await publishComplianceSnapshot({ complianceList: list }, snapshot)).toBe('already_today');
    expect(list.stats().requests - before).toBe(1);
    const rows = await list.listSnapshots();
    expect(rows).toHaveLength(1);
    const { itemId, ...shared } = rows[0]!;
    expect(itemId).toBeTruthy();
    expect(shared).toEqual(snapshot);
  });
});
