// registrationsToCsv: the register for Swedish Excel, with hostile cells neutralised.

import { registrationsToCsv } from '../../../src/domain/registrar/registerCsv';
import { registration } from './ermsSupport';

/** Splits the CSV into rows of cells, honouring quotes (the test's own small reader). */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') row.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('registrationsToCsv', () => {
  it('starts with a BOM, separates with semicolons and ends every line with CRLF', () => {
    const csv = registrationsToCsv([registration()]);
    expect(csv.startsWith('\uFEFFDiarienummer;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('writes a header only for an empty list', () => {
    const rows = readCsv(registrationsToCsv([]).slice(1));
    expect(rows).toHaveLength(1);
    expect(rows[0][0]).toBe('Diarienummer');
  });

  it('writes one row per registration in the export order, with local times and Swedish words', () => {
    const rows = readCsv(
      registrationsToCsv([
        registration({ diarienummer: 'KS 2026/10' }),
        registration({ diarienummer: 'KS 2026/9-1', direction: 'out', datumInkommen: '2026-07-01T06:05:00Z' }),
      ]).slice(1),
    );
    const header = rows[0];
    const col = (name: string): number => header.indexOf(name);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['KS 2026/9-1', 'KS 2026/10']);
    expect(rows[1][col('Ärende (diarienummer)')]).toBe('KS 2026/9');
    expect(rows[1][col('Riktning')]).toBe('upprättad');
    expect(rows[1][col('Datum inkommen/skickad')]).toBe('2026-07-01 08:05');
    expect(rows[2][col('Registrerad')]).toBe('2026-03-02 10:30');
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('writes the sekretess marking and the public title beside the real subject', () => {
    const rows = readCsv(
      registrationsToCsv([
        registration({ arende: 'Orosanmälan', publicTitle: 'Skrivelse', sekretess: { provision: 'OSL 26 kap. 1 §', date: '2026-03-02', authority: 'Socialnämnden' } }),
      ]).slice(1),
    );
    const [header, row] = rows;
    expect(row[header.indexOf('Ärendemening')]).toBe('Orosanmälan');
    expect(row[header.indexOf('Offentlig titel')]).toBe('Skrivelse');
    expect(row[header.indexOf('Sekretess')]).toBe('OSL 26 kap. 1 §');
    expect(row[header.indexOf('Sekretessmarkering')]).toBe('2026-03-02, Socialnämnden');
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)'])('neutralises a subject starting like a formula: %j', (subject) => {
    const [header, row] = readCsv(registrationsToCsv([registration({ arende: subject })]).slice(1));
    expect(row[header.indexOf('Ärendemening')]).toBe(`'${subject}`);
  });

  it('quotes semicolons, quotes and line breaks so every row keeps its columns', () => {
    const subject = 'a;b "c"\r\nd';
    const [header, row] = readCsv(registrationsToCsv([registration({ arende: subject })]).slice(1));
    expect(row).toHaveLength(header.length);
    expect(row[header.indexOf('Ärendemening')]).toBe(subject);
  });

  it('keeps a time that is no instant as given rather than dropping it', () => {
    const [header, row] = readCsv(registrationsToCsv([registration({ datumInkommen: 'okänt' })]).slice(1));
    expect(row[header.indexOf('Datum inkommen/skickad')]).toBe('okänt');
  });
});
