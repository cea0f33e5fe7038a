import { sendToRegistrar, type SendOutcome } from '../../src/app/sendToRegistrar';
import { loadExposureReport } from '../../src/app/reports';
import { UseCaseError } from '../../src/app/errors';
import { deriveIdempotencyKey, shortRef } from '../../src/domain/registrar/idempotency';
import { groupDeliveries } from '../../src/domain/registrar/duplicates';
import { MAIL_FOLDERS, type Verdict } from '../../src/domain/types';
import { systemClock } from '../../src/ports/clock';
import type { GraphMailbox } from '../../src/adapters/graph/graphMailbox';
import type { MailboxPort, MessageId } from '../../src/ports/mailbox';
import { InjectedCrash, crashAfter } from './support/crash';
import { POLITICIAN, REGISTRAR, connect, noSleep, startWorld, testProfile, type TestServer } from './support/world';

const REGISTRERA: Verdict = {
  category: 'registrera',
  subtype: 'medborgarkontakt',
  confidence: 0.9,
  reasons: [{ rule: 'Kramfors 5.2: rör kommunens verksamhet (inkommen)', evidence: '"bygglov"' }],
  flags: [],
};

const CRASH_STEPS = 12;
const RACES = 3;
const COPY_TIME = new Date(Date.now() - 3 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

let server: TestServer;
let politician: GraphMailbox;
let registrar: MailboxPort;
const profile = testProfile();

beforeAll(async () => {
  server = await startWorld([
    { subject: 'Synpunkter på bygglov Storgatan 1', attachments: [{ name: 'ritning.pdf', contentType: 'application/pdf', size: 40_000 }] },
    { subject: 'Dubbelklick på detaljplanen' },
    { subject: 'Fråga om bygglov till fel registrator' },
    { subject: 'Stor bilaga', attachments: [{ name: 'karta.pdf', contentType: 'application/pdf', size: 300_000 }] },
    { subject: 'Partiintern fråga' },
    { subject: 'Skickat av mig om skolan', folder: 'sentitems' },
    ...Array.from({ length: CRASH_STEPS }, (_, i) => ({ subject: `Krasch ${i + 1}` })),
    ...Array.from({ length: RACES }, (_, i) => ({ subject: `Samtidigt klick ${i + 1}` })),
    // The same message delivered twice (one copy deleted), and a look-alike that is another message.
    { subject: 'Remiss om översiktsplanen', messageId: '<remiss-1@testkommun.se>', receivedAt: COPY_TIME },
    { subject: 'Remiss om översiktsplanen', messageId: '<remiss-1@testkommun.se>', receivedAt: COPY_TIME, folder: 'deleteditems' },
    { subject: 'Remiss om översiktsplanen', messageId: '<remiss-2@testkommun.se>', receivedAt: COPY_TIME, folder: 'deleteditems' },
  ]);
  politician = connect(server, POLITICIAN.address);
  registrar = connect(server, REGISTRAR.address);
}, 60_000);

afterAll(async () => {
  await server?.close();
});

async function idOf(subject: string): Promise<MessageId> {
  const all = await politician.listMessages({ folders: MAIL_FOLDERS });
  const found = all.find((m) => m.subject === subject);
  if (!found) throw new Error(`seed message missing: ${subject}`);
  return found.id;
}

const send = (id: MessageId, mailbox: MailboxPort = politician, verdict: Verdict = REGISTRERA): Promise<SendOutcome> =>
  sendToRegistrar({ mailbox, profile, clock: systemClock, sleep: noSleep }, { id, verdict, owner: POLITICIAN });

async function deliveriesOf(ref: string) {
  const inbox = await registrar.listMessages({ folders: ['inbox'] });
  return inbox.filter((m) => m.subject.endsWith(ref));
}

async function leftovers(id: MessageId, ref: string) {
  const all = await politician.listMessages({ folders: [...MAIL_FOLDERS, 'drafts'] });
  return all.filter((m) => m.id === id || m.subject.endsWith(ref));
}

describe('sendToRegistrar', () => {
  describe('when a registrera message is sent', () => {
    let id: MessageId;
    let outcome: SendOutcome;
    beforeAll(async () => {
      id = await idOf('Synpunkter på bygglov Storgatan 1');
      outcome = await send(id);
    }, 60_000);

    it('delivers it to the registrar with a neutral subject, the original as .eml and the metadata', async () => {
      expect(outcome.status).toBe('delivered');
      const [delivery] = await deliveriesOf(outcome.ref);
      expect(delivery.subject).toBe(`Handling för diarieföring, ref ${outcome.ref}`);
      const full = await registrar.getMessage(delivery.id);
      const names = full.attachments.map((a) => a.name).sort();
      expect(names).toEqual([`handling-${outcome.ref}.eml`, `postvakt-metadata-${outcome.ref}.json`]);
      expect(full.attachments.find((a) => a.name.endsWith('.eml'))!.size).toBeGreaterThan(40_000);
      expect(full.body.content).toContain('för diarieföring');
      expect(full.from.address).toBe(POLITICIAN.address);
    });

    it('purges it from Inbox, Sent Items and Deleted Items and leaves no draft', async () => {
      expect(await leftovers(id, outcome.ref)).toEqual([]);
    });

    it('still lists the purged original and the forward in the log exposure rows', async () => {
      const report = await loadExposureReport({ mailbox: politician, profile, clock: systemClock, owner: POLITICIAN });
      const rows = report.rows.filter((r) => r.source === 'journal');
      expect(rows.map((r) => [r.subject, r.action])).toEqual(
        expect.arrayContaining([
          ['Synpunkter på bygglov Storgatan 1', 'skickad_till_registrator'],
          [`Handling för diarieföring, ref ${outcome.ref}`, 'vidarebefordran'],
        ]),
      );
    });
  });

  describe('when a copy of the original is in Deleted Items', () => {
    it('purges the copy found by its Message-ID and keeps a look-alike with another Message-ID', async () => {
      const all = await politician.listMessages({ folders: MAIL_FOLDERS });
      const remiss = all.filter((m) => m.subject === 'Remiss om översiktsplanen');
      expect(remiss).toHaveLength(3);
      const original = remiss.find((m) => m.folder === 'inbox')!;
      const deleted = remiss.filter((m) => m.folder === 'deleteditems');
      const copies = await Promise.all(deleted.map((m) => politician.getMessage(m.id)));
      const copy = copies.find((m) => m.internetMessageId === '<remiss-1@testkommun.se>')!;
      const lookAlike = copies.find((m) => m.internetMessageId === '<remiss-2@testkommun.se>')!;
      // Same sender, subject and sent time: only the Message-ID tells them apart.
      expect([lookAlike.sentDateTime, lookAlike.from.address]).toEqual([copy.sentDateTime, copy.from.address]);

      const outcome = await send(original.id);
      expect(outcome.purged).toEqual(expect.arrayContaining([original.id, copy.id]));
      expect(outcome.purged).not.toContain(lookAlike.id);
      const left = (await politician.listMessages({ folders: MAIL_FOLDERS })).filter((m) => m.subject === 'Remiss om översiktsplanen');
      expect(left.map((m) => m.id)).toEqual([lookAlike.id]);
    }, 60_000);
  });

  describe('when two first clicks (two devices) start the same forward at the same moment', () => {
    it.each(Array.from({ length: RACES }, (_, i) => i + 1))('delivers it exactly once (round %i) and leaves no draft behind', async (round) => {
      const id = await idOf(`Samtidigt klick ${round}`);
      // Two adapters, as two devices have: separate clients and request queues.
      const devices = [connect(server, POLITICIAN.address), connect(server, POLITICIAN.address)];
      const shortSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(ms, 40)));
      const run = (mailbox: MailboxPort) =>
        sendToRegistrar({ mailbox, profile, clock: systemClock, sleep: shortSleep }, { id, verdict: REGISTRERA, owner: POLITICIAN }).then(
          (outcome) => outcome.status,
          (error: unknown) => (error instanceof UseCaseError ? error.code : Promise.reject(error)),
        );
      const results = await Promise.all(devices.map(run));
      expect(results).toContain('delivered');
      // The other one stood aside: it saw the delivery, or said it is under way elsewhere.
      expect(results.filter((r) => r === 'delivered')).toHaveLength(1);
      expect(results.every((r) => ['delivered', 'already_delivered', 'in_progress'].includes(r))).toBe(true);
      const ref = shortRef(deriveIdempotencyKey(POLITICIAN.address, id));
      expect(await deliveriesOf(ref)).toHaveLength(1);
      expect(await leftovers(id, ref)).toEqual([]);
      // A later click changes nothing.
      expect((await send(id)).status).toBe('already_delivered');
      expect(await deliveriesOf(ref)).toHaveLength(1);
    }, 60_000);
  });

  describe('when it is called twice for the same message', () => {
    it('makes one delivery and answers already delivered the second time', async () => {
      const id = await idOf('Dubbelklick på detaljplanen');
      const first = await send(id);
      const second = await send(id);
      expect(first.status).toBe('delivered');
      expect(second.status).toBe('already_delivered');
      expect(second.key).toBe(first.key);
      expect(await deliveriesOf(first.ref)).toHaveLength(1);
    }, 60_000);
  });

  describe('when the original was written by the politician (in Sent Items)', () => {
    it('delivers it and purges it from Sent Items', async () => {
      const id = await idOf('Skickat av mig om skolan');
      const outcome = await send(id);
      expect(outcome.status).toBe('delivered');
      expect(await deliveriesOf(outcome.ref)).toHaveLength(1);
      expect(await leftovers(id, outcome.ref)).toEqual([]);
    }, 60_000);
  });

  describe('when the verdict is gallra_ej_allman', () => {
    it('refuses without an override and changes nothing', async () => {
      const id = await idOf('Partiintern fråga');
      const err = await send(id, politician, { ...REGISTRERA, category: 'gallra_ej_allman' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UseCaseError);
      expect((err as UseCaseError).code).toBe('refused_not_public');
      const still = await politician.getMessage(id);
      expect(still.properties.intent).toBeUndefined();
    }, 60_000);
  });

  describe.each([
    ['empty', ''],
    ['not an e-mail address', 'registrator'],
    ['two addresses', 'registrator@testkommun.se, annan@testkommun.se'],
  ])('when the profile\'s registrar address is %s', (_name, address) => {
    it('refuses with registrar_invalid before anything is written', async () => {
      const id = await idOf('Fråga om bygglov till fel registrator');
      const broken = testProfile({ registrar: { name: 'Registrator', address } });
      politician.resetStats();
      const err = await sendToRegistrar({ mailbox: politician, profile: broken, clock: systemClock, sleep: noSleep }, { id, verdict: REGISTRERA, owner: POLITICIAN }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(UseCaseError);
      expect((err as UseCaseError).code).toBe('registrar_invalid');
      expect(politician.stats().requests).toBe(0);
    }, 60_000);
  });

  describe('when the original is over the size limit', () => {
    it('refuses with a Swedish message and purges nothing', async () => {
      const id = await idOf('Stor bilaga');
      const small = testProfile({ maxMessageBytes: 200_000 });
      const err = await sendToRegistrar({ mailbox: politician, profile: small, clock: systemClock, sleep: noSleep }, { id, verdict: REGISTRERA, owner: POLITICIAN }).catch(
        (e: unknown) => e,
      );
      expect((err as UseCaseError).code).toBe('too_large');
      expect((err as UseCaseError).details).toEqual({ forwardedBytes: expect.any(Number), limitBytes: 200_000 });
      const still = await politician.getMessage(id);
      expect(still.folder).toBe('inbox');
      expect(still.properties.intent).toBeUndefined();
      const key = deriveIdempotencyKey(POLITICIAN.address, id);
      expect(await politician.findByIntentKey(key)).toEqual([]);
    }, 60_000);
  });

  describe('when the process crashes after any state-changing step', () => {
    it.each(Array.from({ length: CRASH_STEPS }, (_, i) => i + 1))('finishes on the next run after step %i with exactly one delivery', async (step) => {
      const id = await idOf(`Krasch ${step}`);
      const ref = shortRef(deriveIdempotencyKey(POLITICIAN.address, id));
      const crashing = crashAfter(politician, step);
      const first = await send(id, crashing.mailbox).then(
        (o) => o,
        (e: unknown) => e,
      );
      const crashed = first instanceof InjectedCrash;
      const resumed = await send(id);
      expect(['delivered', 'already_delivered']).toContain(resumed.status);
      if (!crashed) expect(crashing.calls().length).toBeLessThan(step);
      const deliveries = await deliveriesOf(ref);
      expect(groupDeliveries(deliveries).map((d) => d.duplicates.length)).toEqual([0]);
      expect(await leftovers(id, ref)).toEqual([]);
    }, 60_000);
  });
});
