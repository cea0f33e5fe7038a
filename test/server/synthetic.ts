// A generated corpus for server tests: one politician with N messages, a registrar and an admin.

import type { Corpus, CorpusMessage } from '../../src/domain/corpus';

export const POLITICIAN = 'anna.test@pol.testkommun.se';
export const REGISTRAR = 'registrator@testkommun.se';
export const ADMIN = 'kansli@testkommun.se';

export function syntheticCorpus(count: number): Corpus {
  const messages: CorpusMessage[] = [];
  const base = Date.parse('2026-11-20T12:00:00Z');
  for (let i = 0; i < count; i++) {
    const folder = i % 10 === 0 ? 'sentitems' : i % 10 === 1 ? 'deleteditems' : 'inbox';
    const at = new Date(base - i * 3_600_000).toISOString();
    messages.push({
      id: `syn-${i}`,
      folder,
      receivedDateTime: at,
      sentDateTime: at,
      isRead: i % 3 !== 0,
      importance: 'normal',
      from: folder === 'sentitems' ? { name: 'Anna Test', address: POLITICIAN } : { name: `Avsändare ${i}`, address: `person${i}@example.se` },
      toRecipients: [folder === 'sentitems' ? { name: 'Mottagare', address: `person${i}@example.se` } : { name: 'Anna Test', address: POLITICIAN }],
      ccRecipients: [],
      subject: `Ärende ${i}`,
      body: i % 2 ? { contentType: 'html', content: `<p>Hej <b>Anna</b>, ärende ${i}.</p>` } : { contentType: 'text', content: `Hej Anna, ärende ${i}.` },
      internetMessageHeaders: i % 7 === 0 ? [{ name: 'List-Unsubscribe', value: '<mailto:u@example.se>' }] : [],
      attachments: i % 50 === 2 ? [{ name: `bilaga-${i}.pdf`, contentType: 'application/pdf', size: 1234 }] : [],
    });
  }
  return {
    schema: 'postvakt-corpus/1',
    referenceDate: '2026-11-22T09:00:00+01:00',
    organizations: [
      {
        id: 'testkommun',
        name: 'Testkommun',
        politicianDomain: 'pol.testkommun.se',
        orgDomains: ['testkommun.se'],
        registrar: { name: 'Registrator Testkommun', address: REGISTRAR },
        admins: [{ name: 'Kansli', address: ADMIN }],
      },
    ],
    mailboxes: [{ organization: 'testkommun', owner: { name: 'Anna Test', address: POLITICIAN }, roles: ['ledamot'], messages }],
  };
}
