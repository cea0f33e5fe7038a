import { decodeWords, parseEml, parseParameters } from '../../../src/domain/registrar/parseEml';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

const MULTIPART = [
  'From: =?utf-8?B?w4VzYSDDlnN0bHVuZA==?= <asa@example.se>',
  'To: "Helena Testsson" <helena@pol.testkommun.se>, per@pol.testkommun.se',
  'Subject: =?iso-8859-1?Q?Synpunkter_p=E5_bygglov?=',
  'Date: Tue, 3 Nov 2026 08:41:00 +0100',
  'Message-ID: <abc-1@example.se>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="outer"',
  '',
  'preamble',
  '--outer',
  'Content-Type: multipart/alternative; boundary=inner',
  '',
  '--inner',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hej',
  '--inner',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<script>alert(1)</script>',
  '--inner--',
  '--outer',
  'Content-Type: application/pdf; name="ritning.pdf"',
  'Content-Disposition: attachment; filename="ritning.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  'JVBERi0xLjQK',
  '--outer',
  'Content-Type: application/octet-stream',
  "Content-Disposition: attachment; filename*0*=utf-8''Sv%C3%A5r%20; filename*1*=bilaga.txt",
  '',
  'abc',
  '--outer',
  'Content-Type: text/plain; name="../../etc/passwd"',
  'Content-Disposition: attachment',
  '',
  'x',
  '--outer--',
  'epilogue',
].join('\r\n');

describe('parseEml', () => {
  describe('when the original is multipart with nested parts', () => {
    const result = parseEml(enc(MULTIPART));
    if (!result.ok) throw new Error('expected ok');
    const eml = result.eml;

    it('decodes RFC 2047 words in the sender name and subject', () => {
      expect(eml.from).toEqual({ name: 'Åsa Östlund', address: 'asa@example.se' });
      expect(eml.subject).toBe('Synpunkter på bygglov');
    });

    it('lists every recipient and the Message-ID', () => {
      expect(eml.to.map((a) => a.address)).toEqual(['helena@pol.testkommun.se', 'per@pol.testkommun.se']);
      expect(eml.messageId).toBe('<abc-1@example.se>');
    });

    it('lists the attachments, not the body parts, with RFC 2231 names and no paths', () => {
      expect(eml.attachments.map((a) => a.name)).toEqual(['ritning.pdf', 'Svår bilaga.txt', 'passwd']);
      expect(eml.attachments[0]).toEqual({ name: 'ritning.pdf', contentType: 'application/pdf', size: 9 });
    });
  });

  it('answers no attachments for a single-part message', () => {
    const r = parseEml(enc('From: a@b.se\r\nSubject: Hej\r\n\r\nText'));
    expect(r.ok && r.eml.attachments).toEqual([]);
  });

  it('refuses bytes without message headers', () => {
    expect(parseEml(enc('%PDF-1.4 binary'))).toMatchObject({ ok: false, code: 'not_mime' });
  });

  it('stops at a bounded depth when multiparts nest without end', () => {
    const nested = Array.from({ length: 50 }, (_, i) => `Content-Type: multipart/mixed; boundary=b${i}\r\n\r\n--b${i}\r\n`).join('');
    const r = parseEml(enc(`From: a@b.se\r\n${nested}`));
    expect(r.ok).toBe(true);
  });
});

describe('decodeWords', () => {
  it('joins adjacent encoded words without the space between them', () => {
    expect(decodeWords('=?utf-8?Q?K=C3=B6p?= =?utf-8?Q?_av_mark?=')).toBe('Köp av mark');
  });
});

describe('parseParameters', () => {
  it('keeps a semicolon inside a quoted value', () => {
    expect(parseParameters('attachment; filename="a;b.pdf"').params.get('filename')).toBe('a;b.pdf');
  });
});
