// The disclosed e-mail log of one request: rows with the official's masking applied, the list of
// what was masked under which provision and by whom, and its CSV. The PDF renders the same model.

import { localDateTime } from '../reports/calendar';
import { csvDocument } from '../reports/exposureCsv';
import { applyMasking, PROVISIONS, rowKey, type MaskDecision, type MaskField, type MaskReason, type TraceRow } from './masking';

export interface DisclosureRequest {
  mailbox: string;
  requestedBy: string;
  receivedAt: string;
  periodStart: string;
  periodEnd: string;
  handledBy: string;
}

export interface DisclosedRow {
  number: number;
  dateTime: string;
  from: string;
  to: string;
  subject: string;
}

export interface MaskedEntry {
  number: number;
  field: MaskField;
  reason: MaskReason;
  reasonSv: string;
  provision: string;
  decidedBy: string;
}

export interface Disclosure {
  organisation: string;
  mailbox: string;
  requestedBy: string;
  receivedAt: string;
  period: { start: string; end: string };
  /** ISO instant the export was made (comes in as an argument). */
  exportedAt: string;
  handledBy: string;
  rows: DisclosedRow[];
  masked: MaskedEntry[];
}

export const FIELD_SV: Record<MaskField, string> = { subject: 'Ämne', senderAddress: 'Från', recipientAddress: 'Till' };

export function buildDisclosure(
  organisation: string,
  request: DisclosureRequest,
  rows: readonly TraceRow[],
  decisions: readonly MaskDecision[],
  exportedAt: string,
): Disclosure {
  const byRow = new Map(decisions.map((d) => [d.rowId, d]));
  const disclosed: DisclosedRow[] = [];
  const masked: MaskedEntry[] = [];
  rows.forEach((row, i) => {
    const decision = byRow.get(rowKey(row));
    const shown = applyMasking(row, decision);
    disclosed.push({ number: i + 1, dateTime: localDateTime(row.receivedDateTime), from: shown.senderAddress, to: shown.recipientAddress, subject: shown.subject });
    for (const it of decision?.items ?? []) {
      masked.push({ number: i + 1, field: it.field, reason: it.reason, reasonSv: PROVISIONS[it.reason].sv, provision: it.provision, decidedBy: decision!.decidedBy });
    }
  });
  return {
    organisation,
    mailbox: request.mailbox,
    requestedBy: request.requestedBy,
    receivedAt: request.receivedAt,
    period: { start: request.periodStart, end: request.periodEnd },
    exportedAt,
    handledBy: request.handledBy,
    rows: disclosed,
    masked,
  };
}

export function disclosureToCsv(d: Disclosure): string {
  const lines: string[][] = [['Rad', 'Datum och tid', 'Från', 'Till', 'Ämne']];
  for (const r of d.rows) lines.push([String(r.number), r.dateTime, r.from, r.to, r.subject]);
  lines.push([]);
  lines.push(['Rad', 'Maskerat fält', 'Skäl', 'Bestämmelse', 'Beslutat av']);
  for (const m of d.masked) lines.push([String(m.number), FIELD_SV[m.field], m.reasonSv, m.provision, m.decidedBy]);
  return csvDocument(lines);
}
