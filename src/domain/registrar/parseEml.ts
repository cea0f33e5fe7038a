// parseEml: lists a forwarded original (.eml, hostile input) from its MIME structure only: top-level
// headers, multipart boundaries, attachment names (RFC 2047 words, RFC 2231 parameters). Nothing in
// it is decoded for display as HTML or executed; bodies are measured, never returned.

import type { EmailAddress } from '../types';

export const EML_MAX_BYTES = 60 * 1024 * 1024;
const MAX_DEPTH = 8;
const MAX_PARTS = 500;
const MAX_HEADER_CHARS = 64 * 1024;
const MAX_NAME_CHARS = 255;

export interface EmlAttachment {
  name: string;
  contentType: string;
  /** Decoded size in bytes (estimated from the transfer encoding). */
  size: number;
}

export interface EmlSummary {
  subject: string;
  from: EmailAddress | null;
  to: EmailAddress[];
  cc: EmailAddress[];
  /** The Date header as written, when present. */
  date: string | null;
  messageId: string | null;
  attachments: EmlAttachment[];
}

export type ParseEmlResult = { ok: true; eml: EmlSummary } | { ok: false; code: 'too_large' | 'not_mime'; message: string };

interface Header {
  name: string;
  value: string;
}

const latin1 = (bytes: Uint8Array, start: number, end: number): string => {
  let out = '';
  for (let i = start; i < end; i += 8192) out += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 8192)));
  return out;
};

/** A header's raw octets as text: UTF-8 when valid (RFC 6532), else Latin-1. */
function octetsToText(binary: string): string {
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return binary;
  }
}

function decodeCharset(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset.toLowerCase() === 'utf8' ? 'utf-8' : charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const table = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (const c of clean) {
    acc = (acc << 6) | table.indexOf(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

/** RFC 2047 encoded words (B and Q); whitespace between adjacent encoded words is dropped. */
export function decodeWords(value: string): string {
  const joined = value.replace(/(=\?[^?]+\?[bBqQ]\?[^?]*\?=)\s+(?==\?)/g, '$1');
  return joined.replace(/=\?([^?*]+)(?:\*[^?]*)?\?([bBqQ])\?([^?]*)\?=/g, (_, charset: string, enc: string, text: string) => {
    if (enc.toUpperCase() === 'B') return decodeCharset(base64ToBytes(text), charset);
    const bytes: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c === '_') bytes.push(0x20);
      else if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
        bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(c.charCodeAt(0) & 0xff);
    }
    return decodeCharset(Uint8Array.from(bytes), charset);
  });
}

function parseHeaders(block: string): Header[] {
  const unfolded = block.slice(0, MAX_HEADER_CHARS).replace(/\r?\n[ \t]+/g, ' ');
  const out: Header[] = [];
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    out.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
  }
  return out;
}

const headerOf = (headers: Header[], name: string): string | null => headers.find((h) => h.name === name)?.value ?? null;

interface Parameterised {
  value: string;
  params: Map<string, string>;
}

/** `type/sub; a=b; name*=utf-8''%C3%A5; name*0="x"; name*1="y"` → value and decoded parameters (RFC 2231). */
export function parseParameters(header: string): Parameterised {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i]!;
    if (c === '"' && header[i - 1] !== '\\') quoted = !quoted;
    if (c === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  const value = (parts.shift() ?? '').trim().toLowerCase();
  const simple = new Map<string, string>();
  const continued = new Map<string, { index: number; text: string; encoded: boolean }[]>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const rawKey = part.slice(0, eq).trim().toLowerCase();
    let raw = part.slice(eq + 1).trim();
    if (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2) raw = raw.slice(1, -1).replace(/\\(.)/g, '$1');
    const m = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(rawKey);
    if (!m) continue;
    const [, key, index, star] = m;
    if (index === undefined && !star) simple.set(key!, raw);
    else {
      const list = continued.get(key!) ?? [];
      list.push({ index: index === undefined ? 0 : Number(index), text: raw, encoded: Boolean(star) });
      continued.set(key!, list);
    }
  }
  for (const [key, list] of continued) {
    list.sort((a, b) => a.index - b.index);
    let charset = 'utf-8';
    const bytes: number[] = [];
    list.forEach((piece, i) => {
      let text = piece.text;
      if (piece.encoded && i === 0) {
        const q = /^([^']*)'[^']*'(.*)$/.exec(text);
        if (q) {
          charset = q[1] || 'utf-8';
          text = q[2]!;
        }
      }
      for (let j = 0; j < text.length; j++) {
        const c = text[j]!;
        if (piece.encoded && c === '%' && /^[0-9A-Fa-f]{2}$/.test(text.slice(j + 1, j + 3))) {
          bytes.push(parseInt(text.slice(j + 1, j + 3), 16));
          j += 2;
        } else for (const b of new TextEncoder().encode(c)) bytes.push(b);
      }
    });
    simple.set(key, decodeCharset(Uint8Array.from(bytes), charset));
  }
  return { value, params: simple };
}

/** Strips path separators and control characters: a listed name is never a path. */
function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = name.replace(/[\u0000-\u001f\u007f]/g, '').split(/[\\/]/).pop() ?? '';
  return base.trim().slice(0, MAX_NAME_CHARS);
}

function parseAddressList(value: string | null): EmailAddress[] {
  if (!value) return [];
  const text = decodeWords(octetsToText(value));
  const out: EmailAddress[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|([^,<"]*?))\s*<([^<>\s]+@[^<>\s]+)>|([^\s,<>"]+@[^\s,<>"]+)/g;
  for (const m of text.matchAll(re)) {
    const address = (m[3] ?? m[4] ?? '').trim();
    if (!address) continue;
    const name = (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1').trim();
    out.push({ name: name || address, address });
    if (out.length >= 500) break;
  }
  return out;
}

function decodedSize(body: string, encoding: string): number {
  if (encoding === 'base64') {
    const clean = body.replace(/[^A-Za-z0-9+/=]/g, '');
    const pad = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
    return Math.max(0, Math.floor((clean.length * 3) / 4) - pad);
  }
  if (encoding === 'quoted-printable') return body.replace(/=\r?\n/g, '').replace(/=[0-9A-Fa-f]{2}/g, 'x').length;
  return body.length;
}

interface Walk {
  attachments: EmlAttachment[];
  parts: number;
}

function splitHead(text: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return { head: text, body: '' };
  return { head: text.slice(0, m.index), body: text.slice(m.index + m[0].length) };
}

function walk(text: string, depth: number, state: Walk, isTop: boolean): void {
  if (state.parts++ >= MAX_PARTS || depth > MAX_DEPTH) return;
  const { head, body } = splitHead(text);
  const headers = parseHeaders(head);
  const type = parseParameters(headerOf(headers, 'content-type') ?? 'text/plain');
  const disposition = parseParameters(headerOf(headers, 'content-disposition') ?? '');
  const encoding = (headerOf(headers, 'content-transfer-encoding') ?? '7bit').trim().toLowerCase();
  const boundary = type.params.get('boundary');
  if (type.value.startsWith('multipart/') && boundary) {
    const delimiter = `--${boundary}`;
    const pieces = body.split(delimiter);
    // pieces[0] is the preamble; a piece starting with "--" is the close delimiter's epilogue.
    for (const piece of pieces.slice(1)) {
      if (piece.startsWith('--')) break;
      walk(piece.replace(/^[ \t]*\r?\n/, ''), depth + 1, state, false);
    }
    return;
  }
  if (isTop) return;
  const rawName = disposition.params.get('filename') ?? type.params.get('name') ?? null;
  const isAttachment = disposition.value === 'attachment' || rawName !== null || type.value === 'message/rfc822';
  if (!isAttachment) return;
  const name = cleanName(decodeWords(octetsToText(rawName ?? ''))) || (type.value === 'message/rfc822' ? 'bifogat-meddelande.eml' : 'namnlös bilaga');
  state.attachments.push({ name, contentType: type.value || 'application/octet-stream', size: decodedSize(body, encoding) });
}

/** Lists an .eml: its headers and the attachments inside, from the MIME structure alone. */
export function parseEml(bytes: Uint8Array): ParseEmlResult {
  if (bytes.length > EML_MAX_BYTES) return { ok: false, code: 'too_large', message: `The .eml is larger than ${EML_MAX_BYTES} bytes.` };
  const text = latin1(bytes, 0, bytes.length);
  const { head } = splitHead(text);
  const headers = parseHeaders(head);
  if (!headers.some((h) => h.name === 'from' || h.name === 'content-type' || h.name === 'subject')) {
    return { ok: false, code: 'not_mime', message: 'The .eml has no message headers.' };
  }
  const state: Walk = { attachments: [], parts: 0 };
  walk(text, 0, state, true);
  const messageId = headerOf(headers, 'message-id');
  return {
    ok: true,
    eml: {
      subject: decodeWords(octetsToText(headerOf(headers, 'subject') ?? '')).slice(0, 1000),
      from: parseAddressList(headerOf(headers, 'from'))[0] ?? null,
      to: parseAddressList(headerOf(headers, 'to')),
      cc: parseAddressList(headerOf(headers, 'cc')),
      date: headerOf(headers, 'date'),
      messageId: messageId ? messageId.trim().slice(0, 998) : null,
      attachments: state.attachments,
    },
  };
}
