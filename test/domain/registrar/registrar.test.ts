import { createHash } from 'crypto';
import { sha256Hex } from '../../../src/domain/registrar/sha256';
import { deriveIdempotencyKey, isIdempotencyKey, shortRef } from '../../../src/domain/registrar/idempotency';
import { buildRegistrarEnvelope, emlAttachmentName } from '../../../src/domain/registrar/envelope';
import { groupDeliveries, neutralSubject, refFromSubject } from '../../../src/domain/registrar/duplicates';
import { estimateForwardBytes, fitsSizeLimit } from '../../../src/domain/registrar/size';
import { parseIntent, serializeIntent, stepReached } from '../../../src/domain/registrar/intent';
import { asMessageId } from '../../../src/domain/mailbox';
import type { Verdict } from '../../../src/domain/types';

const VERDICT: Verdict = {
  category: 'registrera',
  subtype: 'medborgarkontakt',
  confidence: 0.92,
  reasons: [{ rule: 'Kramfors 5.2: rör kommunens verksamhet (inkommen)', evidence: '"bygglov"' }],
  flags: ['svar_kravs'],
};

describe('sha256Hex', () => {
  it.each(['', 'abc', 'åäö ✓ Postvakt', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(1000)])('answers what node:crypto answers for %j', (text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('deriveIdempotencyKey', () => {
  it('answers the same key for the same mailbox and id, whatever the address case', () => {
    const a = deriveIdempotencyKey('Helena.Norberg@pol.kramfors.se', 'AAMkAD=');
    expect(a).toBe(deriveIdempotencyKey('helena.norberg@pol.kramfors.se ', 'AAMkAD='));
    expect(isIdempotencyKey(a)).toBe(true);
  });

  it('answers different keys for different messages or mailboxes', () => {
    const a = deriveIdempotencyKey('a@x.se', 'id1');
    expect(a).not.toBe(deriveIdempotencyKey('a@x.se', 'id2'));
    expect(a).not.toBe(deriveIdempotencyKey('b@x.se', 'id1'));
  });

  it('gives a ten-digit upper-case short reference', () => {
    expect(shortRef(deriveIdempotencyKey('a@x.se', 'id1'))).toMatch(/^[0-9A-F]{10}$/);
  });
});

describe('buildRegistrarEnvelope', () => {
  const key = deriveIdempotencyKey('helena.norberg@pol.kramfors.se', 'AAMkAD=');
  const envelope = buildRegistrarEnvelope({
    key,
    owner: { name: 'Helena Norberg', address: 'helena.norberg@pol.kramfors.se', roles: ['ledamot, kommunstyrelsen'], party: 'Centerpartiet' },
    verdict: VERDICT,
    original: {
      subject: 'Bygglov 19750101-1234 — klagomål',
      from: { name: 'Anna Svensson', address: 'anna@gmail.com' },
      toRecipients: [{ name: 'Helena Norberg', address: 'helena.norberg@pol.kramfors.se' }],
      ccRecipients: [],
      receivedDateTime: '2026-11-03T07:41:00Z',
      sentDateTime: '2026-11-03T07:40:12Z',
      attachmentNames: ['ritning.pdf'],
      direction: 'in',
    },
    forwardedAt: '2026-11-24T09:00:00Z',
  });

  it('answers a neutral subject carrying only the reference', () => {
    expect(envelope.subject).toBe(`Handling för diarieföring, ref ${shortRef(key)}`);
    expect(envelope.subject).not.toContain('Bygglov');
  });

  it('writes a Swedish cover note with the received date in Swedish time', () => {
    expect(envelope.body).toContain('inkommen till Helena Norberg');
    expect(envelope.body).toContain('Inkom: 2026-11-03 08:41 (svensk tid)');
    expect(envelope.body).toContain(emlAttachmentName(key));
    expect(envelope.body).toContain('Kramfors 5.2: rör kommunens verksamhet (inkommen)');
  });

  it('puts the politician, verdict, reasons, key and original dates in the metadata JSON', () => {
    const parsed = JSON.parse(envelope.metadataJson);
    expect(parsed).toMatchObject({
      schema: 'postvakt-registrar/1',
      idempotencyKey: key,
      politician: { address: 'helena.norberg@pol.kramfors.se', party: 'Centerpartiet' },
      verdict: { category: 'registrera', reasons: VERDICT.reasons },
      original: { receivedDateTime: '2026-11-03T07:41:00Z', sentDateTime: '2026-11-03T07:40:12Z', direction: 'in' },
    });
    expect(envelope.emlName).toMatch(/^handling-[0-9A-F]{10}\.eml$/);
  });
});

describe('groupDeliveries', () => {
  it('counts a repeated reference as a duplicate of the first delivery', () => {
    const mk = (subject: string, at: string) => ({ subject, receivedDateTime: at });
    const deliveries = groupDeliveries([
      mk(neutralSubject('ABCDEF0123'), '2026-11-24T10:00:00Z'),
      mk(neutralSubject('ABCDEF0123'), '2026-11-24T09:00:00Z'),
      mk(neutralSubject('0000000001'), '2026-11-24T09:30:00Z'),
      mk('Kallelse', '2026-11-24T09:30:00Z'),
    ]);
    expect(deliveries).toHaveLength(2);
    const first = deliveries.find((d) => d.ref === 'ABCDEF0123')!;
    expect(first.first.receivedDateTime).toBe('2026-11-24T09:00:00Z');
    expect(first.duplicates).toHaveLength(1);
    expect(refFromSubject('SV: Kallelse')).toBeNull();
  });
});

describe('estimateForwardBytes', () => {
  it('grows a message by about a third plus the envelope', () => {
    const mb = 1024 * 1024;
    expect(estimateForwardBytes(30 * mb)).toBeGreaterThan(40 * mb);
    expect(fitsSizeLimit(20 * mb, 35 * mb)).toBe(true);
    expect(fitsSizeLimit(27 * mb, 35 * mb)).toBe(false);
  });
});

describe('parseIntent', () => {
  it('reads back what serializeIntent wrote', () => {
    const intent = { v: 1 as const, role: 'original' as const, key: 'pv1-x', step: 'attached' as const, draftId: asMessageId('d1'), at: '2026-11-24T09:00:00Z' };
    expect(parseIntent(serializeIntent(intent))).toEqual(intent);
    expect(stepReached('sending', 'attached')).toBe(true);
    expect(stepReached('started', 'attached')).toBe(false);
  });

  it.each(['', 'not json', '[]', '{"v":2,"key":"k","role":"original"}', '{"v":1,"key":"k","role":"original","step":"flying","at":"x"}'])(
    'answers null for a malformed marker %j',
    (text) => {
      expect(parseIntent(text)).toBeNull();
    },
  );
});
