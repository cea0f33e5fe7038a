// parseMaskingJson: the official's masking decisions as stored in a log request's `maskingJson`
// (a list field anyone with write access could have edited): validated, never trusted.

import { PROVISIONS, type MaskDecision, type MaskField, type MaskItem, type MaskReason } from './masking';

const FIELDS: readonly MaskField[] = ['subject', 'senderAddress', 'recipientAddress'];

export class MaskingJsonError extends Error {
  readonly code = 'masking_json_invalid';
}

function str(v: unknown, what: string): string {
  if (typeof v !== 'string') throw new MaskingJsonError(`${what} must be a string`);
  return v;
}

function parseItem(v: unknown, at: string): MaskItem {
  const o = v as Record<string, unknown> | null;
  if (!o || typeof o !== 'object') throw new MaskingJsonError(`${at} must be an object`);
  const field = str(o.field, `${at}.field`) as MaskField;
  if (!FIELDS.includes(field)) throw new MaskingJsonError(`${at}.field is not one of ${FIELDS.join(', ')}`);
  const reason = str(o.reason, `${at}.reason`) as MaskReason;
  if (!(reason in PROVISIONS)) throw new MaskingJsonError(`${at}.reason is unknown`);
  const provision = str(o.provision, `${at}.provision`);
  const out: MaskItem = { field, reason, provision };
  if (o.match !== undefined) {
    const match = str(o.match, `${at}.match`);
    if (!match) throw new MaskingJsonError(`${at}.match is empty`);
    out.match = match;
  }
  return out;
}

/** Empty or missing text is no decisions yet. */
export function parseMaskingJson(text: string | undefined): MaskDecision[] {
  if (!text || !text.trim()) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new MaskingJsonError('maskingJson is not JSON');
  }
  if (!Array.isArray(value)) throw new MaskingJsonError('maskingJson must be a list');
  return value.map((v, i) => {
    const o = v as Record<string, unknown> | null;
    if (!o || typeof o !== 'object') throw new MaskingJsonError(`decision ${i} must be an object`);
    const status = str(o.status, `decision ${i}.status`);
    if (status !== 'accepted' && status !== 'edited') throw new MaskingJsonError(`decision ${i}.status must be accepted or edited`);
    if (!Array.isArray(o.items)) throw new MaskingJsonError(`decision ${i}.items must be a list`);
    return {
      rowId: str(o.rowId, `decision ${i}.rowId`),
      status,
      items: o.items.map((it, j) => parseItem(it, `decision ${i}.items[${j}]`)),
      decidedBy: str(o.decidedBy, `decision ${i}.decidedBy`),
      decidedAt: str(o.decidedAt, `decision ${i}.decidedAt`),
    };
  });
}
