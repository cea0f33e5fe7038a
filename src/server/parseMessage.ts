// Graph message JSON from clients (POST messages, sendMail, PATCH) to stored fields, with Graph's 400s.

import { badRequest } from './errors';
import { newId } from './ids';
import type { Address, ExtendedProperty, StoredAttachment } from './model';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseRecipients(raw: unknown, field: string): Address[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw badRequest('ErrorInvalidRecipients', `${field} must be a collection.`);
  return raw.map((r) => {
    const email = isRec(r) && isRec(r.emailAddress) ? r.emailAddress : null;
    const address = email && typeof email.address === 'string' ? email.address.trim() : '';
    if (!/^[^\s@]+@[^\s@]+$/.test(address)) {
      throw badRequest('ErrorInvalidRecipients', 'At least one recipient is not valid., Recipient is not resolved.');
    }
    return { name: email && typeof email.name === 'string' ? email.name : address, address };
  });
}

export function parseBody(raw: unknown): { contentType: 'text' | 'html'; content: string } {
  if (!isRec(raw)) throw badRequest('ErrorInvalidRequest', 'body must be an itemBody object.');
  const type = String(raw.contentType ?? 'text').toLowerCase();
  if (type !== 'text' && type !== 'html') throw badRequest('RequestBodyRead', `Invalid contentType '${String(raw.contentType)}'.`);
  return { contentType: type, content: typeof raw.content === 'string' ? raw.content : '' };
}

export function parseExtended(raw: unknown): ExtendedProperty[] {
  if (!Array.isArray(raw)) throw badRequest('ErrorInvalidRequest', 'singleValueExtendedProperties must be a collection.');
  return raw.map((p) => {
    if (!isRec(p) || typeof p.id !== 'string' || typeof p.value !== 'string') {
      throw badRequest('ErrorInvalidRequest', 'Each extended property needs a string id and a string value.');
    }
    if (!/^(String|Integer|Boolean|SystemTime|Binary|Long|Double|Guid)\s+(\{[0-9a-f-]{36}\}\s+(Name\s+\S.*|Id\s+0x[0-9a-f]+)|0x[0-9a-f]{1,4})$/i.test(p.id.trim())) {
      throw badRequest('ErrorInvalidProperty', `The extended property id '${p.id}' is not valid.`);
    }
    return { id: p.id.trim(), value: p.value };
  });
}

export function mergeExtended(existing: ExtendedProperty[], updates: ExtendedProperty[]): ExtendedProperty[] {
  const key = (id: string) => id.replace(/\s+/g, ' ').toLowerCase();
  const out = existing.slice();
  for (const u of updates) {
    const i = out.findIndex((p) => key(p.id) === key(u.id));
    if (i >= 0) out[i] = u;
    else out.push(u);
  }
  return out;
}

export function parseFileAttachment(raw: unknown, now: string): StoredAttachment {
  if (!isRec(raw)) throw badRequest('ErrorInvalidRequest', 'The attachment must be an object.');
  const type = String(raw['@odata.type'] ?? '');
  if (type !== '#microsoft.graph.fileAttachment' && type !== '#Microsoft.Graph.FileAttachment') {
    throw badRequest('ErrorInvalidRequest', "Only '#microsoft.graph.fileAttachment' attachments are supported by this server.");
  }
  if (typeof raw.name !== 'string' || !raw.name) throw badRequest('ErrorInvalidRequest', 'The attachment needs a name.');
  if (typeof raw.contentBytes !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(raw.contentBytes)) {
    throw badRequest('ErrorInvalidRequest', 'contentBytes must be base64.');
  }
  const bytes = Buffer.from(raw.contentBytes, 'base64');
  return {
    id: newId(),
    name: raw.name,
    contentType: typeof raw.contentType === 'string' && raw.contentType ? raw.contentType : 'application/octet-stream',
    size: bytes.length,
    isInline: raw.isInline === true,
    lastModifiedDateTime: now,
    contentBytes: bytes.toString('base64'),
  };
}

export function parseHeaders(raw: unknown): { name: string; value: string }[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw badRequest('ErrorInvalidRequest', 'internetMessageHeaders must be a collection.');
  return raw.map((h) => {
    if (!isRec(h) || typeof h.name !== 'string' || typeof h.value !== 'string') throw badRequest('ErrorInvalidRequest', 'Each header needs a name and a value.');
    if (!/^x-/i.test(h.name)) {
      throw badRequest('InvalidInternetMessageHeader', `The internet message header name '${h.name}' should start with 'x-' or 'X-'.`);
    }
    return { name: h.name, value: h.value };
  });
}

export { isRec };
