// Bulk work under injected throttling: 30 % of requests answered 429/503 still finish correctly.

import { MAIL_FOLDERS } from '../../../src/domain/types';
import { connect, dev, OWNER, startWithSyntheticTenant, type TestServer } from './support/connect';

let server: TestServer;

beforeAll(async () => {
  server = await startWithSyntheticTenant({ messages: 300 });
}, 60_000);

afterEach(async () => {
  await dev(server, 'DELETE', '/_dev/faults');
});

afterAll(async () => {
  await server?.close();
});

describe('the Graph mailbox adapter under throttling', () => {
  describe('when 30 % of requests are answered 429 or 503', () => {
    it('reads bodies and purges 120 messages completely, never over 4 operations in flight', async () => {
      const { mailbox, maxOnWire, throttledSeen, throttledInBatches } = connect(server, OWNER);
      const all = await mailbox.listMessages({ folders: MAIL_FOLDERS });
      const victims = all.slice(0, 120).map((m) => m.id);
      await dev(server, 'POST', '/_dev/faults', { status: 429, retryAfter: 0, probability: 0.15, path: '/' });
      await dev(server, 'POST', '/_dev/faults', { status: 503, retryAfter: 0, probability: 0.15, path: '/' });

      const [bodies, purged] = await Promise.all([
        mailbox.getMessages(all.slice(150, 200).map((m) => m.id)),
        mailbox.permanentDeleteMany(victims, { budgetMs: 60_000 }),
      ]);
      // Most of this goes through $batch, whose sub-requests are throttled inside 200 answers; the few
      // top-level requests alone are all let through in about one run in ten.
      expect(throttledSeen() + throttledInBatches()).toBeGreaterThan(0);
      expect(bodies).toHaveLength(50);
      expect(purged.failed).toEqual([]);
      expect(purged.notAttempted).toEqual([]);
      expect(new Set(purged.done)).toEqual(new Set(victims));

      await dev(server, 'DELETE', '/_dev/faults');
      const left = new Set((await mailbox.listMessages({ folders: MAIL_FOLDERS })).map((m) => m.id));
      expect(victims.some((id) => left.has(id))).toBe(false);
      expect(left.size).toBe(all.length - victims.length);
      expect(maxOnWire()).toBeLessThanOrEqual(4);
      expect(mailbox.stats().maxInFlight).toBeLessThanOrEqual(4);
    }, 60_000);
  });

  describe('when 30 % of requests are answered 429 or 503 while verdicts are written in bulk', () => {
    it('writes all 60 property values, 20 to a $batch, re-queueing the throttled ones', async () => {
      const { mailbox, maxOnWire, throttledSeen } = connect(server, OWNER);
      // Sent Items: untouched by the purge tests above.
      const ids = (await mailbox.listMessages({ folders: ['sentitems'] })).slice(0, 60).map((m) => m.id);
      expect(ids).toHaveLength(60);
      const value = (id: string): string => JSON.stringify({ v: 1, note: `bulk-${id}` });
      await dev(server, 'POST', '/_dev/faults', { status: 429, retryAfter: 0, probability: 0.15, path: '/messages/' });
      await dev(server, 'POST', '/_dev/faults', { status: 503, retryAfter: 0, probability: 0.15, path: '/messages/' });
      mailbox.resetStats();
      const progress: number[] = [];
      const result = await mailbox.setProperties(
        ids.map((id) => ({ id, property: 'state' as const, value: value(id) })),
        { budgetMs: 60_000, onProgress: (p) => progress.push(p.done) },
      );
      expect(result.failed).toEqual([]);
      expect(result.notAttempted).toEqual([]);
      expect(new Set(result.done)).toEqual(new Set(ids));
      expect(progress[progress.length - 1]).toBe(60);
      // Faults hit items inside the batches (the /$batch request itself is not under /messages/):
      // three full batches, then more for the re-queued items.
      expect(throttledSeen()).toBe(0);
      expect(mailbox.stats().byCategory.classification.requests).toBeGreaterThan(3);
      expect(mailbox.stats().byCategory.action.requests).toBe(0);

      await dev(server, 'DELETE', '/_dev/faults');
      const listed = await mailbox.listMessages({ folders: ['sentitems'] });
      const byId = new Map(listed.map((m) => [m.id, m.properties.state]));
      expect(ids.map((id) => byId.get(id))).toEqual(ids.map(value));
      expect(maxOnWire()).toBeLessThanOrEqual(4);
    }, 60_000);
  });

  describe('when every request keeps failing with 503', () => {
    it('reports exactly which items were not purged once the budget runs out', async () => {
      const { mailbox } = connect(server, OWNER);
      const ids = (await mailbox.listMessages({ folders: ['inbox'] })).slice(0, 30).map((m) => m.id);
      await dev(server, 'POST', '/_dev/faults', { status: 503, retryAfter: 0, probability: 1, path: '/permanentDelete' });
      const result = await mailbox.permanentDeleteMany(ids, { budgetMs: 300 });
      expect(result.done).toEqual([]);
      expect([...result.failed.map((f) => f.id), ...result.notAttempted].sort()).toEqual([...ids].sort());
    }, 60_000);
  });

  describe('when many calls run at once on one mailbox', () => {
    it('keeps at most one $batch or four requests in flight', async () => {
      const a = connect(server, OWNER);
      const ids = (await a.mailbox.listMessages({ folders: ['inbox'] })).slice(0, 60).map((m) => m.id);
      await Promise.all([
        a.mailbox.folderSummaries(),
        a.mailbox.listMessages({ folders: MAIL_FOLDERS }),
        a.mailbox.getMessages(ids),
        ...ids.slice(0, 8).map((id) => a.mailbox.getMessage(id)),
        a.mailbox.automaticReplies(),
      ]);
      expect(a.maxOnWire()).toBeLessThanOrEqual(4);
      expect(a.maxOnWire()).toBeGreaterThanOrEqual(2);
      // The server answers 429 MailboxConcurrency above four operations: none came back.
      expect(a.throttledSeen()).toBe(0);
    }, 60_000);
  });
});
