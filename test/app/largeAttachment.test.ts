import { sendToRegistrar } from '../../src/app/sendToRegistrar';
import { MAIL_FOLDERS, type Verdict } from '../../src/domain/types';
import { systemClock } from '../../src/ports/clock';
import type { MailboxPort } from '../../src/ports/mailbox';
import { OTHER, POLITICIAN, REGISTRAR, connect, noSleep, startWorld, testProfile, type TestServer } from './support/world';

// Its own server: a 10 MB message makes every later write of the server's data file slow.
const REGISTRERA: Verdict = { category: 'registrera', subtype: 'test', confidence: 0.9, reasons: [], flags: [] };

let server: TestServer;
let politician: MailboxPort;
let registrar: MailboxPort;
const profile = testProfile();

beforeAll(async () => {
  server = await startWorld([]);
  politician = connect(server, POLITICIAN.address);
  registrar = connect(server, REGISTRAR.address);
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('sendToRegistrar', () => {
  describe('when the original carries a 10 MB attachment', () => {
    it('forwards it through an upload session and the registrar receives it whole', async () => {
      const other = connect(server, OTHER.address);
      const draft = await other.createDraft({ subject: 'Underlag med stor bilaga', body: 'Se bilaga.', toRecipients: [{ name: POLITICIAN.name, address: POLITICIAN.address }] });
      const bytes = new Uint8Array(10 * 1024 * 1024).map((_, i) => (i * 31) & 0xff);
      await other.addAttachment(draft, { name: 'underlag.bin', contentType: 'application/octet-stream', bytes });
      await other.sendDraft(draft);
      const id = (await politician.listMessages({ folders: ['inbox'] })).find((m) => m.subject === 'Underlag med stor bilaga')!.id;
      const outcome = await sendToRegistrar({ mailbox: politician, profile, clock: systemClock, sleep: noSleep }, { id, verdict: REGISTRERA, owner: POLITICIAN });
      expect(outcome.status).toBe('delivered');
      const [delivery] = (await registrar.listMessages({ folders: ['inbox'] })).filter((m) => m.subject.endsWith(outcome.ref));
      const full = await registrar.getMessage(delivery.id);
      const eml = full.attachments.find((a) => a.name.endsWith('.eml'))!;
      expect(eml.size).toBeGreaterThan(10 * 1024 * 1024);
      const left = await politician.listMessages({ folders: [...MAIL_FOLDERS, 'drafts'] });
      expect(left.filter((m) => m.id === id || m.subject.endsWith(outcome.ref))).toEqual([]);
    }, 120_000);
  });

});
