// The forward to the registrar: neutral subject (the e-mail log records subjects), a Swedish cover
// note, machine-readable metadata and the .eml name. The original itself travels as its MIME.

import type { Category, EmailAddress, MailboxOwner, Reason, Verdict } from '../types';
import { localDateTime } from '../reports/calendar';
import { neutralSubject } from './duplicates';
import { shortRef } from './idempotency';

export const METADATA_SCHEMA = 'postvakt-registrar/1';

const CATEGORY_SV: Record<Category, string> = {
  registrera: 'Registrera (allmän handling som ska diarieföras)',
  gallra_ej_allman: 'Inte allmän handling',
  gallra_ringa: 'Allmän handling av ringa eller tillfällig betydelse',
  osaker: 'Osäker – personen har bedömt själv',
};

export interface EnvelopeOriginal {
  subject: string;
  from: EmailAddress | null;
  toRecipients: EmailAddress[];
  ccRecipients: EmailAddress[];
  /** When the document came in (inkom) — the date the registrar records. */
  receivedDateTime: string;
  sentDateTime: string;
  attachmentNames: string[];
  /** 'in' when the politician received it (inkommen), 'out' when they wrote it (upprättad). */
  direction: 'in' | 'out';
}

export interface RegistrarMetadata {
  schema: typeof METADATA_SCHEMA;
  idempotencyKey: string;
  ref: string;
  politician: { name: string; address: string; roles: string[]; party?: string };
  verdict: { category: Category; subtype: string; confidence: number; reasons: Reason[]; flags: string[] };
  /** Set when the person sent it although Postvakt did not answer registrera. */
  override?: { reason: string };
  original: EnvelopeOriginal;
  forwardedAt: string;
  emlAttachment: string;
}

export interface RegistrarEnvelope {
  subject: string;
  body: string;
  emlName: string;
  metadataName: string;
  metadata: RegistrarMetadata;
  metadataJson: string;
}

export interface EnvelopeInput {
  key: string;
  owner: MailboxOwner;
  verdict: Verdict;
  original: EnvelopeOriginal;
  forwardedAt: string;
  override?: { reason: string };
}

export function emlAttachmentName(key: string): string {
  return `handling-${shortRef(key)}.eml`;
}

export function metadataAttachmentName(key: string): string {
  return `postvakt-metadata-${shortRef(key)}.json`;
}

function person(a: EmailAddress | null): string {
  if (!a) return 'okänd avsändare';
  return a.name && a.name !== a.address ? `${a.name} <${a.address}>` : a.address;
}

export function buildRegistrarEnvelope(input: EnvelopeInput): RegistrarEnvelope {
  const { key, owner, verdict, original } = input;
  const ref = shortRef(key);
  const emlName = emlAttachmentName(key);
  const metadataName = metadataAttachmentName(key);
  const metadata: RegistrarMetadata = {
    schema: METADATA_SCHEMA,
    idempotencyKey: key,
    ref,
    politician: { name: owner.name, address: owner.address, roles: [...owner.roles], ...(owner.party ? { party: owner.party } : {}) },
    verdict: {
      category: verdict.category,
      subtype: verdict.subtype,
      confidence: verdict.confidence,
      reasons: verdict.reasons.map((r) => ({ rule: r.rule, evidence: r.evidence })),
      flags: [...verdict.flags],
    },
    ...(input.override ? { override: { reason: input.override.reason } } : {}),
    original: { ...original, attachmentNames: [...original.attachmentNames] },
    forwardedAt: input.forwardedAt,
    emlAttachment: emlName,
  };

  const kind = original.direction === 'in' ? 'inkommen till' : 'upprättad av';
  const roles = owner.roles.length ? ` (${owner.roles.join('; ')})` : '';
  const lines = [
    'Hej!',
    '',
    `Här är en handling ${kind} ${owner.name}${roles} för diarieföring.`,
    `Originalmeddelandet är bifogat som ${emlName} med avsändare, mottagare, datum och bilagor orörda.`,
    '',
    `Avsändare: ${person(original.from)}`,
    `Inkom: ${localDateTime(original.receivedDateTime)} (svensk tid)`,
    `Skickades: ${localDateTime(original.sentDateTime)} (svensk tid)`,
    `Bilagor i originalet: ${original.attachmentNames.length ? original.attachmentNames.join(', ') : 'inga'}`,
    '',
    `Postvakts bedömning: ${CATEGORY_SV[verdict.category]}`,
    ...verdict.reasons.map((r) => `- ${r.rule}`),
    ...(input.override ? [`Skickad trots bedömningen. Motivering: ${input.override.reason}`] : []),
    '',
    `Referens: ${ref}. Kommer samma referens flera gånger är det en dubblett av samma handling;`,
    `den fullständiga nyckeln finns i ${metadataName} (idempotencyKey).`,
    '',
    'Ämnesraden är neutral eftersom e-postloggen visar ämnesrader.',
    'Skickat med Postvakt.',
  ];
  return {
    subject: neutralSubject(ref),
    body: lines.join('\n'),
    emlName,
    metadataName,
    metadata,
    metadataJson: JSON.stringify(metadata, null, 2),
  };
}
