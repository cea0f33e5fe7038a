// The send-to-registrar idempotency key: derived from the mailbox and the original's immutable id,
// so every device and every retry computes the same key without sharing any state.

import { sha256Hex } from './sha256';

const KEY_PREFIX = 'pv1-';

/** Deterministic key for "this mailbox forwards this message to the registrar". */
export function deriveIdempotencyKey(mailboxAddress: string, immutableId: string): string {
  return `${KEY_PREFIX}${sha256Hex(`${mailboxAddress.trim().toLowerCase()}\n${immutableId}`).slice(0, 40)}`;
}

/** The short reference shown in the neutral subject and to the registrar (first 10 hex digits). */
export function shortRef(key: string): string {
  const hex = key.startsWith(KEY_PREFIX) ? key.slice(KEY_PREFIX.length) : key;
  return hex.slice(0, 10).toUpperCase();
}

export function isIdempotencyKey(value: string): boolean {
  return /^pv1-[0-9a-f]{40}$/.test(value);
}
