// The disclosure PDF read back: the masked marker is there, the masked personnummer is not, text
// outside WinAnsi is replaced rather than failing, and a long log spans pages.

import zlib from 'zlib';
import { PDFDocument } from 'pdf-lib';
import { renderDisclosurePdf, toWinAnsi } from '../../../src/adapters/pdf/renderDisclosurePdf';
import { buildDisclosure } from '../../../src/domain/admin/disclosure';
import { proposeMasking, type TraceRow } from '../../../src/domain/admin/masking';
import { profile } from '../../domain/reports/support';

// Node's TextDecoder may lack windows-1252's 0x80-0x9F; the few pdf-lib uses here, by hand.
const CP1252_HIGH: Record<number, string> = { 0x96: '–', 0x97: '—', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x85: '…', 0x80: '€' };
const CP1252 = { decode: (b: Buffer) => [...b].map((c) => CP1252_HIGH[c] ?? String.fromCharCode(c)).join('') };

/** The text drawn with Tj, from every (inflated) content stream: pdf-lib writes it as hex. */
function drawnText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('latin1');
  const parts: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const bytes = Buffer.from(m[1], 'latin1');
    let content: string;
    try {
      content = zlib.inflateSync(bytes).toString('latin1');
    } catch {
      content = m[1];
    }
    for (const t of content.matchAll(/<([0-9A-Fa-f]*)> Tj/g)) parts.push(CP1252.decode(Buffer.from(t[1], 'hex')));
  }
  return parts.join('\n');
}

function disclosure(rows: TraceRow[]) {
  const decisions = proposeMasking(rows, profile()).map((p) => ({ rowId: p.rowId, status: 'accepted' as const, items: p.items, decidedBy: 'kansli@kramfors.se', decidedAt: '2026-11-22T09:00:00Z' }));
  return buildDisclosure('Kramfors kommun', { mailbox: 'helena.norberg@pol.kramfors.se', requestedBy: 'anonym', receivedAt: '2026-11-22T08:00:00Z', periodStart: '2026-11-01T00:00:00Z', periodEnd: '2026-11-22T00:00:00Z', handledBy: 'kansli@kramfors.se' }, rows, decisions, '2026-11-22T10:00:00Z');
}

const row = (id: string, subject: string): TraceRow => ({ id, subject, senderAddress: 'bo@gmail.com', recipientAddress: 'helena.norberg@pol.kramfors.se', receivedDateTime: '2026-11-20T08:00:00Z' });

describe('renderDisclosurePdf', () => {
  describe('when a subject held a personnummer that the official masked', () => {
    it('shows the organisation, the marker and the provision, and never the number', async () => {
      const pdf = await renderDisclosurePdf(disclosure([row('r1', 'Ansökan 121212-1212 om bygglov'), row('r2', 'Fråga om förskolan i Ådalen')]));
      const text = drawnText(pdf);
      expect(text).toContain('Kramfors kommun');
      expect(text).toContain('[maskerat]');
      expect(text).toContain('OSL 21 kap. 7 §');
      expect(text).toContain('Fråga om förskolan i Ådalen');
      expect(text).not.toContain('121212-1212');
      expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    });
  });

  describe('when text falls outside WinAnsi', () => {
    it('replaces it instead of failing', async () => {
      expect(toWinAnsi('Möte 🗓 Ωmega\tslut')).toBe('Möte ? ?mega slut');
      const pdf = await renderDisclosurePdf(disclosure([row('r1', 'Zoom 🗓 möte – 中文')]));
      expect(drawnText(pdf)).toContain('Zoom ? möte – ??');
    });
  });

  describe('when the log is long', () => {
    it('continues on further pages', async () => {
      const rows = Array.from({ length: 100 }, (_, i) => row(`r${i}`, `Ärende ${i} med en ganska lång ämnesrad som bryts över flera rader i tabellen`));
      expect((await PDFDocument.load(await renderDisclosurePdf(disclosure(rows)))).getPageCount()).toBeGreaterThan(2);
    });
  });
});
