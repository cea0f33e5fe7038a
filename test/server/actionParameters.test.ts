// Action parameters in any casing: Microsoft's Kiota-generated Graph SDK sends them as Graph's
// metadata declares them (`Message`, `ToRecipients`, `DestinationId`…) and Graph accepts both spellings.
// The bodies below are the ones @microsoft/msgraph-sdk 1.0.0-preview.90 serialises for these calls.

import { startTestGraphServer, type TestGraphServer } from '../support/graphServer';
import { rawClient, type Raw } from './support';
import { POLITICIAN, REGISTRAR, syntheticCorpus } from './synthetic';

const to = (address: string) => [{ emailAddress: { name: address, address } }];

describe('action parameters', () => {
  let server: TestGraphServer;
  let anna: Raw;
  let registrar: Raw;

  beforeAll(async () => {
    server = await startTestGraphServer(syntheticCorpus(20));
    anna = rawClient(server, await server.tokenFor(POLITICIAN));
    registrar = rawClient(server, await server.tokenFor(REGISTRAR));
  });
  afterAll(async () => {
    await anna.close();
    await registrar.close();
    await server.close();
  });

  const inboxIds = async (n: number): Promise<string[]> =>
    (await anna.call('GET', `/v1.0/me/mailFolders/inbox/messages?$select=id&$top=${n}`)).json.value.map((m: { id: string }) => m.id);
  const registrarSubjects = async (): Promise<string[]> =>
    (await registrar.call('GET', '/v1.0/me/mailFolders/inbox/messages?$select=subject&$top=200')).json.value.map((m: { subject: string }) => m.subject);
  const sentCount = async (): Promise<number> => (await anna.call('GET', '/v1.0/me/mailFolders/sentitems?$select=totalItemCount')).json.totalItemCount;

  describe('when the Graph SDK sends them in PascalCase', () => {
    it('sends mail with Message and SaveToSentItems', async () => {
      const before = await sentCount();
      const r = await anna.call('POST', '/v1.0/me/sendMail', {
        body: { Message: { body: { content: 'Hej', contentType: 'text' }, subject: 'Pascal sendMail', toRecipients: to(REGISTRAR) }, SaveToSentItems: false },
      });
      expect(r.status).toBe(202);
      expect(await registrarSubjects()).toContain('Pascal sendMail');
      expect(await sentCount()).toBe(before);
    });

    it('creates a forward draft addressed to ToRecipients with the Comment', async () => {
      const [id] = await inboxIds(1);
      const r = await anna.call('POST', `/v1.0/me/messages/${id}/createForward`, { body: { Comment: 'För diarieföring', ToRecipients: to(REGISTRAR) } });
      expect(r.status).toBe(201);
      expect(r.json).toMatchObject({ isDraft: true, toRecipients: to(REGISTRAR) });
      expect(r.json.body.content).toContain('För diarieföring');
    });

    it('forwards, and creates a reply draft from Message', async () => {
      const [a, b] = await inboxIds(2);
      const subject = (await anna.call('GET', `/v1.0/me/messages/${a}?$select=subject`)).json.subject as string;
      expect((await anna.call('POST', `/v1.0/me/messages/${a}/forward`, { body: { Comment: 'Se nedan', ToRecipients: to(REGISTRAR) } })).status).toBe(202);
      expect(await registrarSubjects()).toContain(`FW: ${subject}`);
      const reply = await anna.call('POST', `/v1.0/me/messages/${b}/createReply`, { body: { Message: { toRecipients: to(REGISTRAR) } } });
      expect(reply.status).toBe(201);
      expect(reply.json.toRecipients).toEqual(to(REGISTRAR));
    });

    it('moves and copies to DestinationId', async () => {
      const [a, b] = await inboxIds(2);
      const moved = await anna.call('POST', `/v1.0/me/messages/${a}/move`, { body: { DestinationId: 'archive' } });
      expect(moved.status).toBe(201);
      const archive = (await anna.call('GET', '/v1.0/me/mailFolders/archive?$select=id')).json.id;
      expect(moved.json.parentFolderId).toBe(archive);
      const copied = await anna.call('POST', `/v1.0/me/messages/${b}/copy`, { body: { DestinationId: 'archive' } });
      expect(copied.status).toBe(201);
      expect(copied.json.parentFolderId).toBe(archive);
    });

    it('translates InputIds from SourceIdType to TargetIdType', async () => {
      const ids = await inboxIds(2);
      const r = await anna.call('POST', '/v1.0/me/translateExchangeIds', { body: { InputIds: ids, SourceIdType: 'restId', TargetIdType: 'restImmutableEntryId' } });
      expect(r.status).toBe(200);
      expect(r.json.value.map((v: { sourceId: string }) => v.sourceId)).toEqual(ids);
    });

    it('opens an upload session for AttachmentItem, in camelCase too', async () => {
      const draft = await anna.call('POST', '/v1.0/me/messages', { body: { subject: 'Utkast', toRecipients: to(REGISTRAR) } });
      for (const name of ['AttachmentItem', 'attachmentItem']) {
        const r = await anna.call('POST', `/v1.0/me/messages/${draft.json.id}/attachments/createUploadSession`, { body: { [name]: { attachmentType: 'file', name: 'stor.eml', size: 4_000_000 } } });
        expect(r.status).toBe(201);
        expect(r.json.uploadUrl).toEqual(expect.stringContaining('/upload/'));
      }
    });
  });

  describe('when one parameter comes in two casings', () => {
    it('answers 400 rather than picking one', async () => {
      const r = await anna.call('POST', '/v1.0/me/sendMail', { body: { message: { subject: 'a', toRecipients: to(REGISTRAR) }, Message: { subject: 'b', toRecipients: to(REGISTRAR) } } });
      expect(r.status).toBe(400);
      expect(r.json.error.code).toBe('ErrorInvalidRequest');
    });
  });

  describe('when createForward or forward names no recipient', () => {
    it.each(['createForward', 'forward'])('%s answers 400 ParameterValueEmpty whichever casing was used', async (action) => {
      const [id] = await inboxIds(1);
      for (const body of [{ Comment: 'x' }, { comment: 'x', toRecipients: [] }, { Message: { subject: 'x' } }, {}]) {
        const r = await anna.call('POST', `/v1.0/me/messages/${id}/${action}`, { body });
        expect(r.status).toBe(400);
        expect(r.json.error).toMatchObject({ code: 'ParameterValueEmpty', message: "The value of the parameter 'ToRecipients' is empty." });
      }
    });

    it('accepts the recipients as Message.toRecipients instead, and refuses both at once', async () => {
      const [id] = await inboxIds(1);
      const viaMessage = await anna.call('POST', `/v1.0/me/messages/${id}/createForward`, { body: { Message: { toRecipients: to(REGISTRAR) } } });
      expect(viaMessage.status).toBe(201);
      expect(viaMessage.json.toRecipients).toEqual(to(REGISTRAR));
      const both = await anna.call('POST', `/v1.0/me/messages/${id}/createForward`, { body: { ToRecipients: to(REGISTRAR), Message: { toRecipients: to(REGISTRAR) } } });
      expect(both.status).toBe(400);
    });
  });
});
