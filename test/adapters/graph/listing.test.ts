// The adapter against the local Graph server: paging, counts and the query rules Graph enforces.

import { createGraphClient } from '../../../src/adapters/graph/client';
import { toGraphError } from '../../../src/adapters/graph/errors';
import { createNodeFetch } from '../../../src/adapters/graph/nodeFetch';
import { asMessageId } from '../../../src/ports/mailbox';
import { connect, OWNER, startWithSyntheticTenant, type TestServer } from './support/connect';

let server: TestServer;

beforeAll(async () => {
  server = await startWithSyntheticTenant({ messages: 3200, days: 60, inboxShare: 0.95, sentShare: 0.03 });
}, 60_000);

afterAll(async () => {
  await server?.close();
});

function rawClient() {
  return createGraphClient({
    baseUrl: server.url,
    getToken: () => server.tokenFor(OWNER),
    fetchImpl: createNodeFetch(server.caCertPem) as typeof fetch,
    retry: { maxRetries: 0 },
  });
}

describe('the Graph mailbox adapter against the local server', () => {
  describe('when a folder holds over 3,000 messages', () => {
    it('pages through all of them with $top=1000 and nextLink, newest first, no duplicates', async () => {
      const { mailbox } = connect(server, OWNER);
      const [inbox] = (await mailbox.folderSummaries()).filter((f) => f.folder === 'inbox');
      mailbox.resetStats();
      const list = await mailbox.listMessages({ folders: ['inbox'] });
      expect(inbox!.totalItemCount).toBeGreaterThan(3000);
      expect(list).toHaveLength(inbox!.totalItemCount);
      expect(new Set(list.map((m) => m.id)).size).toBe(list.length);
      expect(mailbox.stats().requests).toBe(Math.ceil(list.length / 1000));
      const times = list.map((m) => Date.parse(m.receivedDateTime));
      expect(times.every((t, i) => i === 0 || t <= times[i - 1]!)).toBe(true);
    });

    it('lists only the window when given since, and never carries bodies', async () => {
      const { mailbox } = connect(server, OWNER);
      const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
      const list = await mailbox.listMessages({ folders: ['inbox', 'sentitems', 'deleteditems'], since });
      expect(list.length).toBeGreaterThan(1000);
      expect(list.every((m) => Date.parse(m.folder === 'sentitems' ? m.sentDateTime : m.receivedDateTime) >= Date.parse(since))).toBe(true);
      expect(list.every((m) => !('body' in m))).toBe(true);
      expect(new Set(list.map((m) => m.folder))).toEqual(new Set(['inbox', 'sentitems', 'deleteditems']));
    });
  });

  describe('when a query breaks a rule Graph enforces', () => {
    it('answers 400 InefficientFilter for $orderby on a property not leading $filter', async () => {
      const error = await rawClient()
        .api('/me/mailFolders/inbox/messages')
        .filter('receivedDateTime ge 2026-01-01T00:00:00Z')
        .orderby('subject')
        .get()
        .catch((e: unknown) => toGraphError(e));
      expect(error).toMatchObject({ code: 'bad_request', statusCode: 400, graphCode: 'InefficientFilter' });
    });

    it('answers 400 for $top over 1000', async () => {
      const error = await rawClient().api('/me/messages').top(1001).get().catch((e: unknown) => toGraphError(e));
      expect(error).toMatchObject({ code: 'bad_request', statusCode: 400 });
    });

    it('answers 400 ErrorInvalidIdMalformed for a malformed id and 404 for a deleted one', async () => {
      const { mailbox } = connect(server, OWNER);
      const malformed = await mailbox.getMessage(asMessageId('not an id!')).catch((e: unknown) => e);
      expect(malformed).toMatchObject({ code: 'bad_request', graphCode: 'ErrorInvalidIdMalformed' });
      const [victim] = await mailbox.listMessages({ folders: ['deleteditems'] });
      await mailbox.permanentDelete(victim!.id);
      const gone = await mailbox.getMessage(victim!.id).catch((e: unknown) => e);
      expect(gone).toMatchObject({ code: 'not_found', statusCode: 404, graphCode: 'ErrorItemNotFound' });
    });
  });
});
