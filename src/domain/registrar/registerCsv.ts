// The registrar's register as CSV for Swedish Excel, beside the ERMS XML in the archive delivery:
// one row per registration in the export's order, with exposureCsv's quoting and formula neutralising.

import { csvField } from '../reports/exposureCsv';
import { isValidInstant, localDateTime } from '../reports/calendar';
import type { EmailAddress } from '../types';
import { compareRegistrations, caseOf } from './ermsCase';
import type { Registration } from './registration.types';

const BOM = '\uFEFF';

const HEADER = [
  'Diarienummer',
  'Ärende (diarienummer)',
  'Riktning',
  'Ärendemening',
  'Offentlig titel',
  'Sekretess',
  'Sekretessmarkering',
  'Avsändare',
  'Mottagare',
  'Datum inkommen/skickad',
  'Registrerad',
  'Registrerad av',
  'Vidarebefordrad av',
  'Status',
  'Makulerad: orsak',
  'Dubblett av',
  'Bilagor',
  'Fil',
  'SHA-256',
  'Referens',
];

function addresses(list: readonly EmailAddress[]): string {
  return list.map((a) => (a.name && a.name !== a.address ? `${a.name} <${a.address}>` : a.address)).join(', ');
}

/** Swedish local "YYYY-MM-DD HH:MM", or the text as given when it is no instant (nothing is dropped). */
function when(iso: string): string {
  return isValidInstant(iso) ? localDateTime(iso) : iso;
}

export function registrationsToCsv(regs: readonly Registration[]): string {
  const lines = [HEADER.join(';')];
  for (const r of [...regs].sort(compareRegistrations)) {
    const s = r.sekretess;
    lines.push(
      [
        r.diarienummer,
        caseOf(r.diarienummer).id,
        r.direction === 'out' ? 'upprättad' : 'inkommen',
        r.arende,
        r.publicTitle ?? '',
        s ? s.provision : '',
        s ? `${s.date}${s.authority ? `, ${s.authority}` : ''}` : '',
        r.avsandare ? addresses([r.avsandare]) : '',
        addresses(r.mottagare),
        when(r.datumInkommen),
        when(r.registeredAt),
        r.registeredBy,
        addresses([r.forwardedBy]),
        r.status,
        r.makuleradReason ?? '',
        r.duplicateOf ?? '',
        r.attachments.map((a) => a.name).join(', '),
        r.emlName,
        r.emlSha256 ?? '',
        r.reference,
      ]
        .map(csvField)
        .join(';'),
    );
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
