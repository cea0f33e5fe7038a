// messages/{id}/$value: an RFC 5322 MIME message built from the stored message, attachments base64.

import { randomBytes } from 'node:crypto';
import { attachmentBytes } from './bytes';
import type { Address, StoredMessage } from './model';

const OWN = new Set(['from', 'to', 'cc', 'bcc', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'content-transfer-encoding']);

function encodeWord(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?utf-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

function formatAddress(a: Address): string {
  return a.name ? `${/^[\w .-]*$/.test(a.name) ? `"${a.name}"` : encodeWord(a.name)} <${a.address}>` : `<${a.address}>`;
}

function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

function rfc2822Date(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? new Date(0).toUTCString().replace('GMT', '+0000') : d.toUTCString().replace('GMT', '+0000');
}

export function buildMime(m: StoredMessage): Buffer {
  const lines: string[] = [];
  for (const h of m.internetMessageHeaders) {
    if (!OWN.has(h.name.toLowerCase())) lines.push(`${h.name}: ${encodeWord(h.value.replace(/[\r\n]+/g, ' '))}`);
  }
  if (m.from) lines.push(`From: ${formatAddress(m.from)}`);
  if (m.toRecipients.length) lines.push(`To: ${m.toRecipients.map(formatAddress).join(', ')}`);
  if (m.ccRecipients.length) lines.push(`Cc: ${m.ccRecipients.map(formatAddress).join(', ')}`);
  lines.push(`Subject: ${encodeWord(m.subject)}`);
  lines.push(`Date: ${rfc2822Date(m.sentDateTime || m.createdDateTime)}`);
  lines.push(`Message-ID: ${m.internetMessageId}`);
  lines.push('MIME-Version: 1.0');
  const bodyType = m.body.contentType === 'html' ? 'text/html' : 'text/plain';
  const bodyPart = [`Content-Type: ${bodyType}; charset="utf-8"`, 'Content-Transfer-Encoding: base64', '', base64Lines(Buffer.from(m.body.content, 'utf8'))];
  if (!m.attachments.length) {
    return Buffer.from([...lines, ...bodyPart, ''].join('\r\n'), 'utf8');
  }
  const boundary = `_postvakt_${randomBytes(12).toString('hex')}_`;
  lines.push(`Content-Type: multipart/mixed; boundary="${boundary}"`, '', `--${boundary}`, ...bodyPart);
  for (const a of m.attachments) {
    const name = encodeWord(a.name).replace(/"/g, '');
    lines.push(
      `--${boundary}`,
      `Content-Type: ${a.contentType || 'application/octet-stream'}; name="${name}"`,
      `Content-Disposition: ${a.isInline ? 'inline' : 'attachment'}; filename="${name}"; size=${a.size}`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(attachmentBytes(a)),
    );
  }
  lines.push(`--${boundary}--`, '');
  return Buffer.from(lines.join('\r\n'), 'utf8');
}
