// The registrar's receipt to the politician (kvitto): neutral subject (the e-mail log records
// subjects), a Swedish body, and a small JSON attachment the politician's Postvakt reads back with
// parseReceipt (hostile input there too: only its own schema, bounded fields, and checked sender).

import type { FeedbackKind, RegistrarFeedback } from './registration.types';
import { isIdempotencyKey, shortRef } from './idempotency';

export const RECEIPT_SCHEMA = 'postvakt-receipt/1';
export const RECEIPT_SUBJECT_PREFIX = 'Kvitto från registrator, ref ';
const RECEIPT_MAX_BYTES = 16 * 1024;

export interface ReceiptInput {
  key: string;
  kind: FeedbackKind;
  diarienummer?: string;
  /** When the registrar decided (ISO instant). */
  at: string;
  /** For redan_diariford and inte_allman_handling: the registrar's words. */
  note?: string;
}

export interface ReceiptDocument {
  schema: typeof RECEIPT_SCHEMA;
  key: string;
  ref: string;
  kind: FeedbackKind;
  diarienummer?: string;
  at: string;
  note?: string;
}

export interface Receipt {
  subject: string;
  body: string;
  attachmentName: string;
  json: string;
  /** The receipt's own idempotency key: the draft and the sent receipt carry it. */
  receiptKey: string;
}

export const receiptKey = (key: string): string => `${key}:kvitto`;
export const receiptAttachmentName = (ref: string): string => `postvakt-kvitto-${ref}.json`;

export function refFromReceiptName(name: string): string | null {
  return /^postvakt-kvitto-([0-9A-F]{10})\.json$/.exec(name)?.[1] ?? null;
}

export function buildReceipt(input: ReceiptInput): Receipt {
  const ref = shortRef(input.key);
  const doc: ReceiptDocument = {
    schema: RECEIPT_SCHEMA,
    key: input.key,
    ref,
    kind: input.kind,
    ...(input.diarienummer ? { diarienummer: input.diarienummer } : {}),
    at: input.at,
    ...(input.note ? { note: input.note } : {}),
  };
  const first =
    input.kind === 'diariford'
      ? `Din handling har diarieförts som ${input.diarienummer}.`
      : input.kind === 'redan_diariford'
        ? `Handlingen är redan diarieförd${input.diarienummer ? ` som ${input.diarienummer}` : ''}; den här leveransen är en dubblett och har makulerats.`
        : 'Registrator bedömer att handlingen inte är en allmän handling som ska diarieföras.';
  const body = [
    'Hej!',
    '',
    first,
    ...(input.note ? ['', `Registratorns kommentar: ${input.note}`] : []),
    '',
    `Referens: ${ref}.`,
    'Skickat med Postvakt.',
  ].join('\n');
  return { subject: `${RECEIPT_SUBJECT_PREFIX}${ref}`, body, attachmentName: receiptAttachmentName(ref), json: JSON.stringify(doc), receiptKey: receiptKey(input.key) };
}

const KINDS: readonly FeedbackKind[] = ['diariford', 'inte_allman_handling', 'redan_diariford'];

/** The receipt attachment's text, checked; null when it is not a well-formed Postvakt receipt. */
export function parseReceipt(text: string, expectedRef: string): Omit<RegistrarFeedback, 'category' | 'originalFrom' | 'originalSubject'> | null {
  if (text.length > RECEIPT_MAX_BYTES) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const d = json as Partial<Record<keyof ReceiptDocument, unknown>> | null;
  if (!d || typeof d !== 'object' || d.schema !== RECEIPT_SCHEMA) return null;
  if (typeof d.key !== 'string' || !isIdempotencyKey(d.key) || shortRef(d.key) !== expectedRef || d.ref !== expectedRef) return null;
  const kind = KINDS.find((k) => k === d.kind);
  if (!kind) return null;
  if (typeof d.at !== 'string' || Number.isNaN(Date.parse(d.at))) return null;
  const diarienummer = typeof d.diarienummer === 'string' && d.diarienummer.length <= 60 ? d.diarienummer : undefined;
  if (kind === 'diariford' && !diarienummer) return null;
  return { key: d.key, reference: expectedRef, kind, at: new Date(d.at).toISOString(), ...(diarienummer ? { diarienummer } : {}) };
}
