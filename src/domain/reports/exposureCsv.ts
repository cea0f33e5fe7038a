// The exposure rows as CSV for Swedish Excel: UTF-8 with BOM, ';' separator, CRLF line ends,
// fields quoted when needed, and cells that Excel would run as formulas neutralised.

import type { EmailAddress } from '../types';
import type { ExposureReport } from './exposure.types';
import { SENSITIVE_LABELS } from './sensitive';

const BOM = '\uFEFF';

const HEADER = ['Datum', 'Tid', 'Riktning', 'Från', 'Till', 'Kopia', 'Ämne', 'Källa', 'Lämnar loggfönstret', 'Känsligt i loggen'];

const ACTION_SV = { gallrad: 'gallrad', skickad_till_registrator: 'skickad till registrator', vidarebefordran: 'vidarebefordran till registrator' } as const;

/** Quotes a field when it holds a separator, quote, line break or edge whitespace. */
export function csvField(value: string): string {
  // A leading = + - @ (or tab/CR) makes Excel evaluate the cell: prefix an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function addresses(list: EmailAddress[]): string {
  return list.map((a) => (a.name && a.name !== a.address ? `${a.name} <${a.address}>` : a.address)).join(', ');
}

export function exposureToCsv(report: ExposureReport): string {
  const lines = [HEADER.join(';')];
  for (const r of report.rows) {
    const source = r.source === 'brevlada' ? `i brevlådan (${r.folder ?? ''})` : `borta ur brevlådan (${r.action ? ACTION_SV[r.action] : ''})`;
    lines.push(
      [
        r.localDate,
        r.localTime,
        r.direction === 'in' ? 'in' : 'ut',
        r.from ? addresses([r.from]) : '',
        addresses(r.to),
        addresses(r.cc),
        r.subject,
        source,
        r.leavesWindowOn,
        r.sensitive.map((f) => SENSITIVE_LABELS[f.kind].sv).join(', '),
      ]
        .map(csvField)
        .join(';'),
    );
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Any table in the same form: BOM, ';'-separated neutralised fields, CRLF after every line. */
export function csvDocument(lines: readonly (readonly string[])[]): string {
  return `${BOM}${lines.map((l) => l.map(csvField).join(';')).join('\r\n')}\r\n`;
}
