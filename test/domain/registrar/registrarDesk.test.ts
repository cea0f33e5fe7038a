import { parsePolicy } from '../../../src/domain/policy/parsePolicy';
import { buildRegistrarEnvelope } from '../../../src/domain/registrar/envelope';
import { deriveIdempotencyKey, shortRef } from '../../../src/domain/registrar/idempotency';
import { parseDeliveryMetadata } from '../../../src/domain/registrar/parseDeliveryMetadata';
import { DEFAULT_DIARIENUMMER, normaliseDiarienummer } from '../../../src/domain/registrar/diarienummer';
import { parseRegistrationForm, publicEntry, type RegistrationFacts, type RegistrationForm } from '../../../src/domain/registrar/parseRegistrationForm';
import { buildQueue, findDuplicates, workingDaysSince, type QueueDelivery } from '../../../src/domain/registrar/queue';
import { buildReceipt, parseReceipt } from '../../../src/domain/registrar/receipt';
import { deliveryRef, isRegistrarMailbox } from '../../../src/domain/registrar/registrarMode';
import type { Registration } from '../../../src/domain/registrar/registration.types';

const KEY = deriveIdempotencyKey('helena@pol.testkommun.se', 'AAMkAD=');
const REF = shortRef(KEY);

function metadataJson(patch: (m: Record<string, unknown>) => void = () => {}): string {
  const envelope = buildRegistrarEnvelope({
    key: KEY,
    owner: { name: 'Helena Testsson', address: 'helena@pol.testkommun.se', roles: ['ledamot'] },
    verdict: { category: 'registrera', subtype: 'x', confidence: 0.9, reasons: [{ rule: 'Kramfors 5.2', evidence: 'bygglov' }], flags: [] },
    original: {
      subject: 'Bygglov Storgatan 1',
      from: { name: 'Anna', address: 'anna@example.se' },
      toRecipients: [{ name: 'Helena', address: 'helena@pol.testkommun.se' }],
      ccRecipients: [],
      receivedDateTime: '2026-11-02T07:41:00Z',
      sentDateTime: '2026-11-02T07:40:00Z',
      attachmentNames: [],
      direction: 'in',
    },
    forwardedAt: '2026-11-04T09:00:00Z',
  });
  const m = JSON.parse(envelope.metadataJson) as Record<string, unknown>;
  patch(m);
  return JSON.stringify(m);
}

describe('parseDeliveryMetadata', () => {
  it('reads what the send path writes, with datum inkommen from the original', () => {
    const r = parseDeliveryMetadata(metadataJson(), REF);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.metadata.original.receivedDateTime).toBe('2026-11-02T07:41:00.000Z');
      expect(r.metadata.verdict.category).toBe('registrera');
      expect(r.metadata.politician.address).toBe('helena@pol.testkommun.se');
    }
  });

  it.each<[string, (m: Record<string, unknown>) => void]>([
    ['a wrong schema', (m) => (m.schema = 'other/1')],
    ['a key that is not Postvakt’s', (m) => (m.idempotencyKey = 'pv1-zz')],
    ['a reference that does not match the key', (m) => (m.ref = '0000000000')],
    ['a date that is not an instant', (m) => ((m.original as Record<string, unknown>).receivedDateTime = 'igår')],
    ['a sender that is not an address', (m) => ((m.original as Record<string, unknown>).from = { name: 'x', address: 'javascript:alert(1)' })],
    ['an unknown verdict', (m) => ((m.verdict as Record<string, unknown>).category = 'radera')],
    ['another .eml name', (m) => (m.emlAttachment = '../x.eml')],
  ])('refuses %s', (_, patch) => {
    expect(parseDeliveryMetadata(metadataJson(patch), REF).ok).toBe(false);
  });

  it('refuses text that is not JSON, and a document over the size cap', () => {
    expect(parseDeliveryMetadata('{', REF).ok).toBe(false);
    expect(parseDeliveryMetadata(`"${'x'.repeat(300_000)}"`, REF).ok).toBe(false);
  });

  it('refuses metadata whose reference is not the one in the attachment name', () => {
    expect(parseDeliveryMetadata(metadataJson(), 'ABCDEF0123').ok).toBe(false);
  });

  it('strips bidirectional controls from text it displays', () => {
    const r = parseDeliveryMetadata(metadataJson((m) => ((m.original as Record<string, unknown>).subject = 'Faktura\u202Efdp.exe')), REF);
    expect(r.ok && r.metadata.original.subject).toBe('Fakturafdp.exe');
  });
});

describe('registrar mode', () => {
  const profile = { registrar: { name: 'R', address: 'Registrator@testkommun.se' }, registrars: [{ name: 'Eva', address: 'eva@testkommun.se' }] };
  it('is on in the registrar mailbox and for a listed registrar, off for a politician', () => {
    expect(isRegistrarMailbox(profile, 'registrator@testkommun.se')).toBe(true);
    expect(isRegistrarMailbox(profile, 'EVA@testkommun.se')).toBe(true);
    expect(isRegistrarMailbox(profile, 'helena@pol.testkommun.se')).toBe(false);
  });
  it('recognises a delivery by exactly one metadata attachment', () => {
    expect(deliveryRef([`handling-${REF}.eml`, `postvakt-metadata-${REF}.json`])).toBe(REF);
    expect(deliveryRef(['postvakt-metadata.json'])).toBeNull();
    expect(deliveryRef([`postvakt-metadata-${REF}.json`, 'postvakt-metadata-ABCDEF0123.json'])).toBeNull();
  });
});

describe('normaliseDiarienummer', () => {
  it.each([['KS 2026/123', 'KS 2026/123'], [' ks  2026/7 ', 'KS 2026/7'], ['BN 1999/45', 'BN 1999/45']])('accepts %j as %j', (input, out) => {
    expect(normaliseDiarienummer(input, DEFAULT_DIARIENUMMER)).toBe(out);
  });
  it.each(['', 'KS2026/123', 'KS 26/123', '2026/123', 'KS 2026-123', 'KS 2026/123; DROP'])('refuses %j', (input) => {
    expect(normaliseDiarienummer(input, DEFAULT_DIARIENUMMER)).toBeNull();
  });
  it('follows the organisation’s own pattern', () => {
    expect(normaliseDiarienummer('RK 2026-0042', { pattern: '^RK \\d{4}-\\d{4}$', example: 'RK 2026-0042' })).toBe('RK 2026-0042');
  });
});

const FACTS: RegistrationFacts = {
  datumInkommen: '2026-11-02T07:41:00.000Z',
  registeredAt: '2026-11-04T10:00:00.000Z',
  registeredBy: 'registrator@testkommun.se',
  mottagare: [],
  reference: REF,
  key: KEY,
  forwardedBy: { name: 'Helena', address: 'helena@pol.testkommun.se' },
  direction: 'in',
  originalSubject: 'Bygglov Storgatan 1',
  emlName: `handling-${REF}.eml`,
  attachments: [],
};
const FORM: RegistrationForm = { diarienummer: 'KS 2026/123', arende: 'Bygglov Storgatan 1', avsandare: { name: 'Anna', address: 'anna@example.se' }, sekretess: null, publicTitle: '' };

describe('parseRegistrationForm', () => {
  it('answers a registration with OSL 5:2’s fields', () => {
    const r = parseRegistrationForm(FORM, FACTS, DEFAULT_DIARIENUMMER);
    expect(r.ok && r.registration).toMatchObject({ diarienummer: 'KS 2026/123', datumInkommen: FACTS.datumInkommen, arende: 'Bygglov Storgatan 1', status: 'registrerad' });
  });

  it('names every wrong field and saves nothing', () => {
    const r = parseRegistrationForm({ ...FORM, diarienummer: 'x', arende: ' ', sekretess: { provision: 'hemligt', date: '2026-02-30', authority: '' }, publicTitle: '' }, FACTS, DEFAULT_DIARIENUMMER);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field).sort()).toEqual(['arende', 'diarienummer', 'publicTitle', 'sekretess.authority', 'sekretess.date', 'sekretess.provision']);
  });

  it('keeps the sender and subject out of the public entry under sekretess', () => {
    const r = parseRegistrationForm({ ...FORM, sekretess: { provision: 'OSL 26 kap. 1 §', date: '2026-11-04', authority: 'Kommunstyrelsen' }, publicTitle: 'Ärende om enskild' }, FACTS, DEFAULT_DIARIENUMMER);
    if (!r.ok) throw new Error('expected ok');
    expect(publicEntry(r.registration)).toEqual({ diarienummer: 'KS 2026/123', datumInkommen: FACTS.datumInkommen, title: 'Ärende om enskild', avsandare: null });
  });
});

function delivery(id: string, patch: Partial<QueueDelivery> = {}): QueueDelivery {
  return { id, ref: id.toUpperCase().padEnd(10, '0'), key: null, deliveredAt: '2026-11-04T09:00:00Z', datumInkommen: '2026-11-02T07:41:00Z', internetMessageId: null, emlSha256: null, registration: null, ...patch };
}

describe('workingDaysSince', () => {
  it('counts weekdays after the day it came in (Friday to Monday is one, to Tuesday two)', () => {
    expect(workingDaysSince('2026-11-06T10:00:00Z', '2026-11-09T10:00:00Z')).toBe(1);
    expect(workingDaysSince('2026-11-06T10:00:00Z', '2026-11-10T10:00:00Z')).toBe(2);
    expect(workingDaysSince('2026-11-06T10:00:00Z', '2026-11-06T15:00:00Z')).toBe(0);
  });
});

describe('buildQueue', () => {
  const registered = { status: 'registrerad', diarienummer: 'KS 2026/1' } as Registration;
  it('lists only unregistered deliveries, oldest datum inkommen first, marking those over one working day', () => {
    const rows = buildQueue(
      [delivery('b', { datumInkommen: '2026-11-09T08:00:00Z' }), delivery('a', { datumInkommen: '2026-11-05T08:00:00Z' }), delivery('c', { registration: registered })],
      '2026-11-10T12:00:00Z',
    );
    expect(rows.map((r) => [r.delivery.id, r.ageWorkingDays, r.overdue])).toEqual([['a', 3, true], ['b', 1, false]]);
  });

  it('lists the earlier delivery first when two share datum inkommen', () => {
    const rows = buildQueue([delivery('z', { deliveredAt: '2026-11-04T08:00:00Z' }), delivery('y', { deliveredAt: '2026-11-04T09:00:00Z' })], '2026-11-05T12:00:00Z');
    expect(rows.map((r) => r.delivery.id)).toEqual(['z', 'y']);
  });

  it('links a repeat to the registered delivery by key, Message-ID or .eml hash', () => {
    const links = findDuplicates([
      delivery('first', { deliveredAt: '2026-11-05T08:00:00Z', internetMessageId: '<m@x>', registration: registered }),
      delivery('second', { internetMessageId: '<m@x>' }),
      delivery('third', { emlSha256: 'aa' }),
      delivery('fourth', { emlSha256: 'aa', deliveredAt: '2026-11-03T09:00:00Z' }),
      delivery('other'),
    ]);
    expect(links.get('second')).toEqual({ of: 'first', reasons: ['messageId'] });
    expect(links.get('third')).toEqual({ of: 'fourth', reasons: ['eml'] });
    expect(links.has('first')).toBe(false);
    expect(links.has('other')).toBe(false);
  });
});

describe('receipt', () => {
  it('round-trips through parseReceipt with the diarienummer', () => {
    const r = buildReceipt({ key: KEY, kind: 'diariford', diarienummer: 'KS 2026/123', at: '2026-11-04T10:00:00Z' });
    expect(r.body).toContain('Din handling har diarieförts som KS 2026/123.');
    expect(r.subject).not.toContain('KS 2026/123');
    expect(parseReceipt(r.json, REF)).toEqual({ key: KEY, reference: REF, kind: 'diariford', diarienummer: 'KS 2026/123', at: '2026-11-04T10:00:00.000Z' });
  });
  it.each(['{', '{"schema":"postvakt-receipt/1"}', JSON.stringify({ schema: 'postvakt-receipt/1', key: KEY, ref: REF, kind: 'diariford', at: '2026-11-04T10:00:00Z' })])(
    'refuses a malformed receipt %#',
    (text) => {
      expect(parseReceipt(text, REF)).toBeNull();
    },
  );
});

describe('parsePolicy with registrar fields', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const base = require('../../../src/domain/policy/profiles/default.json') as Record<string, unknown>;
  it('accepts an organisation’s diarienummer pattern and listed registrars', () => {
    const r = parsePolicy({ ...base, diarienummer: { pattern: '^KS \\d{4}/\\d+$', example: 'KS 2026/1' }, registrars: [{ name: 'Eva', address: 'eva@x.se' }] });
    expect(r.ok && r.profile.diarienummer?.example).toBe('KS 2026/1');
  });
  it('refuses a pattern that is not a regular expression', () => {
    const r = parsePolicy({ ...base, diarienummer: { pattern: '([', example: 'KS 2026/1' } });
    expect(r.ok).toBe(false);
  });
});
