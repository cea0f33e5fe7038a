// Tenant files the server has not seen before: the shared dev corpus and a hand-written one with new organisations.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpus } from '../../src/domain/corpus';
import { DEV_CORPUS, startTestGraphServer } from '../support/graphServer';
import { rawClient } from './support';

const UNSEEN = join(__dirname, '..', 'fixtures', 'tenants', 'unseen-org.json');

describe('tenant seeding', () => {
  describe('when the shared dev corpus is loaded', () => {
    it('gives every owner, registrar and admin a mailbox with the corpus folder counts', async () => {
      const corpus = parseCorpus(readFileSync(DEV_CORPUS, 'utf8')).corpus!;
      const server = await startTestGraphServer(DEV_CORPUS);
      try {
        for (const mb of corpus.mailboxes) {
          const raw = rawClient(server, await server.tokenFor(mb.owner.address));
          for (const folder of ['inbox', 'sentitems', 'deleteditems'] as const) {
            const r = await raw.call('GET', `/v1.0/me/mailFolders/${folder}?$select=totalItemCount`);
            expect(r.json.totalItemCount).toBe(mb.messages.filter((m) => m.folder === folder).length);
          }
          await raw.close();
        }
        for (const org of corpus.organizations) {
          for (const person of [org.registrar, ...(org.admins ?? [])]) await expect(server.tokenFor(person.address)).resolves.toMatch(/^pv\./);
        }
      } finally {
        await server.close();
      }
    });
  });

  describe('when a hand-written tenant with unseen organisations is loaded', () => {
    it('serves its mail, settings, headers and attachments in Graph shapes', async () => {
      const server = await startTestGraphServer(UNSEEN);
      try {
        const orjan = rawClient(server, await server.tokenFor('orjan.aberg@fritid.fjallby.se'));
        const list = await orjan.call('GET', '/v1.0/me/mailFolders/inbox/messages?$select=subject,importance,hasAttachments,ccRecipients,internetMessageHeaders,isRead');
        expect(list.json.value).toEqual([
          expect.objectContaining({
            subject: 'Ansökan om bidrag – föreningen Fjällvännerna',
            importance: 'high',
            hasAttachments: true,
            isRead: false,
            ccRecipients: [{ emailAddress: { name: 'Diariet Fjällby', address: 'diariet@fjallby.se' } }],
            internetMessageHeaders: [{ name: 'X-Mailer', value: 'Skolmail 2' }],
          }),
        ]);
        const id = list.json.value[0].id;
        const text = await orjan.call('GET', `/v1.0/me/messages/${id}?$select=body`, { headers: { Prefer: 'outlook.body-content-type="text"' } });
        expect(text.json.body).toEqual({ contentType: 'text', content: 'Hej!\n\nBifogat finns ansökan.' });
        const att = await orjan.call('GET', `/v1.0/me/messages/${id}/attachments`);
        expect(att.json.value[0]).toMatchObject({ '@odata.type': '#microsoft.graph.fileAttachment', name: 'ansökan.docx', size: 40960 });
        expect(Buffer.from(att.json.value[0].contentBytes, 'base64')).toHaveLength(40960);
        const replies = await orjan.call('GET', '/v1.0/me/mailboxSettings/automaticRepliesSetting');
        expect(replies.json).toMatchObject({ status: 'scheduled', scheduledStartDateTime: { dateTime: '2026-10-04T22:00:00.0000000', timeZone: 'UTC' } });
        await orjan.close();
        const diariet = rawClient(server, await server.tokenFor('diariet@fjallby.se'));
        expect((await diariet.call('GET', '/v1.0/me/mailFolders/inbox?$select=totalItemCount')).json.totalItemCount).toBe(0);
        await diariet.close();
        const region = rawClient(server, await server.tokenFor('registrator@regionost.se'));
        expect((await region.call('GET', '/v1.0/me/mailFolders/sentitems?$select=totalItemCount')).json.totalItemCount).toBe(1);
        await region.close();
        await expect(server.tokenFor('namnd@fjallby.se')).resolves.toMatch(/^pv\./);
      } finally {
        await server.close();
      }
    });
  });
});
