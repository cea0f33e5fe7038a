// Opaque Graph-like ids: base64url strings shaped like Exchange ids, deterministic for seeded items.

import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'AAMkAG';
const ID_RE = /^AAMkAG[A-Za-z0-9_-]{40,}=?$/;

const b64url = (bytes: Buffer): string => bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A new random item id. */
export function newId(): string {
  return `${PREFIX}${b64url(randomBytes(48))}=`;
}

/** A stable id for a seeded item, so /_dev/reset gives the same ids again. */
export function seededId(...parts: string[]): string {
  const a = createHash('sha256').update(parts.join('\u0000')).digest();
  const b = createHash('sha256').update(a).digest().subarray(0, 16);
  return `${PREFIX}${b64url(Buffer.concat([a, b]))}=`;
}

/** Ids Graph would accept syntactically (unknown ones then give 404, not 400). */
export function isWellFormedId(id: string): boolean {
  return ID_RE.test(id);
}

/** A stable GUID for a user, from its address. */
export function userGuid(address: string): string {
  const h = createHash('sha256').update(address.toLowerCase()).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function requestId(): string {
  const h = randomBytes(16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
