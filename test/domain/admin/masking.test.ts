// proposeMasking, applyMasking, parseMaskingJson and the disclosure: personnummer masked where it
// stands, an individual's health or social-services matter masks the subject, decisions validated.

import { buildDisclosure, disclosureToCsv } from '../../../src/domain/admin/disclosure';
import { applyMasking, MASKED, proposeMasking, type TraceRow } from '../../../src/domain/admin/masking';
import { MaskingJsonError, parseMaskingJson } from '../../../src/domain/admin/parseMasking';
import { profile } from '../reports/support';

const PNR = '121212-1212';

function row(id: string, subject: string, sender = 'helena.norberg@pol.kramfors.se', recipient = 'bo@kramfors.se'): TraceRow {
  return { id, subject, senderAddress: sender, recipientAddress: recipient, receivedDateTime: '2026-11-20T08:00:00Z' };
}

describe('proposeMasking', () => {
  describe('when a subject holds a personnummer', () => {
    it('proposes masking the number only, citing OSL 21 kap. 7 §', () => {
      const [p] = proposeMasking([row('r1', `Ansökan ${PNR} bygglov`)], profile());
      expect(p.items).toEqual([{ field: 'subject', match: PNR, reason: 'personnummer', provision: 'OSL 21 kap. 7 § (och 21 kap. 3 §)' }]);
    });
  });

  describe("when a subject names an individual's social-services matter from a private sender", () => {
    it('proposes masking the whole subject and the private address under OSL 26 kap. 1 §', () => {
      const [p] = proposeMasking([row('r2', 'Orosanmälan om min dotter', 'anna.privat@gmail.com', 'helena.norberg@pol.kramfors.se')], profile());
      expect(p.items).toEqual([
        { field: 'subject', reason: 'socialtjanst', provision: 'OSL 26 kap. 1 §' },
        { field: 'senderAddress', reason: 'socialtjanst', provision: 'OSL 26 kap. 1 §' },
      ]);
    });
  });

  describe('when a subject is ordinary, or the number is a phone number', () => {
    it('proposes nothing for the row', () => {
      expect(proposeMasking([row('r3', 'Kallelse till sammanträde'), row('r4', 'Ring mig, tel 0701234567')], profile())).toEqual([]);
    });
  });
});

describe('applyMasking', () => {
  it('replaces the decided parts with the marker and leaves the rest', () => {
    const r = row('r1', `Ansökan ${PNR} bygglov`);
    const [p] = proposeMasking([r], profile());
    expect(applyMasking(r, p).subject).toBe(`Ansökan ${MASKED} bygglov`);
    expect(applyMasking(r, { items: [{ field: 'recipientAddress', reason: 'annat', provision: 'OSL' }] }).recipientAddress).toBe(MASKED);
    expect(applyMasking(r, undefined)).toBe(r);
  });
});

describe('parseMaskingJson', () => {
  it('reads back what the workflow stores', () => {
    const decisions = [{ rowId: 'r1', status: 'accepted' as const, items: [{ field: 'subject' as const, match: PNR, reason: 'personnummer' as const, provision: 'OSL 21 kap. 7 §' }], decidedBy: 'kansli@kramfors.se', decidedAt: '2026-11-22T09:00:00Z' }];
    expect(parseMaskingJson(JSON.stringify(decisions))).toEqual(decisions);
    expect(parseMaskingJson(undefined)).toEqual([]);
  });

  it.each([
    ['not JSON', '{'],
    ['not a list', '{}'],
    ['an unknown field', '[{"rowId":"r","status":"accepted","items":[{"field":"body","reason":"annat","provision":"x"}],"decidedBy":"a","decidedAt":"b"}]'],
    ['an unknown status', '[{"rowId":"r","status":"maybe","items":[],"decidedBy":"a","decidedAt":"b"}]'],
    ['an empty match', '[{"rowId":"r","status":"edited","items":[{"field":"subject","match":"","reason":"annat","provision":"x"}],"decidedBy":"a","decidedAt":"b"}]'],
  ])('refuses %s with a typed error', (_, text) => {
    expect(() => parseMaskingJson(text)).toThrow(MaskingJsonError);
  });
});

describe('disclosureToCsv', () => {
  it('lists the masked rows with the marker, never the personnummer, and what was masked under which provision', () => {
    const rows = [row('r1', `Ansökan ${PNR} bygglov`), row('r2', 'Kallelse')];
    const decisions = proposeMasking(rows, profile()).map((p) => ({ rowId: p.rowId, status: 'accepted' as const, items: p.items, decidedBy: 'kansli@kramfors.se', decidedAt: '2026-11-22T09:00:00Z' }));
    const d = buildDisclosure('Kramfors kommun', { mailbox: 'helena.norberg@pol.kramfors.se', requestedBy: 'anonym', receivedAt: '2026-11-22T08:00:00Z', periodStart: '2026-11-01T00:00:00Z', periodEnd: '2026-11-22T00:00:00Z', handledBy: 'kansli@kramfors.se' }, rows, decisions, '2026-11-22T10:00:00Z');
    const csv = disclosureToCsv(d);
    expect(csv).toContain(MASKED);
    expect(csv).not.toContain(PNR);
    expect(csv).toContain('1;Ämne;Personnummer;OSL 21 kap. 7 § (och 21 kap. 3 §);kansli@kramfors.se');
    expect(d.rows.map((r) => r.dateTime)).toEqual(['2026-11-20 09:00', '2026-11-20 09:00']);
  });
});
