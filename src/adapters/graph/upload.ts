// Attachments on a draft: one POST under 3 MB, otherwise an upload session and ranged PUTs that
// resume from the session's nextExpectedRanges after a failed or unanswered range.

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

/** Failures after which asking the session where to go on makes sense. */
const RESUMABLE = new Set(['throttled', 'network', 'server_error']);

/**
 * Where the server expects the next byte. Outlook attachment sessions answer a single "{start}";
 * OneDrive-style "{start}-{end}" ranges are read the same way.
 */
export function nextExpectedStart(answer: unknown): number | null {
  const ranges = (answer as { nextExpectedRanges?: unknown } | null | undefined)?.nextExpectedRanges;
  if (!Array.isArray(ranges) || ranges.length === 0) return null;
  const m = /^(\d+)(-\d*)?$/.exec(String(ranges[0]).trim());
  return m ? Number(m[1]) : null;
}

export async function addAttachment(
  session: MailboxSession,
  draftId: MessageId,
  attachment: OutgoingAttachment,
  /** First pause before resuming a failed range (doubles, at most 4 s); throttling waits Retry-After. */
  retryDelayMs = 250,
): Promise<void> {
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
  // The upload URL carries its own token: Graph wants no Authorization header on it.
  const put = (start: number, end: number): Promise<unknown> =>
    session.request('PUT', uploadUrl, new Blob([attachment.bytes.slice(start, end + 1)]), {
      category: 'action',
      anonymous: true,
      headers: { 'Content-Type': 'application/octet-stream', 'Content-Range': `bytes ${start}-${end}/${total}` },
    });
  /** The session's next expected byte; 'gone' once it no longer exists (completed or expired). */
  const status = async (): Promise<number | 'gone' | null> => {
    try {
      return nextExpectedStart(await session.request('GET', uploadUrl, undefined, { category: 'action', anonymous: true }));
    } catch (error) {
      if (error instanceof GraphError && error.code === 'not_found') return 'gone';
      return null;
    }
  };
  const attached = async (): Promise<boolean> => {
    const list = await session.get<{ value?: { name?: unknown; size?: unknown }[] }>(base, { $select: 'name,size' }, { category: 'action' });
    return (list?.value ?? []).some((a) => a.name === attachment.name && typeof a.size === 'number' && a.size >= total);
  };

  let start = 0;
  let failures = 0;
  while (start < total) {
    const end = Math.min(start + UPLOAD_CHUNK, total) - 1;
    try {
      const answer = await put(start, end);
      if (end + 1 >= total) return;
      const next = nextExpectedStart(answer) ?? end + 1;
      if (next <= start || next > total) throw new GraphError({ code: 'invalid_response', message: `The upload session expects byte ${next} next.` });
      start = next;
      failures = 0;
    } catch (error) {
      // The RetryHandler skips octet-stream bodies, so failed ranges are handled here: a lost answer
      // may or may not have been applied, so ask the session where to go on (416: out of step).
      const resumable = error instanceof GraphError && (RESUMABLE.has(error.code) || error.statusCode === 416);
      if (!resumable || ++failures > CHUNK_RETRIES) throw error;
      await sleep(error.code === 'throttled' ? retryAfterOf(error) : Math.min(retryDelayMs * 2 ** (failures - 1), 4000));
      const at = await status();
      if (at === 'gone') {
        // The last range's answer was lost after the server completed the attachment.
        if (end + 1 >= total && (await attached())) return;
        throw error;
      }
      if (at !== null && at >= 0 && at <= total) start = at;
    }
  }
}
