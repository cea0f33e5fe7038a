// The disclosed e-mail log as a PDF with pdf-lib and the standard Helvetica (WinAnsi: å ä ö é and
// the rest of Western European text; anything else becomes "?" instead of failing). No font is
// fetched from anywhere; the entry point loads this module lazily, as its own chunk.

import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Disclosure } from '../../domain/admin/disclosure';
import { FIELD_SV } from '../../domain/admin/disclosure';
import { localDateTime } from '../../domain/reports/calendar';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 40;
const SIZE = 8.5;
const LINE = 11;
/** The characters Windows-1252 adds in 0x80-0x9F. */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Keeps what Helvetica's WinAnsi encoding can draw; control characters become spaces, the rest "?". */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0 && !CP1252_EXTRA.has(ch))) out += ' ';
    else if (c <= 0xff || CP1252_EXTRA.has(ch)) out += ch;
    else out += '?';
  }
  return out;
}

/** Splits text into lines no wider than `width`, breaking long words too. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  for (const word of toWinAnsi(text).split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (!fits(rest)) {
      let n = rest.length - 1;
      while (n > 1 && !fits(rest.slice(0, n))) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

class Writer {
  page: PDFPage;
  y: number;
  constructor(private readonly doc: PDFDocument, readonly font: PDFFont, readonly bold: PDFFont) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  ensure(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  text(text: string, options: { size?: number; bold?: boolean; gap?: number } = {}): void {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.font;
    for (const l of wrap(text, font, size, A4[0] - 2 * MARGIN)) {
      this.ensure(size + 4);
      this.page.drawText(l, { x: MARGIN, y: this.y - size, size, font });
      this.y -= size + 4;
    }
    this.y -= options.gap ?? 0;
  }
  row(cells: string[], widths: number[], bold = false): void {
    const font = bold ? this.bold : this.font;
    const wrapped = cells.map((c, i) => wrap(c, font, SIZE, widths[i] - 4));
    const height = Math.max(...wrapped.map((w) => w.length)) * LINE + 3;
    this.ensure(height);
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      lines.forEach((l, j) => this.page.drawText(l, { x, y: this.y - SIZE - j * LINE, size: SIZE, font }));
      x += widths[i];
    });
    this.y -= height;
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 1 }, end: { x: A4[0] - MARGIN, y: this.y + 1 }, thickness: 0.3, color: rgb(0.7, 0.7, 0.7) });
  }
}

export async function renderDisclosurePdf(d: Disclosure): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(toWinAnsi(`Utdrag ur e-postlogg – ${d.mailbox}`));
  doc.setAuthor(toWinAnsi(d.organisation));
  doc.setCreator('Postvakt');
  const w = new Writer(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
  w.text(d.organisation, { size: 16, bold: true, gap: 4 });
  w.text('Utdrag ur e-postlogg (allmän handling, TF 2 kap.)', { size: 12, bold: true, gap: 6 });
  w.text(`Vems logg: ${d.mailbox}`);
  w.text(`Period: ${localDateTime(d.period.start)} – ${localDateTime(d.period.end)}`);
  w.text(`Begäran inkom: ${localDateTime(d.receivedAt)}, från: ${d.requestedBy}`);
  w.text(`Handläggare: ${d.handledBy}. Utlämnat: ${localDateTime(d.exportedAt)}`);
  w.text(`${d.rows.length} rader, ${d.masked.length} maskerade uppgifter. [maskerat] = uppgift som efter sekretessprövning inte lämnas ut.`, { gap: 8 });
  const widths = [24, 70, 120, 120, A4[0] - 2 * MARGIN - 334];
  w.row(['Rad', 'Datum och tid', 'Från', 'Till', 'Ämne'], widths, true);
  for (const r of d.rows) w.row([String(r.number), r.dateTime, r.from, r.to, r.subject], widths);
  w.y -= 12;
  w.text('Maskerade uppgifter', { size: 12, bold: true, gap: 4 });
  if (d.masked.length === 0) w.text('Inga uppgifter har maskerats.');
  const maskWidths = [24, 60, 150, 160, A4[0] - 2 * MARGIN - 394];
  if (d.masked.length > 0) w.row(['Rad', 'Fält', 'Skäl', 'Bestämmelse', 'Beslutat av'], maskWidths, true);
  for (const m of d.masked) w.row([String(m.number), FIELD_SV[m.field], m.reasonSv, m.provision, m.decidedBy], maskWidths);
  return doc.save();
}
