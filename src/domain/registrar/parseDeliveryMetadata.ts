// parseDeliveryMetadata: the postvakt-metadata-<ref>.json attachment of a delivery is hostile input
// (anyone can mail the registrar a file of that name): size-capped, every field checked, strings
// bounded. What it yields is used for display and to prefill the registration, nothing else.

import type { Category, EmailAddress, Reason } from '../types';
import { isIdempotencyKey, shortRef } from './idempotency';
import { METADATA_SCHEMA } from './envelope';

export const METADATA_MAX_BYTES = 256 * 1024;
const TEXT_MAX = 2000;
const LIST_MAX = 200;

const CATEGORIES: readonly Category[] = ['registrera', 'gallra_ej_allman', 'gallra_ringa', 'osaker'];

/** The metadata as the registrar side trusts it: display and prefill only. */
export interface DeliveryMetadata {
  key: string;
  ref: string;
  politician: { name: string; address: string };
  verdict: { category: Category; confidence: number; reasons: Reason[] };
  override: string | null;
  original: {
    subject: string;
    from: EmailAddress | null;
    to: EmailAddress[];
    cc: EmailAddress[];
    receivedDateTime: string;
    sentDateTime: string;
    direction: 'in' | 'out';
  };
  forwardedAt: string;
  emlAttachment: string;
}

export type ParseMetadataResult = { ok: true; metadata: DeliveryMetadata } | { ok: false; errors: string[] };

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ADDRESS = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

class Checker {
  readonly errors: string[] = [];

  text(v: unknown, field: string, max = TEXT_MAX): string {
    if (typeof v !== 'string') {
      this.errors.push(`${field}: expected text`);
      return '';
    }
    return v.replace(CONTROL, '').slice(0, max);
  }

  instant(v: unknown, field: string): string {
    if (typeof v !== 'string' || !ISO_INSTANT.test(v) || Number.isNaN(Date.parse(v))) {
      this.errors.push(`${field}: expected an ISO instant`);
      return '';
    }
    return new Date(v).toISOString();
  }

  address(v: unknown, field: string): EmailAddress | null {
    if (!isRec(v)) {
      this.errors.push(`${field}: expected {name, address}`);
      return null;
    }
    const address = this.text(v.address, `${field}.address`, 320).trim();
    if (!ADDRESS.test(address)) {
      this.errors.push(`${field}.address: not an e-mail address`);
      return null;
    }
    const name = v.name === undefined ? '' : this.text(v.name, `${field}.name`, 200).trim();
    return { name: name || address, address };
  }

  addresses(v: unknown, field: string): EmailAddress[] {
    if (!Array.isArray(v)) {
      this.errors.push(`${field}: expected a list`);
      return [];
    }
    if (v.length > LIST_MAX) this.errors.push(`${field}: more than ${LIST_MAX} entries`);
    return v.slice(0, LIST_MAX).map((a, i) => this.address(a, `${field}[${i}]`)).filter((a): a is EmailAddress => a !== null);
  }
}

/** Validates the metadata text; `expectedRef` is the reference in the attachment's own name. */
export function parseDeliveryMetadata(text: string, expectedRef?: string): ParseMetadataResult {
  if (text.length > METADATA_MAX_BYTES) return { ok: false, errors: [`larger than ${METADATA_MAX_BYTES} bytes`] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['not JSON'] };
  }
  if (!isRec(json)) return { ok: false, errors: ['not an object'] };
  if (json.schema !== METADATA_SCHEMA) return { ok: false, errors: [`schema is not ${METADATA_SCHEMA}`] };
  const c = new Checker();
  const key = c.text(json.idempotencyKey, 'idempotencyKey', 100);
  if (key && !isIdempotencyKey(key)) c.errors.push('idempotencyKey: not a Postvakt key');
  const ref = c.text(json.ref, 'ref', 20);
  if (key && isIdempotencyKey(key) && ref !== shortRef(key)) c.errors.push('ref: does not match the key');
  if (expectedRef && ref !== expectedRef) c.errors.push('ref: does not match the attachment name');

  const politicianRaw = isRec(json.politician) ? json.politician : null;
  if (!politicianRaw) c.errors.push('politician: missing');
  const politician = politicianRaw ? c.address(politicianRaw, 'politician') : null;

  const verdictRaw = isRec(json.verdict) ? json.verdict : {};
  const category = CATEGORIES.find((x) => x === verdictRaw.category);
  if (!category) c.errors.push('verdict.category: unknown');
  const confidence = typeof verdictRaw.confidence === 'number' && verdictRaw.confidence >= 0 && verdictRaw.confidence <= 1 ? verdictRaw.confidence : 0;
  const reasonsRaw = Array.isArray(verdictRaw.reasons) ? verdictRaw.reasons.slice(0, 20) : [];
  const reasons: Reason[] = reasonsRaw.filter(isRec).map((r, i) => ({
    rule: c.text(r.rule, `verdict.reasons[${i}].rule`, 300),
    evidence: r.evidence === undefined ? '' : c.text(r.evidence, `verdict.reasons[${i}].evidence`, 500),
  }));

  const override = isRec(json.override) ? c.text(json.override.reason, 'override.reason', 1000) : null;

  const o = isRec(json.original) ? json.original : null;
  if (!o) c.errors.push('original: missing');
  const orig = o ?? {};
  const direction: 'in' | 'out' | null = orig.direction === 'out' ? 'out' : orig.direction === 'in' ? 'in' : null;
  if (o && !direction) c.errors.push('original.direction: expected in or out');
  const original = {
    subject: c.text(orig.subject, 'original.subject', 1000),
    from: orig.from === null ? null : c.address(orig.from, 'original.from'),
    to: c.addresses(orig.toRecipients, 'original.toRecipients'),
    cc: orig.ccRecipients === undefined ? [] : c.addresses(orig.ccRecipients, 'original.ccRecipients'),
    receivedDateTime: c.instant(orig.receivedDateTime, 'original.receivedDateTime'),
    sentDateTime: c.instant(orig.sentDateTime, 'original.sentDateTime'),
    direction: direction ?? 'in',
  };
  const forwardedAt = c.instant(json.forwardedAt, 'forwardedAt');
  const emlAttachment = c.text(json.emlAttachment, 'emlAttachment', 100);
  if (emlAttachment && ref && emlAttachment !== `handling-${ref}.eml`) c.errors.push('emlAttachment: unexpected name');

  if (c.errors.length > 0 || !politician || !category) return { ok: false, errors: c.errors.length ? c.errors : ['incomplete'] };
  return {
    ok: true,
    metadata: {
      key,
      ref,
      politician: { name: politician.name, address: politician.address },
      verdict: { category, confidence, reasons },
      override,
      original,
      forwardedAt,
      emlAttachment,
    },
  };
}

// Where a metadata attachment's name gives its reference: beside the registrar-mode check, which the
// task pane's entry bundle holds without this parser.
export { refFromMetadataName } from './registrarMode';
