// Unreadable items (S/MIME, IRM, calendar invitations, delivery reports) get osaker with the reason and are never proposed for gallring.

import { findUnreadable } from '../../../src/domain/classify/unreadable';
import { parseCorpusMessage } from '../../../src/domain/corpus';
import { toFullMessage } from '../../../src/adapters/graph/mapMessage';
import type { MailMessage } from '../../../src/domain/types';
import { message, verdictOf } from './support';

/** A spam-like text: without the unreadable rule these items would be proposed for gallring. */
const SPAMMY = 'Click here now to get your free offer for the best deal of the year with our team only this week';

const CASES: [string, Partial<MailMessage> & { fromAddress?: string; text?: string }, string, RegExp][] = [
  ['an S/MIME encrypted mail (Content-Type header)', { internetMessageHeaders: [{ name: 'Content-Type', value: 'application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m' }] }, 'olasbart_smime', /S\/MIME/],
  ['an S/MIME mail seen as its smime.p7m attachment', { attachments: [{ name: 'smime.p7m', contentType: 'application/pkcs7-mime', size: 4000 }] }, 'olasbart_smime', /S\/MIME/],
  ['an S/MIME mail by its message class', { itemClass: 'IPM.Note.SMIME' }, 'olasbart_smime', /S\/MIME/],
  ['an IRM-protected mail (message.rpmsg)', { attachments: [{ name: 'message.rpmsg', contentType: 'application/x-microsoft-rpmsg-message', size: 9000 }] }, 'olasbart_irm', /IRM/],
  ['an IRM-protected mail (Content-Class header)', { internetMessageHeaders: [{ name: 'Content-Class', value: 'rpmsg.message' }] }, 'olasbart_irm', /IRM/],
  ['a meeting request by its message class', { itemClass: 'IPM.Schedule.Meeting.Request' }, 'olasbart_kalender', /mötesinbjudan/],
  ['an invitation that is only an .ics file', { text: '', attachments: [{ name: 'invite.ics', contentType: 'text/calendar', size: 900 }] }, 'olasbart_kalender', /mötesinbjudan/],
  ['a text/calendar mail', { internetMessageHeaders: [{ name: 'Content-Type', value: 'text/calendar; method=REQUEST' }] }, 'olasbart_kalender', /mötesinbjudan/],
  ['a non-delivery report (multipart/report)', { internetMessageHeaders: [{ name: 'Content-Type', value: 'multipart/report; report-type=delivery-status; boundary="x"' }] }, 'olasbart_ndr', /leveransrapport/],
  ['a non-delivery report from mailer-daemon', { fromAddress: 'MAILER-DAEMON@mx.example.se', subject: 'Undelivered Mail Returned to Sender' }, 'olasbart_ndr', /leveransrapport/],
  ['a Swedish non-delivery report from postmaster', { fromAddress: 'postmaster@kronoberg.se', subject: 'Olevererbart: Budget 2027' }, 'olasbart_ndr', /leveransrapport/],
  ['a non-delivery report by its message class', { itemClass: 'REPORT.IPM.Note.NDR' }, 'olasbart_ndr', /leveransrapport/],
  ['an item whose body Outlook would not give', { bodyUnreadable: true }, 'olasbart_innehall', /kunde inte läsas/],
];

describe('findUnreadable', () => {
  it('has a premise: the same text as a plain mail is proposed for gallring', () => {
    expect(verdictOf(message({ subject: 'Erbjudande', text: SPAMMY })).category).toBe('gallra_ringa');
  });

  describe.each(CASES)('for %s', (_name, partial, subtype, rule) => {
    it('classify answers osaker with that reason and never a gallra category', () => {
      const v = verdictOf(message({ subject: 'Erbjudande', text: SPAMMY, ...partial }));
      expect(v.category).toBe('osaker');
      expect(v.subtype).toBe(subtype);
      expect(v.reasons[0].rule).toMatch(rule);
      expect(v.reasons[0].evidence.length).toBeGreaterThan(0);
    });
  });

  describe('when the mail is only signed (multipart/signed)', () => {
    it('reads it as usual: a signature does not hide the text', () => {
      const m = message({ internetMessageHeaders: [{ name: 'Content-Type', value: 'multipart/signed; protocol="application/pkcs7-signature"' }], attachments: [{ name: 'smime.p7s', contentType: 'application/pkcs7-signature', size: 3000 }] });
      expect(findUnreadable(m)).toBeNull();
      expect(findUnreadable(message({ itemClass: 'IPM.Note.SMIME.MultipartSigned' }))).toBeNull();
    });
  });

  describe('when a citizen writes "Undeliverable" in a subject', () => {
    it('does not take it for a delivery report (no system sender, no returned message)', () => {
      expect(findUnreadable(message({ subject: 'Undeliverable: varför kom inte mitt brev fram?', text: 'Hej! Mitt brev till nämnden studsade.' }))).toBeNull();
    });
  });

  describe('when an .ics file comes with a letter of its own', () => {
    it('reads the letter', () => {
      const m = message({ text: 'Hej Karin! Här kommer en inbjudan till dialogmötet om vårdcentralen i Alvesta, se bifogad fil. Välkommen!', attachments: [{ name: 'dialogmote.ics', contentType: 'text/calendar', size: 900 }] });
      expect(findUnreadable(m)).toBeNull();
    });
  });

  describe('when the headers are read in one pass', () => {
    const with_ = (headers: { name: string; value: string }[]) => findUnreadable(message({ internetMessageHeaders: headers }));
    it('finds a rights-management header in any letter case and among others, naming the first', () => {
      const found = with_([{ name: 'Message-ID', value: '<a@b>' }, { name: 'MICROSOFT-RIGHTS-MANAGEMENT', value: '1' }, { name: 'x-ms-exchange-organization-protected', value: '1' }]);
      expect(found).toEqual({ kind: 'irm', evidence: 'huvudet MICROSOFT-RIGHTS-MANAGEMENT' });
    });
    it('reads the first Content-Type and Content-Class only, whatever their case', () => {
      expect(with_([{ name: 'CONTENT-CLASS', value: 'urn:content-classes:calendarmessage' }, { name: 'content-class', value: 'rpmsg.message' }])?.kind).toBe('kalender');
      expect(with_([{ name: 'content-type', value: 'text/plain' }, { name: 'Content-Type', value: 'text/calendar' }])).toBeNull();
    });
    it('takes no header for rights management whose name only contains the words', () => {
      expect(with_([{ name: 'X-Original-Microsoft-Rights-Management', value: '1' }, { name: '', value: '' }])).toBeNull();
    });
  });

  describe('when the evidence comes from a hostile attachment name', () => {
    it('strips control and direction characters and bounds the length', () => {
      const found = findUnreadable(message({ attachments: [{ name: `\u202eevil\u0000${'x'.repeat(200)}.p7m`, contentType: 'application/octet-stream', size: 1 }] }));
      expect(found?.kind).toBe('smime');
      expect(found?.evidence).not.toMatch(/[\u0000\u202e]/);
      expect(found!.evidence.length).toBeLessThan(100);
    });
  });
});

describe('the message class on the way in', () => {
  it('the corpus loader keeps an itemClass and names a mistyped one', () => {
    const base = { id: 'x-1', folder: 'inbox', receivedDateTime: '2026-11-10T08:00:00Z', sentDateTime: '2026-11-10T08:00:00Z', isRead: false, importance: 'normal', from: { name: 'A', address: 'a@b.se' }, toRecipients: [], ccRecipients: [], subject: 's', body: { contentType: 'text', content: '' }, internetMessageHeaders: [], attachments: [] };
    expect(parseCorpusMessage({ ...base, itemClass: 'IPM.Note.SMIME' }).message?.itemClass).toBe('IPM.Note.SMIME');
    expect(parseCorpusMessage(base).message?.itemClass).toBeUndefined();
    expect(parseCorpusMessage({ ...base, itemClass: 7 }).errors).toEqual([{ field: 'itemClass', message: 'must be a string, got number' }]);
  });

  it('the Graph adapter reads PidTagMessageClass, else an eventMessage type', () => {
    const raw = { id: 'm1', subject: 's', body: { contentType: 'text', content: '' } };
    expect(toFullMessage({ ...raw, singleValueExtendedProperties: [{ id: 'String 0x1a', value: 'REPORT.IPM.Note.NDR' }] }, 'inbox').itemClass).toBe('REPORT.IPM.Note.NDR');
    expect(toFullMessage({ ...raw, '@odata.type': '#microsoft.graph.eventMessageRequest' }, 'inbox').itemClass).toBe('IPM.Schedule.Meeting.Request');
    expect(toFullMessage(raw, 'inbox').itemClass).toBeUndefined();
  });
});
