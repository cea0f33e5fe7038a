import { gallra } from '../../../src/app/gallra';
import { loadExposureReport } from '../../../src/app/reports';
import { sendToRegistrar } from '../../../src/app/sendToRegistrar';
import { loadExportInputs } from '../../../src/app/registrar/exportInputs';
import { loadRegistrarDesk } from '../../../src/app/registrar/loadDeliveries';
import { makuleraDelivery, registerDelivery } from '../../../src/app/registrar/registerDelivery';
import { sendReceipt } from '../../../src/app/registrar/sendReceipt';
import { parseEml } from '../../../src/domain/registrar/parseEml';
import type { RegistrationForm } from '../../../src/domain/registrar/parseRegistrationForm';
import { MAIL_FOLDERS, type Verdict } from '../../../src/domain/types';
import { systemClock } from '../../../src/ports/clock';
import type { MailboxPort, MessageId } from '../../../src/ports/mailbox';
import { connect as connectGraph } from '../../adapters/graph/support/connect';
import { POLITICIAN, REGISTRAR, connect, noSleep, startWorld, testProfile, type TestServer } from '../support/world';

const REGISTRERA: Verdict = {
  category: 'registrera',
  subtype: 'medborgarkontakt',
  confidence: 0.9,
  reasons: [{ rule: 'Kramfors 5.2: rör kommunens verksamhet (inkommen)', evidence: '"bygglov"' }],
  flags: [],
};
// Inside the 30-day log window, so the forwarded original's journal row is in the report.
const RECEIVED = new Date(Date.now() - 3 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const FORM: RegistrationForm = {
  diarienummer: 'KS 2026/123',
  arende: 'Synpunkter på bygglov Storgatan 1',
  avsandare: { name: 'Anna Medborgare', address: 'anna.medborgare@example.se' },
  sekretess: { provision: 'OSL 26 kap. 1 §', date: '2026-11-04', authority: 'Kommunstyrelsen' },
  publicTitle: 'Skrivelse i bygglovsärende',
};

let server: TestServer;
let politician: MailboxPort;
let registrar: MailboxPort;
const profile = testProfile();
const deps = () => ({ mailbox: registrar, profile, clock: systemClock });

beforeAll(async () => {
  server = await startWorld([
    { subject: 'Synpunkter på bygglov Storgatan 1', receivedAt: RECEIVED, messageId: '<bygglov-1@example.se>', attachments: [{ name: 'ritning.pdf', contentType: 'application/pdf', size: 4_000 }] },
    // The same message again (a second copy in the Inbox): its delivery is a duplicate by Message-ID.
    { subject: 'Synpunkter på bygglov Storgatan 1', receivedAt: RECEIVED, messageId: '<bygglov-1@example.se>' },
  ]);
  politician = connect(server, POLITICIAN.address);
  registrar = connect(server, REGISTRAR.address);
  const ids = (await politician.listMessages({ folders: ['inbox'] })).map((m) => m.id);
  for (const id of ids) {
    const sent = await sendToRegistrar({ mailbox: politician, profile, clock: systemClock, sleep: noSleep }, { id, verdict: REGISTRERA, owner: POLITICIAN });
    expect(sent.status).not.toBe('refused');
  }
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('the registrar desk', () => {
  let first: MessageId;
  let second: MessageId;

  it('lists both deliveries in the queue with datum inkommen from the politician’s mailbox, the second as a duplicate', async () => {
    const desk = await loadRegistrarDesk(deps());
    expect(desk.queue).toHaveLength(2);
    [first, second] = desk.deliveries.map((d) => d.id) as [MessageId, MessageId];
    expect(desk.queue.map((r) => r.delivery.datumInkommen)).toEqual([new Date(RECEIVED).toISOString(), new Date(RECEIVED).toISOString()]);
    for (const d of desk.deliveries) {
      expect(d.metadata?.politician.address).toBe(POLITICIAN.address);
      expect(d.forwardedBy?.address).toBe(POLITICIAN.address);
    }
    expect(desk.deliveries.map((d) => d.eml?.summary?.attachments.map((a) => a.name))).toEqual(expect.arrayContaining([['ritning.pdf'], []]));
    expect(desk.duplicates.get(second)).toEqual({ of: first, reasons: ['messageId'] });
  });

  it('refuses to purge a delivery with a coded error, and deletes nothing', async () => {
    await expect(gallra(deps(), { ids: [first], verdicts: new Map() })).rejects.toMatchObject({ code: 'delivery_not_purgeable' });
    expect((await registrar.listMessages({ folders: ['inbox'] })).map((m) => m.id)).toContain(first);
  });

  it('names the wrong fields of a bad registration and saves nothing', async () => {
    const outcome = await registerDelivery(deps(), { id: first, form: { ...FORM, diarienummer: '123' } });
    expect(outcome).toMatchObject({ ok: false, errors: [{ field: 'diarienummer' }] });
    expect((await registrar.loadStore()).registrations ?? []).toEqual([]);
  });

  it('registers with a diarienummer and a sekretess marking, on the delivery and in the journal', async () => {
    const outcome = await registerDelivery(deps(), { id: first, form: FORM });
    if (!outcome.ok) throw new Error('expected ok');
    expect(outcome.registration).toMatchObject({ diarienummer: 'KS 2026/123', datumInkommen: new Date(RECEIVED).toISOString(), sekretess: { provision: 'OSL 26 kap. 1 §' }, deliveryId: first });
    expect((await registrar.loadStore()).registrations?.map((r) => r.diarienummer)).toEqual(['KS 2026/123']);
    await expect(registerDelivery(deps(), { id: first, form: FORM })).rejects.toMatchObject({ code: 'already_registered' });
    const desk = await loadRegistrarDesk(deps());
    expect(desk.queue.map((r) => r.delivery.id)).toEqual([second]);
  });

  it('sends the receipt once, however often Kvittera is pressed', async () => {
    expect(await sendReceipt(deps(), { id: first })).toMatchObject({ status: 'sent', kind: 'diariford', to: POLITICIAN.address });
    expect(await sendReceipt(deps(), { id: first })).toMatchObject({ status: 'already_sent' });
    // A crash after the send, before receiptSentAt was written: the sent receipt carrying the key is found first.
    const registered = (await registrar.loadStore()).registrations![0]!;
    const { receiptSentAt: _, ...unrecorded } = registered;
    await registrar.setProperty(first, 'registration', JSON.stringify(unrecorded));
    expect(await sendReceipt(deps(), { id: first })).toMatchObject({ status: 'already_sent' });
    const inbox = await politician.listMessages({ folders: ['inbox'] });
    expect(inbox.filter((m) => m.subject.startsWith('Kvitto från registrator'))).toHaveLength(1);
  });

  it('shows the receipt on the politician’s journal row and keeps it as feedback', async () => {
    const report = await loadExposureReport({ mailbox: politician, profile, clock: systemClock, owner: POLITICIAN });
    const rows = report.rows.filter((r) => r.receipt);
    expect(rows.map((r) => r.receipt)).toEqual([expect.objectContaining({ kind: 'diariford', diarienummer: 'KS 2026/123' })]);
    const feedback = (await politician.loadStore()).feedback ?? [];
    expect(feedback).toEqual([expect.objectContaining({ kind: 'diariford', diarienummer: 'KS 2026/123', originalSubject: 'Synpunkter på bygglov Storgatan 1' })]);
  });

  it('marks the duplicate makulerad, linked to the registered diarienummer, and receipts it as redan diariefört', async () => {
    const r = await makuleraDelivery(deps(), { id: second, kind: 'duplicate', duplicateOfId: first, reason: 'Samma handling levererad två gånger' });
    expect(r).toMatchObject({ status: 'makulerad', duplicateOf: 'KS 2026/123' });
    expect(await sendReceipt(deps(), { id: second })).toMatchObject({ status: 'sent', kind: 'redan_diariford' });
    expect((await loadRegistrarDesk(deps())).queue).toEqual([]);
    expect((await registrar.listMessages({ folders: MAIL_FOLDERS })).map((m) => m.id)).toEqual(expect.arrayContaining([first, second]));
  });

  it('hands the export each registered delivery with its .eml bytes', async () => {
    const inputs = await loadExportInputs(deps(), { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' });
    expect(inputs.items.map((i) => i.registration.diarienummer)).toEqual(['KS 2026/123']);
    const eml = parseEml(inputs.items[0]!.eml);
    expect(eml.ok && eml.eml.messageId).toBe('<bygglov-1@example.se>');
    expect(inputs.missing).toEqual([]);
  });
});

describe('refusals', () => {
  it('a politician cannot open the registrar queue (the use case says so) nor list the registrar mailbox (403)', async () => {
    await expect(loadRegistrarDesk({ mailbox: politician, profile, clock: systemClock })).rejects.toMatchObject({ code: 'not_registrar' });
    const intruder = connectGraph(server, POLITICIAN.address, REGISTRAR.address).mailbox;
    await expect(intruder.listMessages({ folders: ['inbox'] })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
