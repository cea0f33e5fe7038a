// The adapter's write path against the local server: drafts, attachments, delivery, properties, store.

import { asMessageId } from '../../../src/ports/mailbox';
import { connect, OWNER, REGISTRAR, startWithSyntheticTenant, type TestServer } from './support/connect';

let server: TestServer;

beforeAll(async () => {
  server = await startWithSyntheticTenant({ messages: 40 });
}, 60_000);

afterAll(async () => {
  await server?.close();
});

const bytesOf = (size: number, seed: number): Uint8Array => new Uint8Array(size).map((_, i) => (i * 31 + seed) % 256);

describe('the Graph mailbox adapter writing to the local server', () => {
  describe('when sending a draft with a small and a 10 MB attachment to the registrar', () => {
    it('delivers the message to the registrar mailbox with both attachments intact', async () => {
      const { mailbox } = connect(server, OWNER);
      const draftId = await mailbox.createDraft({
        subject: 'Handling för diarieföring',
        body: 'Se bifogade handlingar.',
        toRecipients: [{ name: 'Registrator', address: REGISTRAR }],
        properties: { intent: JSON.stringify({ key: 'intent-abc', step: 'draft' }) },
      });
      await mailbox.addAttachment(draftId, { name: 'liten.txt', contentType: 'text/plain', bytes: bytesOf(2048, 1) });
      await mailbox.addAttachment(draftId, { name: 'stor.pdf', contentType: 'application/pdf', bytes: bytesOf(10 * 1024 * 1024, 2) });
      const draft = await mailbox.getMessage(draftId);
      expect(draft.attachments.map((a) => [a.name, a.size])).toEqual(
        expect.arrayContaining([['liten.txt', 2048], ['stor.pdf', 10 * 1024 * 1024]]),
      );
      await mailbox.sendDraft(draftId);

      const registrar = connect(server, REGISTRAR).mailbox;
      const inbox = await registrar.listMessages({ folders: ['inbox'] });
      const arrived = inbox.find((m) => m.subject === 'Handling för diarieföring');
      expect(arrived).toMatchObject({ hasAttachments: true, from: { address: OWNER } });
      const full = await registrar.getMessage(arrived!.id);
      expect(full.attachments.map((a) => [a.name, a.size]).sort()).toEqual([
        ['liten.txt', 2048],
        ['stor.pdf', 10 * 1024 * 1024],
      ]);
      expect(full.body.content).toContain('Se bifogade handlingar.');
      expect(full.size).toBeGreaterThan(10 * 1024 * 1024);
    }, 60_000);

    it('finds the sent message again by its intent key', async () => {
      const { mailbox } = connect(server, OWNER);
      const found = await mailbox.findByIntentKey('intent-abc');
      expect(found.length).toBeGreaterThanOrEqual(1);
      expect(found.every((m) => m.properties.intent?.includes('intent-abc'))).toBe(true);
      expect(await mailbox.findByIntentKey('intent-nothing-like-it')).toEqual([]);
    });
  });

  describe('when caching a verdict on a message', () => {
    it('reads the state property back in lists and in the full message', async () => {
      const { mailbox } = connect(server, OWNER);
      const [first] = await mailbox.listMessages({ folders: ['inbox'] });
      const state = JSON.stringify({ v: 'classifier-1', verdict: { category: 'registrera' } });
      await mailbox.setProperty(first!.id, 'state', state);
      const again = (await mailbox.listMessages({ folders: ['inbox'] })).find((m) => m.id === first!.id);
      expect(again!.properties.state).toBe(state);
      const [full] = await mailbox.getMessages([first!.id]);
      expect(full!.properties.state).toBe(state);
      expect(full!.body.contentType).toBe('text');
    });
  });

  describe('when asked for MIME, automatic replies and immutable ids', () => {
    it('returns RFC 822 bytes, the reply setting and ids that open the same message', async () => {
      const { mailbox } = connect(server, OWNER);
      const [first] = await mailbox.listMessages({ folders: ['inbox'] });
      const mime = new TextDecoder().decode(await mailbox.getMime(first!.id));
      expect(mime).toMatch(/^[\s\S]*Subject: /m);
      expect(['disabled', 'alwaysEnabled', 'scheduled']).toContain((await mailbox.automaticReplies()).status);
      const [immutable] = await mailbox.toImmutableIds([first!.id]);
      expect((await mailbox.getMessage(asMessageId(immutable!))).subject).toBe(first!.subject);
    });
  });

  describe('when saving Postvakt\'s own document', () => {
    it('starts empty, then reads back what was saved from another session', async () => {
      const a = connect(server, OWNER).mailbox;
      expect(await a.loadStore()).toEqual({ journal: [], holds: [] });
      const store = {
        journal: [],
        holds: [{ id: 'h1', reference: 'Begäran 2026-11-20, kansliet', since: '2026-10-21T00:00:00Z' }],
      };
      await a.saveStore(store);
      await a.saveStore({ ...store, holds: [...store.holds, { id: 'h2', reference: 'r2', since: '2026-11-01T00:00:00Z' }] });
      const b = connect(server, OWNER).mailbox;
      expect((await b.loadStore()).holds.map((h) => h.id)).toEqual(['h1', 'h2']);
      const listed = await b.listMessages({ folders: ['inbox', 'sentitems', 'deleteditems'] });
      expect(listed.some((m) => m.subject === 'Postvakt')).toBe(false);
    });
  });
});
