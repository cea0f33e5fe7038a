// Drafts, attachments, a 10 MB upload session, send/sendMail/forward delivery between tenant mailboxes, MIME, $batch.

import { randomBytes } from 'node:crypto';
import { startTestGraphServer, type TestGraphServer } from '../support/graphServer';
import { rawClient, type Raw } from './support';
import { POLITICIAN, REGISTRAR, syntheticCorpus } from './synthetic';

const to = (address: string) => [{ emailAddress: { name: address, address } }];

describe('sending and delivery', () => {
  let server: TestGraphServer;
  let anna: Raw;
  let registrar: Raw;

  beforeAll(async () => {
    server = await startTestGraphServer(syntheticCorpus(60));
    anna = rawClient(server, await server.tokenFor(POLITICIAN));
    registrar = rawClient(server, await server.tokenFor(REGISTRAR));
  });
  afterAll(async () => {
    await anna.close();
    await registrar.close();
    await server.close();
  });

  const registrarInbox = async () =>
    (await registrar.call('GET', '/v1.0/me/mailFolders/inbox/messages?$select=id,subject,hasAttachments,isRead,from&$top=100')).json.value as { id: string; subject: string; hasAttachments: boolean; isRead: boolean }[];

  describe('when a draft with a small attachment and a 10 MB upload is sent', () => {
    it('delivers it to the registrar with both attachments intact and files it in Sent Items', async () => {
      const draft = await anna.call('POST', '/v1.0/me/messages', { body: { subject: 'Till diariet', body: { contentType: 'text', content: 'Se bilagor.' }, toRecipients: to(REGISTRAR) } });
      expect(draft.status).toBe(201);
      expect(draft.json.isDraft).toBe(true);
      const id = draft.json.id as string;
      const small = randomBytes(2000);
      const added = await anna.call('POST', `/v1.0/me/messages/${id}/attachments`, {
        body: { '@odata.type': '#microsoft.graph.fileAttachment', name: 'liten.bin', contentType: 'application/octet-stream', contentBytes: small.toString('base64') },
      });
      expect(added.status).toBe(201);

      const big = randomBytes(10 * 1024 * 1024);
      const session = await anna.call('POST', `/v1.0/me/messages/${id}/attachments/createUploadSession`, {
        body: { AttachmentItem: { attachmentType: 'file', name: 'stor.bin', size: big.length, contentType: 'application/octet-stream' } },
      });
      expect(session.status).toBe(201);
      expect(session.json.nextExpectedRanges).toEqual(['0-']);
      const chunk = 4 * 1024 * 1024;
      let last = 0;
      for (let start = 0; start < big.length; start += chunk) {
        const end = Math.min(start + chunk, big.length) - 1;
        const put = await anna.call('PUT', session.json.uploadUrl, {
          token: null,
          body: big.subarray(start, end + 1),
          headers: { 'Content-Type': 'application/octet-stream', 'Content-Range': `bytes ${start}-${end}/${big.length}` },
        });
        last = put.status;
        if (end + 1 < big.length) expect(put.json.nextExpectedRanges).toEqual([String(end + 1)]);
      }
      expect(last).toBe(201);

      const sent = await anna.call('POST', `/v1.0/me/messages/${id}/send`);
      expect(sent.status).toBe(202);
      const gone = await anna.call('GET', `/v1.0/me/mailFolders/drafts/messages?$select=id`);
      expect(gone.json.value.some((m: { id: string }) => m.id === id)).toBe(false);
      const inSent = await anna.call('GET', `/v1.0/me/messages/${id}?$select=isDraft,parentFolderId`);
      const sentFolder = await anna.call('GET', '/v1.0/me/mailFolders/sentitems?$select=id');
      expect(inSent.json).toMatchObject({ isDraft: false, parentFolderId: sentFolder.json.id });

      const delivered = (await registrarInbox()).find((m) => m.subject === 'Till diariet');
      expect(delivered).toMatchObject({ hasAttachments: true, isRead: false });
      const atts = await registrar.call('GET', `/v1.0/me/messages/${delivered!.id}/attachments`);
      const byName = new Map<string, string>(atts.json.value.map((a: { name: string; contentBytes: string }) => [a.name, a.contentBytes]));
      expect(Buffer.from(byName.get('liten.bin')!, 'base64').equals(small)).toBe(true);
      expect(Buffer.from(byName.get('stor.bin')!, 'base64').equals(big)).toBe(true);
    });
  });

  describe('when an upload range breaks the rules', () => {
    it('answers 416 for a range out of order and 413 for a range over 4 MB', async () => {
      const draft = await anna.call('POST', '/v1.0/me/messages', { body: { subject: 'x' } });
      const size = 5 * 1024 * 1024;
      const session = await anna.call('POST', `/v1.0/me/messages/${draft.json.id}/attachments/createUploadSession`, {
        body: { AttachmentItem: { attachmentType: 'file', name: 'a.bin', size } },
      });
      const skip = await anna.call('PUT', session.json.uploadUrl, { token: null, body: Buffer.alloc(10), headers: { 'Content-Range': `bytes 10-19/${size}` } });
      expect(skip.status).toBe(416);
      const whole = await anna.call('PUT', session.json.uploadUrl, { token: null, body: Buffer.alloc(size), headers: { 'Content-Range': `bytes 0-${size - 1}/${size}` } });
      expect(whole.status).toBe(413);
    });
  });

  describe('when sendMail is called', () => {
    it('delivers to tenant addresses, accepts external ones and honours saveToSentItems false', async () => {
      const before = (await anna.call('GET', '/v1.0/me/mailFolders/sentitems?$select=totalItemCount')).json.totalItemCount;
      const r = await anna.call('POST', '/v1.0/me/sendMail', {
        body: { message: { subject: 'Direkt', body: { contentType: 'html', content: '<p>Hej</p>' }, toRecipients: [...to(REGISTRAR), ...to('someone@example.org')] }, saveToSentItems: false },
      });
      expect(r.status).toBe(202);
      expect((await registrarInbox()).some((m) => m.subject === 'Direkt')).toBe(true);
      const after = (await anna.call('GET', '/v1.0/me/mailFolders/sentitems?$select=totalItemCount')).json.totalItemCount;
      expect(after).toBe(before);
    });

    it('answers 400 ErrorInvalidRecipients for a recipient without an address', async () => {
      const r = await anna.call('POST', '/v1.0/me/sendMail', { body: { message: { subject: 'x', toRecipients: [{ emailAddress: { name: 'n' } }] } } });
      expect(r.status).toBe(400);
      expect(r.json.error.code).toBe('ErrorInvalidRecipients');
    });
  });

  describe('when a received message with an attachment is forwarded', () => {
    it('delivers a forward carrying the original attachment and answers MIME for $value', async () => {
      const list = await anna.call('GET', '/v1.0/me/mailFolders/inbox/messages?$filter=hasAttachments eq true&$select=id,subject&$top=1');
      const original = list.json.value[0];
      const fwd = await anna.call('POST', `/v1.0/me/messages/${original.id}/forward`, { body: { comment: 'För diarieföring', toRecipients: to(REGISTRAR) } });
      expect(fwd.status).toBe(202);
      const got = (await registrarInbox()).find((m) => m.subject === `FW: ${original.subject}`);
      expect(got?.hasAttachments).toBe(true);
      const mime = await registrar.call('GET', `/v1.0/me/messages/${got!.id}/$value`);
      expect(mime.status).toBe(200);
      const subject = /^Subject: =\?utf-8\?B\?([^?]+)\?=/m.exec(mime.text)?.[1] ?? '';
      expect(Buffer.from(subject, 'base64').toString('utf8')).toBe(`FW: ${original.subject}`);
      expect(mime.text).toContain('Content-Disposition: attachment; filename="bilaga-');
      expect(mime.text).toContain('multipart/mixed');
    });

    it('creates a forward draft with createForward', async () => {
      const list = await anna.call('GET', '/v1.0/me/mailFolders/inbox/messages?$select=id&$top=1');
      const draft = await anna.call('POST', `/v1.0/me/messages/${list.json.value[0].id}/createForward`, { body: { toRecipients: to(REGISTRAR) } });
      expect(draft.status).toBe(201);
      expect(draft.json).toMatchObject({ isDraft: true, toRecipients: to(REGISTRAR) });
    });
  });

  describe('when messages are moved and deleted', () => {
    it('moves, soft-deletes to Deleted Items, and permanentDelete removes for good', async () => {
      const list = await anna.call('GET', '/v1.0/me/mailFolders/inbox/messages?$select=id&$top=2');
      const [a, b] = list.json.value.map((m: { id: string }) => m.id);
      const moved = await anna.call('POST', `/v1.0/me/messages/${a}/move`, { body: { destinationId: 'archive' } });
      expect(moved.status).toBe(201);
      expect((await anna.call('DELETE', `/v1.0/me/messages/${b}`)).status).toBe(204);
      const deleted = await anna.call('GET', '/v1.0/me/mailFolders/deleteditems?$select=id');
      expect((await anna.call('GET', `/v1.0/me/messages/${b}?$select=parentFolderId`)).json.parentFolderId).toBe(deleted.json.id);
      expect((await anna.call('POST', `/v1.0/me/messages/${b}/permanentDelete`)).status).toBe(204);
      expect((await anna.call('GET', `/v1.0/me/messages/${b}`)).status).toBe(404);
    });
  });

  describe('when ids are translated', () => {
    it('answers an immutable id for each known rest id', async () => {
      const list = await anna.call('GET', '/v1.0/me/messages?$select=id&$top=2');
      const ids = list.json.value.map((m: { id: string }) => m.id);
      const r = await anna.call('POST', '/v1.0/me/translateExchangeIds', { body: { inputIds: ids, sourceIdType: 'restId', targetIdType: 'restImmutableEntryId' } });
      expect(r.status).toBe(200);
      expect(r.json.value.map((v: { sourceId: string }) => v.sourceId)).toEqual(ids);
      expect(r.json.value.every((v: { targetId: string }) => typeof v.targetId === 'string' && v.targetId.length > 20)).toBe(true);
    });
  });

  describe('when a $batch is posted', () => {
    it('answers each item, honours dependsOn with 424 after a failure and refuses more than 20 items', async () => {
      const r = await anna.call('POST', '/v1.0/$batch', {
        body: {
          requests: [
            { id: '1', method: 'GET', url: '/me/mailFolders/inbox?$select=totalItemCount' },
            { id: '2', method: 'GET', url: '/me/messages/bad-id' },
            { id: '3', method: 'GET', url: '/me/mailFolders/sentitems', dependsOn: ['2'] },
            { id: '4', method: 'POST', url: '/me/messages', headers: { 'Content-Type': 'application/json' }, body: { subject: 'batch' } },
          ],
        },
      });
      expect(r.status).toBe(200);
      const byId = new Map<string, { status: number; body: any }>(r.json.responses.map((x: { id: string }) => [x.id, x]));
      expect(byId.get('1')!.status).toBe(200);
      expect(byId.get('2')!.body.error.code).toBe('ErrorInvalidIdMalformed');
      expect(byId.get('3')!.status).toBe(424);
      expect(byId.get('4')!.status).toBe(201);
      const tooMany = await anna.call('POST', '/v1.0/$batch', { body: { requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' })) } });
      expect(tooMany.status).toBe(400);
    });
  });
});
