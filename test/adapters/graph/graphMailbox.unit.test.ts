// Unit tests of the Graph mailbox adapter's wire behaviour, with a scripted terminal fetch.

import { createGraphClient } from '../../../src/adapters/graph/client';
import { createGraphMailbox } from '../../../src/adapters/graph/graphMailbox';
import { PROPERTY_IDS } from '../../../src/adapters/graph/properties';
import { asMessageId } from '../../../src/ports/mailbox';
import { graphErrorBody, scriptedFetch, type Reply, type SeenRequest } from './support/scriptedFetch';

const BASE = 'https://127.0.0.1:4443';
const NOW = '2026-11-22T09:00:00.000Z';
const clock = { now: () => new Date().toISOString() };

function setup(handler: (req: SeenRequest) => Reply | Promise<Reply>) {
  const scripted = scriptedFetch(handler);
  const client = createGraphClient({ baseUrl: BASE, getToken: async () => 'tok', fetchImpl: scripted.fetchImpl, retry: { delaySeconds: 0 } });
  return { ...scripted, mailbox: createGraphMailbox(client, { address: 'ann@pol.example.se', clock }) };
}

const message = (id: string) => ({
  id,
  receivedDateTime: NOW,
  sentDateTime: NOW,
  isRead: false,
  isDraft: false,
  from: { emailAddress: { name: 'A', address: 'a@example.se' } },
  toRecipients: [],
  ccRecipients: [],
  subject: 's',
  hasAttachments: false,
  singleValueExtendedProperties: [{ id: PROPERTY_IDS.state.replace('Name', 'name'), value: '{"v":1}' }],
});

type BatchBody = { requests: { id: string; method: string; url: string; headers: Record<string, string> }[] };
const batchOf = (req: SeenRequest): BatchBody => JSON.parse(req.body!) as BatchBody;

describe('createGraphMailbox', () => {
  describe('listMessages', () => {
    it('asks sent items by sentDateTime with the same property leading $filter and $orderby', async () => {
      const { mailbox, seen } = setup(() => ({ status: 200, body: { value: [message('m1')] } }));
      const list = await mailbox.listMessages({ folders: ['sentitems'], since: '2026-10-23T09:00:00+00:00' });
      const q = seen[0]!.url.searchParams;
      expect(seen[0]!.url.pathname).toBe('/v1.0/me/mailFolders/sentitems/messages');
      expect(q.get('$filter')).toBe('sentDateTime ge 2026-10-23T09:00:00.000Z');
      expect(q.get('$orderby')).toBe('sentDateTime desc');
      expect(q.get('$top')).toBe('1000');
      expect(q.get('$select')!.split(',')).not.toContain('body');
      expect(q.get('$expand')).toContain(PROPERTY_IDS.intent);
      expect(seen[0]!.headers.get('prefer')).toContain('IdType="ImmutableId"');
      expect(list[0]).toMatchObject({ id: 'm1', folder: 'sentitems', properties: { state: '{"v":1}' } });
    });

    it('follows @odata.nextLink until the last page', async () => {
      const { mailbox, seen } = setup((req) => {
        const skip = Number(req.url.searchParams.get('$skip') ?? 0);
        const value = Array.from({ length: skip < 2000 ? 1000 : 500 }, (_, i) => message(`m${skip + i}`));
        const next = skip < 2000 ? `${BASE}/v1.0/me/mailFolders/inbox/messages?$skip=${skip + 1000}` : undefined;
        return { status: 200, body: { value, ...(next ? { '@odata.nextLink': next } : {}) } };
      });
      const list = await mailbox.listMessages({ folders: ['inbox'] });
      expect(list).toHaveLength(2500);
      expect(seen).toHaveLength(3);
      expect(new Set(list.map((m) => m.id)).size).toBe(2500);
    });
  });

  describe('getMessages', () => {
    it('fetches text bodies in $batch pages of 20, one batch at a time, counted as classification', async () => {
      let throttleNext = true;
      const { mailbox, seen, maxOpen } = setup((req) => {
        const { requests } = batchOf(req);
        if (requests[0]!.url.includes('/mailFolders/')) {
          return { status: 200, body: { responses: requests.map((r) => ({ id: r.id, status: 200, body: { id: `f-${r.id}`, totalItemCount: 0, unreadItemCount: 0 } })) } };
        }
        const throttleOne = throttleNext;
        throttleNext = false;
        return {
          status: 200,
          body: {
            responses: requests.map((r, i) =>
              throttleOne && i === 0
                ? { id: r.id, status: 429, headers: { 'Retry-After': '0' }, body: graphErrorBody('ApplicationThrottled') }
                : { id: r.id, status: 200, body: { ...message(decodeURIComponent(r.url.split('/')[3]!.split('?')[0]!)), parentFolderId: 'f-inbox', body: { contentType: 'text', content: 'hej' } } },
            ),
          },
        };
      });
      const ids = Array.from({ length: 45 }, (_, i) => asMessageId(`id${i}`));
      const messages = await mailbox.getMessages(ids);
      expect(messages.map((m) => m.id)).toEqual(ids);
      expect(messages[3]).toMatchObject({ folder: 'inbox', body: { contentType: 'text', content: 'hej' } });
      const pages = seen.filter((r) => batchOf(r).requests[0]!.url.includes('/messages/'));
      expect(pages.map((r) => batchOf(r).requests.length)).toEqual([20, 20, 6]);
      expect(batchOf(pages[0]!).requests[0]!.headers.Prefer).toContain('outlook.body-content-type="text"');
      expect(maxOpen()).toBeLessThanOrEqual(4);
      expect(mailbox.stats().byCategory.classification.requests).toBe(pages.length);
    });
  });

  describe('permanentDeleteMany', () => {
    it('re-queues items answered 429 inside a batch until every item is done', async () => {
      let n = 0;
      const { mailbox, seen } = setup((req) => ({
        status: 200,
        body: {
          responses: batchOf(req).requests.map((r) =>
            ++n % 3 === 0 ? { id: r.id, status: 429, headers: { 'Retry-After': '0' } } : { id: r.id, status: 204 },
          ),
        },
      }));
      const ids = Array.from({ length: 50 }, (_, i) => asMessageId(`d${i}`));
      const progress: number[] = [];
      const result = await mailbox.permanentDeleteMany(ids, { onProgress: (p) => progress.push(p.done) });
      expect(new Set(result.done)).toEqual(new Set(ids));
      expect(result.failed).toEqual([]);
      expect(result.notAttempted).toEqual([]);
      expect(seen.every((r) => batchOf(r).requests.length <= 20 && batchOf(r).requests[0]!.method === 'POST')).toBe(true);
      expect(progress[progress.length - 1]).toBe(50);
    });

    it('reports throttled items as failed and untried ones as notAttempted when the budget runs out', async () => {
      const { mailbox } = setup((req) => ({
        status: 200,
        body: { responses: batchOf(req).requests.map((r) => ({ id: r.id, status: r.id === '1' ? 204 : 429, headers: { 'Retry-After': '5' } })) },
      }));
      const ids = Array.from({ length: 45 }, (_, i) => asMessageId(`d${i}`));
      const result = await mailbox.permanentDeleteMany(ids, { budgetMs: 50 });
      expect(result.done.length + result.failed.length + result.notAttempted.length).toBe(45);
      expect(result.failed.every((f) => f.code === 'throttled')).toBe(true);
      expect(result.done.length).toBeGreaterThanOrEqual(1);
      expect(result.failed.length).toBeGreaterThanOrEqual(19);
    });

    it('stops between batches when cancelled and lists what it did not try', async () => {
      const controller = new AbortController();
      const { mailbox } = setup((req) => {
        controller.abort();
        return { status: 200, body: { responses: batchOf(req).requests.map((r) => ({ id: r.id, status: 204 })) } };
      });
      const ids = Array.from({ length: 60 }, (_, i) => asMessageId(`d${i}`));
      const result = await mailbox.permanentDeleteMany(ids, { signal: controller.signal });
      expect(result.done).toEqual(ids.slice(0, 20));
      expect(result.notAttempted).toEqual(ids.slice(20));
    });

    it('names each item Graph refused with its code', async () => {
      const { mailbox } = setup((req) => ({
        status: 200,
        body: { responses: batchOf(req).requests.map((r) => (r.id === '2' ? { id: r.id, status: 404, body: graphErrorBody('ErrorItemNotFound') } : { id: r.id, status: 204 })) },
      }));
      const result = await mailbox.permanentDeleteMany([asMessageId('a'), asMessageId('b'), asMessageId('c')]);
      expect(result.failed).toEqual([expect.objectContaining({ id: 'b', code: 'ErrorItemNotFound' })]);
      expect(result.done).toEqual(['a', 'c']);
    });
  });

  describe('addAttachment', () => {
    it('uploads a large file through an upload session, PUTting ranges without Authorization', async () => {
      const { mailbox, seen } = setup((req) => {
        if (req.url.pathname.endsWith('/createUploadSession')) {
          return { status: 201, body: { uploadUrl: `${BASE}/upload/s1?token=abc`, nextExpectedRanges: ['0'] } };
        }
        const range = req.headers.get('content-range')!;
        const [, end, total] = /bytes \d+-(\d+)\/(\d+)/.exec(range)!;
        return Number(end) + 1 === Number(total) ? { status: 201 } : { status: 200, body: { nextExpectedRanges: [String(Number(end) + 1)] } };
      });
      const bytes = new Uint8Array(10 * 1024 * 1024).map((_, i) => i % 251);
      await mailbox.addAttachment(asMessageId('draft1'), { name: 'big.pdf', contentType: 'application/pdf', bytes });
      const puts = seen.filter((r) => r.method === 'PUT');
      expect(puts.length).toBeGreaterThanOrEqual(3);
      expect(puts.every((r) => r.headers.get('authorization') === null)).toBe(true);
      expect(puts.reduce((sum, r) => sum + r.bodyBytes, 0)).toBe(bytes.byteLength);
      expect(puts.every((r) => r.bodyBytes <= 4 * 1024 * 1024)).toBe(true);
      expect(seen[0]!.headers.get('authorization')).toBe('Bearer tok');
    });
  });
});

describe('createGraphMailbox small calls', () => {
  it('finds intents with an Any() filter on the intent property and contains()', async () => {
    const { mailbox, seen } = setup((req) =>
      req.url.pathname.endsWith('/$batch')
        ? { status: 200, body: { responses: JSON.parse(req.body!).requests.map((r: { id: string }) => ({ id: r.id, status: 200, body: { id: `f-${r.id}` } })) } }
        : { status: 200, body: { value: [{ ...message('m9'), parentFolderId: 'f-sentitems' }] } },
    );
    const found = await mailbox.findByIntentKey("k'1");
    const list = seen.find((r) => r.url.pathname === '/v1.0/me/messages')!;
    expect(list.url.searchParams.get('$filter')).toBe(
      `singleValueExtendedProperties/Any(ep: ep/id eq '${PROPERTY_IDS.intent}' and contains(ep/value, 'k''1'))`,
    );
    expect(found[0]).toMatchObject({ id: 'm9', folder: 'sentitems' });
  });

  it('maps automatic replies with UTC times to ISO instants', async () => {
    const { mailbox } = setup(() => ({
      status: 200,
      body: {
        status: 'scheduled',
        scheduledStartDateTime: { dateTime: '2026-12-20T08:00:00.0000000', timeZone: 'UTC' },
        scheduledEndDateTime: { dateTime: '2027-01-07T08:00:00.0000000', timeZone: 'UTC' },
      },
    }));
    await expect(mailbox.automaticReplies()).resolves.toEqual({
      status: 'scheduled',
      scheduledStartDateTime: '2026-12-20T08:00:00Z',
      scheduledEndDateTime: '2027-01-07T08:00:00Z',
    });
  });

  it('translates REST ids to immutable ids in input order', async () => {
    const { mailbox, seen } = setup(() => ({
      status: 200,
      body: { value: [{ sourceId: 'r2', targetId: 'i2' }, { sourceId: 'r1', targetId: 'i1' }] },
    }));
    await expect(mailbox.toImmutableIds(['r1', 'r2'])).resolves.toEqual(['i1', 'i2']);
    expect(JSON.parse(seen[0]!.body!)).toEqual({ inputIds: ['r1', 'r2'], sourceIdType: 'restId', targetIdType: 'restImmutableEntryId' });
  });

  it('refuses a stored document that is not Postvakt JSON instead of overwriting it', async () => {
    const { mailbox } = setup((req) => {
      if (req.url.pathname.endsWith('/mailFolders')) return { status: 200, body: { value: [{ id: 'pv' }] } };
      if (req.url.pathname.endsWith('/mailFolders/pv/messages')) return { status: 200, body: { value: [{ id: 'doc' }] } };
      return { status: 200, body: { id: 'doc', body: { contentType: 'text', content: 'hello' } } };
    });
    await expect(mailbox.loadStore()).rejects.toMatchObject({ code: 'invalid_response' });
  });
});
