// RFC 4180 CSV reading for Graph's usage reports (UTF-8 BOM, CRLF or LF, quoted fields with "" and line breaks).

import { GraphError } from './errors';

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new GraphError({ code: 'invalid_response', message: 'The report CSV ends inside a quoted field.' });
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Rows as records keyed by the header line; every `required` column must be present. */
export function csvRecords(text: string, required: string[]): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new GraphError({ code: 'invalid_response', message: 'The report CSV is empty.' });
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) throw new GraphError({ code: 'invalid_response', message: `The report CSV lacks the column(s) ${missing.join(', ')}.` });
  return rows.map((r, n) => {
    if (r.length !== header.length) throw new GraphError({ code: 'invalid_response', message: `Report CSV row ${n + 2} has ${r.length} fields, the header ${header.length}.` });
    return Object.fromEntries(header.map((h, k) => [h, r[k]!]));
  });
}
