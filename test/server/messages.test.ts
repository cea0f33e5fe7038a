// The server's message endpoints over raw HTTP against the shared dev corpus.

import { readFileSync } from 'node:fs';
import { parseCorpus } from '../../src/domain/corpus';
import { DEV_CORPUS, startTestGraphServer, type TestGraphServer } from '../support/graphServer';
import { rawClient, type Raw } from './support';

const corpus = parseCorpus(readFileSync(DEV_CORPUS, 'utf8')).corpus!;
const owner = corpus.mailboxes[0]!;
const OWNER = owner.owner.address;

describe('local Graph server', () => {
  let server: TestGraphServer;
  let raw: Raw;

  beforeAll(async () => {
    server = await startTestGraphServer();
    raw = rawClient(server, await server.tokenFor(OWNER));
  });
  afterAll(async () => {
    await raw.close();
    await server.close();
  });

  describe('when listing well-known folders', () => {
    it('answers inbox with totalItemCount and unreadItemCount', async () => {
      const r = await raw.call('GET', '/v1.0/me/mailFolders/inbox');
      expect(r.status).toBe(200);
      const inbox = owner.messages.filter((m) => m.folder === 'inbox');
      expect(r.json).toMatchObject({ displayName: 'Inbox', totalItemCount: inbox.length, unreadItemCount: inbox.filter((m) => !m.isRead).length });
      expect(r.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('when listing messages', () => {
    it('answers Graph shapes with emailAddress wrappers and opaque ids', async () => {
      const r = await raw.call('GET', '/v1.0/me/mailFolders/inbox/messages?$select=subject,from,receivedDateTime&$top=2&$count=true');
      expect(r.status).toBe(200);
      expect(r.json['@odata.context']).toContain('$metadata#');
      expect(r.json.value).toHaveLength(2);
      expect(r.json.value[0].from.emailAddress.address).toContain('@');
      expect(r.json.value[0].id).toMatch(/^AAMkAG[A-Za-z0-9_-]+=$/);
      expect(r.json.value[0].body).toBeUndefined();
      expect(r.json['@odata.count']).toBe(owner.messages.filter((m) => m.folder === 'inbox').length);
      expect(r.json['@odata.nextLink']).toContain('%24skip=2');
    });

    it('answers a message as text when Prefer asks for text bodies', async () => {
      const list = await raw.call('GET', '/v1.0/me/messages?$select=id&$top=1');
      const id = list.json.value[0].id;
      const r = await raw.call('GET', `/v1.0/me/messages/${id}?$select=subject,body`, { headers: { Prefer: 'outlook.body-content-type="text"' } });
      expect(r.status).toBe(200);
      expect(r.json.body.contentType).toBe('text');
      expect(r.json.body.content).not.toMatch(/<[a-z]+>/i);
    });
  });
});
