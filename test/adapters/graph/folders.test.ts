// Messages outside the well-known folders: placed under their nearest well-known ancestor, with the
// real folder's path, whichever call found them.

import { createNodeFetch } from '../../../src/adapters/graph/nodeFetch';
import { MAIL_FOLDERS } from '../../../src/domain/types';
import { asMessageId, type MessageId } from '../../../src/ports/mailbox';
import { connect, OWNER, startWithSyntheticTenant, type TestServer } from './support/connect';

let server: TestServer;

beforeAll(async () => {
  server = await startWithSyntheticTenant({ messages: 30 });
}, 60_000);

afterAll(async () => {
  await server?.close();
});

async function graph<T>(method: string, path: string, body?: unknown): Promise<T> {
  const token = await server.tokenFor(OWNER);
  const response = await createNodeFetch(server.caCertPem)(`${server.url}/v1.0${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

const folder = (parent: string | null, displayName: string) =>
  graph<{ id: string }>('POST', parent ? `/me/mailFolders/${parent}/childFolders` : '/me/mailFolders', { displayName });
const move = (id: string, destinationId: string) => graph<{ id: string }>('POST', `/me/messages/${id}/move`, { destinationId });

describe('the Graph mailbox adapter', () => {
  describe('when messages sit in folders of the person\'s own', () => {
    let nested: MessageId;
    let atRoot: MessageId;
    let underSent: MessageId;
    let inboxName: string;
    let sentName: string;

    beforeAll(async () => {
      const { mailbox } = connect(server, OWNER);
      const inbox = await mailbox.listMessages({ folders: ['inbox'] });
      const sent = await mailbox.listMessages({ folders: ['sentitems'] });
      inboxName = (await graph<{ displayName: string }>('GET', '/me/mailFolders/inbox?$select=displayName')).displayName;
      sentName = (await graph<{ displayName: string }>('GET', '/me/mailFolders/sentitems?$select=displayName')).displayName;
      const namnd = await folder('inbox', 'Nämnd');
      const year = await folder(namnd.id, '2026');
      const arkiv = await folder(null, 'Arkiv');
      const diarium = await folder('sentitems', 'Diarium');
      nested = asMessageId((await move(inbox[0]!.id, year.id)).id);
      atRoot = asMessageId((await move(inbox[1]!.id, arkiv.id)).id);
      underSent = asMessageId((await move(sent[0]!.id, diarium.id)).id);
    }, 60_000);

    it('reports the real folder path beside the nearest well-known folder in getMessage', async () => {
      const { mailbox } = connect(server, OWNER);
      expect(await mailbox.getMessage(nested)).toMatchObject({ folder: 'inbox', folderName: `${inboxName}/Nämnd/2026` });
      expect(await mailbox.getMessage(underSent)).toMatchObject({ folder: 'sentitems', folderName: `${sentName}/Diarium` });
      // No well-known ancestor: the port's default folder, and the real one by name.
      expect(await mailbox.getMessage(atRoot)).toMatchObject({ folder: 'inbox', folderName: 'Arkiv' });
    });

    it('places them the same way in getMessages and in searches, looking each folder up once', async () => {
      const { mailbox } = connect(server, OWNER);
      const full = await mailbox.getMessages([nested, atRoot, underSent]);
      expect(full.map((m) => [m.folder, m.folderName])).toEqual([
        ['inbox', `${inboxName}/Nämnd/2026`],
        ['inbox', 'Arkiv'],
        ['sentitems', `${sentName}/Diarium`],
      ]);
      await mailbox.setProperty(underSent, 'intent', JSON.stringify({ key: 'placement-key' }));
      mailbox.resetStats();
      const found = await mailbox.findByIntentKey('placement-key');
      expect(found.map((m) => [m.id, m.folder, m.folderName])).toEqual([[underSent, 'sentitems', `${sentName}/Diarium`]]);
      // Only the search itself: the folders were already known to this adapter.
      expect(mailbox.stats().requests).toBe(1);
    });

    it('lists them with everything else when asked for the whole mailbox, and only then', async () => {
      const { mailbox } = connect(server, OWNER);
      await mailbox.saveStore({ journal: [], holds: [] });
      const perFolder = await mailbox.listMessages({ folders: MAIL_FOLDERS });
      const everywhere = await mailbox.listMessages({ folders: MAIL_FOLDERS, everywhere: true });
      expect(perFolder.map((m) => m.id)).not.toContain(nested);
      const placed = new Map(everywhere.map((m) => [m.id as string, [m.folder, m.folderName]]));
      expect(placed.get(nested)).toEqual(['inbox', `${inboxName}/Nämnd/2026`]);
      expect(placed.get(atRoot)).toEqual(['inbox', 'Arkiv']);
      expect(placed.get(underSent)).toEqual(['sentitems', `${sentName}/Diarium`]);
      // Every message of the well-known folders too, and not Postvakt's own stored document.
      expect(everywhere).toHaveLength(perFolder.length + 3);
      expect(everywhere.map((m) => m.subject)).not.toContain('Postvakt');
    });

    it('keeps to the folders asked for when listing the whole mailbox', async () => {
      const { mailbox } = connect(server, OWNER);
      const sentOnly = await mailbox.listMessages({ folders: ['sentitems'], everywhere: true });
      expect(sentOnly.map((m) => m.id)).toContain(underSent);
      expect(sentOnly.every((m) => m.folder === 'sentitems')).toBe(true);
    });

    it('leaves folderName out for a message directly in a well-known folder', async () => {
      const { mailbox } = connect(server, OWNER);
      const [first] = await mailbox.listMessages({ folders: ['inbox'] });
      const full = await mailbox.getMessage(first!.id);
      expect(full.folder).toBe('inbox');
      expect(full.folderName).toBeUndefined();
    });
  });
});
