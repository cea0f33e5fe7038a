// Attachments on a draft: one POST under 3 MB, otherwise an upload session and ranged PUTs.

import type { MessageId, OutgoingAttachment } from '../../ports/mailbox';
import { bytesToBase64 } from './base64';
import { GraphError } from './errors';
import { sleep, type MailboxSession } from './session';

/** Graph's limit for a single attachment POST. */
export const SMALL_ATTACHMENT_LIMIT = 3 * 1024 * 1024;
/** Upload-session chunk: a multiple of 320 KiB, under Graph's 4 MB per PUT. */
export const UPLOAD_CHUNK = 9 * 320 * 1024;
const CHUNK_RETRIES = 5;

interface UploadSession {
  uploadUrl?: unknown;
}

function retryAfterOf(error: GraphError): number {
  const headers = (error.cause as { headers?: { get(name: string): string | null } } | undefined)?.headers;
  const raw = typeof headers?.get === 'function' ? headers.get('retry-after') : null;
  const seconds = raw === null ? NaN : Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}

export async function addAttachment(session: MailboxSession, draftId: MessageId, attachment: OutgoingAttachment): Promise<void> {
  const base = `${session.userPath}/messages/${encodeURIComponent(draftId)}/attachments`;
  if (attachment.bytes.byteLength < SMALL_ATTACHMENT_LIMIT) {
    await session.request('POST', base, {
      '@odata.type': '#microsoft.graph.fileAttachment',
      name: attachment.name,
      contentType: attachment.contentType,
      contentBytes: bytesToBase64(attachment.bytes),
    }, { category: 'action' });
    return;
  }
  const total = attachment.bytes.byteLength;
  const created = await session.request<UploadSession>('POST', `${base}/createUploadSession`, {
    AttachmentItem: { attachmentType: 'file', name: attachment.name, size: total, contentType: attachment.contentType },
  }, { category: 'action' });
  if (typeof created?.uploadUrl !== 'string') {
    throw new GraphError({ code: 'invalid_response', message: 'createUploadSession answered without uploadUrl.' });
  }
  const uploadUrl = created.uploadUrl;
  for (let start = 0; start < total; start += UPLOAD_CHUNK) {
    const end = Math.min(start + UPLOAD_CHUNK, total) - 1;
    const chunk = new Blob([attachment.bytes.slice(start, end + 1)]);
    for (let attempt = 0; ; attempt++) {
      try {
        // The upload URL carries its own token: Graph wants no Authorization header here. The
        // RetryHandler skips octet-stream bodies, so throttling is handled in this loop.
        await session.request('PUT', uploadUrl, chunk, {
          category: 'action',
          anonymous: true,
          headers: { 'Content-Type': 'application/octet-stream', 'Content-Range': `bytes ${start}-${end}/${total}` },
        });
        break;
      } catch (error) {
        if (!(error instanceof GraphError) || error.code !== 'throttled' || attempt >= CHUNK_RETRIES) throw error;
        await sleep(retryAfterOf(error));
      }
    }
  }
}
