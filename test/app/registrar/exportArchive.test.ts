// exportArchive against the local Graph server: deliveries forwarded, registered, then exported as one zip.

import { strFromU8, unzipSync } from 'fflate';
import { exportArchive } from '../../../src/app/registrar/exportArchive';
import { loadRegistrarDesk } from '../../../src/app/registrar/loadDeliveries';
import { registerDelivery } from '../../../src/app/registrar/registerDelivery';
import { sendToRegistrar } from '../../../src/app/sendToRegistrar';
import type { RegistrationForm } from '../../../src/domain/registrar/parseRegistrationForm';
import { parseEml } from '../../../src/domain/registrar/parseEml';
import { localDate } from '../../../src/domain/reports/calendar';
import type { Verdict } from '../../../src/domain/types';
import { systemClock } from '../../../src/ports/clock';
import type { MailboxPort } from '../../../src/ports/mailbox';
import { schemaErrors } from '../../domain/registrar/ermsSupport';
import { POLITICIAN, REGISTRAR, connect, noSleep, startWorld, testProfile, type TestServer } from '../support/world';

const REGISTRERA: Verdict = {
  category: 'registrera',
  subtype: 'medborgarkontakt',
  confidence: 0.9,
  reasons: [{ rule: 'Kramfors 5.2: rör kommunens verksamhet (inkommen)', evidence: '"bygglov"' }],
  flags: [],
};
const RECEIVED = new Date(Date.now() - 2 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const form = (diarienummer: string): RegistrationForm => ({ diarienummer, arende: 'Synpunkter på bygglov', avsandare: { name: 'Anna Medborgare', address: 'anna.medborgare@example.se' }, sekretess: null, publicTitle: '' });
const CREATED_AT = '2026-12-04T09:00:00.000Z';

let server: TestServer;
let registrar: MailboxPort;
const profile = testProfile();
const deps = () => ({ mailbox: registrar, profile, clock: { now: () => CREATED_AT } });
const today = () => localDate(new Date().toISOString());

beforeAll(async () => {
  server = await startWorld([
    { subject: 'Bygglov Storgatan 1', receivedAt: RECEIVED, messageId: '<bygglov-1@example.se>' },
    { subject: 'Bygglov Storgatan 2', receivedAt: RECEIVED, messageId: '<bygglov-2@example.se>' },
    { subject: 'Skolskjuts', receivedAt: RECEIVED, messageId: '<skolskjuts@example.se>' },
  ]);
  const politician = connect(server, POLITICIAN.address);
  registrar = connect(server, REGISTRAR.address);
  for (const m of await politician.listMessages({ folders: ['inbox'] })) {
    const sent = await sendToRegistrar({ mailbox: politician, profile, clock: systemClock, sleep: noSleep }, { id: m.id, verdict: REGISTRERA, owner: POLITICIAN });
    expect(sent.status).not.toBe('refused');
  }
  const desk = await loadRegistrarDesk({ mailbox: registrar, profile, clock: systemClock });
  const numbers: Record<string, string> = { '<bygglov-1@example.se>': 'KS 2026/123', '<bygglov-2@example.se>': 'KS 2026/123', '<skolskjuts@example.se>': 'BUN 2026/7' };
  for (const d of desk.deliveries) {
    const outcome = await registerDelivery({ mailbox: registrar, profile, clock: systemClock }, { id: d.id, form: form(numbers[d.eml!.summary!.messageId!]!) });
    expect(outcome).toMatchObject({ ok: true });
  }
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('exportArchive', () => {
  it('packs today’s registrations as a zip of ERMS XML that validates, the register CSV and each original .eml', async () => {
    const result = await exportArchive(deps(), { kind: 'day', date: today() });
    expect(result).toMatchObject({ fileName: `postvakt-arkiv-${today()}.zip`, registrations: 3, cases: 2, originals: 3, missing: [] });
    const files = unzipSync(result.bytes);
    expect(Object.keys(files).filter((n) => n.startsWith('eml/') && n.endsWith('.eml'))).toHaveLength(3);
    const xml = strFromU8(files['erms.xml']!);
    expect(await schemaErrors(xml)).toEqual([]);
    expect(xml).toContain('KS 2026/123');
    expect(xml).toContain(profile.name);
    expect(xml).toContain(CREATED_AT.slice(0, 19));
    expect([...files['register.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = strFromU8(files['register.csv']!);
    expect(csv).toContain(';');
    const ids = Object.entries(files)
      .filter(([n]) => n.startsWith('eml/') && n.endsWith('.eml'))
      .map(([, bytes]) => {
        const eml = parseEml(bytes);
        return eml.ok ? eml.eml.messageId : null;
      });
    expect(ids.sort()).toEqual(['<bygglov-1@example.se>', '<bygglov-2@example.se>', '<skolskjuts@example.se>']);
  });

  it('exports one case only, named after its diarienummer', async () => {
    const result = await exportArchive(deps(), { kind: 'case', diarienummer: 'ks 2026/123' });
    expect(result).toMatchObject({ fileName: 'postvakt-arkiv-ks-2026-123.zip', registrations: 2, cases: 1, originals: 2 });
    expect(await schemaErrors(strFromU8(unzipSync(result.bytes)['erms.xml']!))).toEqual([]);
  });

  it('exports a range of days that holds today', async () => {
    const result = await exportArchive(deps(), { kind: 'range', from: '2000-01-01', to: today() });
    expect(result).toMatchObject({ fileName: `postvakt-arkiv-2000-01-01--${today()}.zip`, registrations: 3 });
  });

  it('refuses a day without registrations with a coded error worded in Swedish', async () => {
    await expect(exportArchive(deps(), { kind: 'day', date: '2001-02-03' })).rejects.toMatchObject({ code: 'erms_empty', messageSv: expect.stringContaining('Inga diarieförda handlingar') });
  });

  it('refuses a malformed day before reading anything', async () => {
    await expect(exportArchive(deps(), { kind: 'day', date: '2026-02-30' })).rejects.toMatchObject({ code: 'erms_invalid_selection' });
  });

  it('names a registration whose delivery is gone instead of skipping it silently', async () => {
    const gone = (await registrar.loadStore()).registrations!.find((r) => r.diarienummer === 'BUN 2026/7')!;
    await registrar.permanentDelete(gone.deliveryId as never);
    const result = await exportArchive(deps(), { kind: 'day', date: today() });
    expect(result).toMatchObject({ registrations: 2, originals: 2, missing: [{ diarienummer: 'BUN 2026/7', reason: 'delivery_missing', reference: gone.reference }] });
    await expect(exportArchive(deps(), { kind: 'case', diarienummer: 'BUN 2026/7' })).rejects.toMatchObject({ code: 'erms_empty', messageSv: expect.stringContaining('BUN 2026/7') });
  });
});
