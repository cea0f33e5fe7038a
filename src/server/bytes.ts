// Attachment bytes: stored base64, or deterministic filler for seeded attachments that only carry a size.

import type { StoredAttachment } from './model';

export function attachmentBytes(a: StoredAttachment): Buffer {
  if (a.contentBytes !== null) return Buffer.from(a.contentBytes, 'base64');
  const buf = Buffer.alloc(a.size);
  const pattern = Buffer.from(`${a.name} `, 'utf8');
  for (let i = 0; i < a.size; i += pattern.length) pattern.copy(buf, i, 0, Math.min(pattern.length, a.size - i));
  return buf;
}
