// Attachments of a message: list, get (contentBytes), $value, POST (< 3 MB), DELETE, upload sessions.

import { randomBytes } from 'node:crypto';
import { attachmentBytes } from '../bytes';
import { readActionParams } from '../actionParams';
import { badRequest, HttpError, notFound } from '../errors';
import { isWellFormedId, newId } from '../ids';
import type { StoredAttachment, UploadSessionRecord } from '../model';
import { isRec, parseFileAttachment } from '../parseMessage';
import { renderAttachment } from '../render';
import { contextUrl, json, noContent, type GraphResponse, type HandlerContext } from '../types';
import type { Tenant } from '../tenant';
import { changed } from './message';

/** Graph: POST attachments takes files under 3 MB; larger ones need an upload session (up to 150 MB). */
export const SMALL_ATTACHMENT_LIMIT = 3 * 1024 * 1024;
export const LARGE_ATTACHMENT_LIMIT = 150 * 1024 * 1024;
/** Each PUT to an upload URL carries at most 4 MB. */
export const UPLOAD_CHUNK_LIMIT = 4 * 1024 * 1024;

function attachmentOf(ctx: HandlerContext, messageId: string, attachmentId: string): StoredAttachment {
  const m = ctx.tenant.message(ctx.mailbox, messageId);
  if (!isWellFormedId(attachmentId)) throw new HttpError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.');
  const a = m.attachments.find((x) => x.id === attachmentId);
  if (!a) throw notFound('The attachment was not found.');
  return a;
}

const withBytes = (a: StoredAttachment): StoredAttachment => ({ ...a, contentBytes: attachmentBytes(a).toString('base64') });

export function listAttachments(ctx: HandlerContext, messageId: string): GraphResponse {
  const m = ctx.tenant.message(ctx.mailbox, messageId);
  const select = ctx.req.query.get('$select')?.split(',').map((s) => s.trim()) ?? null;
  const bytes = !select || select.includes('contentBytes');
  return json(200, {
    '@odata.context': contextUrl(ctx, `messages('${messageId}')/attachments`),
    value: m.attachments.map((a) => renderAttachment(bytes ? withBytes(a) : a, bytes, select)),
  });
}

export function getAttachment(ctx: HandlerContext, messageId: string, attachmentId: string): GraphResponse {
  const a = attachmentOf(ctx, messageId, attachmentId);
  return json(200, { '@odata.context': contextUrl(ctx, `messages('${messageId}')/attachments/$entity`), ...renderAttachment(withBytes(a), true) });
}

export function attachmentValue(ctx: HandlerContext, messageId: string, attachmentId: string): GraphResponse {
  const a = attachmentOf(ctx, messageId, attachmentId);
  return { status: 200, headers: { 'Content-Type': a.contentType || 'application/octet-stream' }, bytes: attachmentBytes(a) };
}

export function addAttachment(ctx: HandlerContext, messageId: string): GraphResponse {
  const m = ctx.tenant.message(ctx.mailbox, messageId);
  const a = parseFileAttachment(ctx.req.body, ctx.now().toISOString());
  if (a.size >= SMALL_ATTACHMENT_LIMIT) {
    throw new HttpError(413, 'ErrorAttachmentSizeLimitExceeded', 'The attachment is too large for a single request; use an upload session.');
  }
  m.attachments.push(a);
  changed(m, ctx.now().toISOString());
  return json(201, { '@odata.context': contextUrl(ctx, `messages('${messageId}')/attachments/$entity`), ...renderAttachment(a, true) });
}

export function deleteAttachment(ctx: HandlerContext, messageId: string, attachmentId: string): GraphResponse {
  const m = ctx.tenant.message(ctx.mailbox, messageId);
  attachmentOf(ctx, messageId, attachmentId);
  m.attachments = m.attachments.filter((a) => a.id !== attachmentId);
  changed(m, ctx.now().toISOString());
  return noContent();
}

export function createUploadSession(ctx: HandlerContext, messageId: string): GraphResponse {
  const m = ctx.tenant.message(ctx.mailbox, messageId);
  const { attachmentItem } = readActionParams(ctx.req.body, ['attachmentItem']);
  const item = isRec(attachmentItem) ? attachmentItem : null;
  if (!item) throw badRequest('ErrorInvalidRequest', "The parameter 'AttachmentItem' is missing.");
  if (item.attachmentType !== undefined && item.attachmentType !== 'file') throw badRequest('ErrorInvalidRequest', "attachmentType must be 'file'.");
  const size = Number(item.size);
  if (typeof item.name !== 'string' || !item.name) throw badRequest('ErrorInvalidRequest', 'AttachmentItem.name is required.');
  if (!Number.isInteger(size) || size <= 0) throw badRequest('ErrorInvalidRequest', 'AttachmentItem.size must be a positive integer.');
  if (size > LARGE_ATTACHMENT_LIMIT) throw new HttpError(413, 'ErrorAttachmentSizeLimitExceeded', 'The attachment exceeds 150 MB.');
  const id = newId();
  const token = randomBytes(24).toString('base64url');
  const expires = new Date(ctx.now().getTime() + 15 * 60_000).toISOString();
  ctx.tenant.state.uploads[id] = {
    id,
    mailboxId: ctx.mailbox.id,
    messageId: m.id,
    name: item.name,
    contentType: typeof item.contentType === 'string' ? item.contentType : 'application/octet-stream',
    size,
    isInline: item.isInline === true,
    received: 0,
    chunks: [],
    expirationDateTime: expires,
    token,
  };
  return json(201, {
    '@odata.context': `${ctx.req.origin}/v1.0/$metadata#microsoft.graph.uploadSession`,
    uploadUrl: `${ctx.req.origin}/upload/AttachmentSessions/${encodeURIComponent(id)}?authtoken=${token}`,
    expirationDateTime: expires,
    nextExpectedRanges: ['0-'],
  });
}

function liveSession(tenant: Tenant, sessionId: string, token: string | null, now: Date): UploadSessionRecord {
  const s = tenant.state.uploads[sessionId];
  if (!s || s.token !== token) throw new HttpError(404, 'ErrorItemNotFound', 'The upload session was not found or has expired.');
  if (Date.parse(s.expirationDateTime) < now.getTime()) {
    delete tenant.state.uploads[sessionId];
    throw new HttpError(404, 'ErrorItemNotFound', 'The upload session has expired.');
  }
  return s;
}

/**
 * GET on an uploadUrl: where the next range must start, so a client whose PUT failed (or whose
 * answer was lost) resumes there. Outlook attachment sessions give a single "{start}" value.
 */
export function uploadSessionStatus(tenant: Tenant, sessionId: string, token: string | null, now: Date): GraphResponse {
  const s = liveSession(tenant, sessionId, token, now);
  return json(200, { expirationDateTime: s.expirationDateTime, nextExpectedRanges: [String(s.received)] });
}

/** PUT to an uploadUrl: no Authorization header, the token is in the URL; sequential byte ranges ≤ 4 MB. */
export function putUploadChunk(tenant: Tenant, sessionId: string, token: string | null, range: string | undefined, bytes: Buffer, now: Date): GraphResponse {
  const s = liveSession(tenant, sessionId, token, now);
  const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(range ?? '');
  if (!m) throw badRequest('InvalidContentRange', 'The Content-Range header is missing or malformed.');
  const [start, end, total] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (total !== s.size) throw badRequest('InvalidContentRange', 'The total size does not match the upload session.');
  if (start !== s.received) throw new HttpError(416, 'InvalidRange', `The next expected range starts at ${s.received}.`);
  if (end < start || end >= total || end - start + 1 !== bytes.length) throw badRequest('InvalidContentRange', 'The Content-Range does not match the body length.');
  if (bytes.length > UPLOAD_CHUNK_LIMIT) throw new HttpError(413, 'RequestEntityTooLarge', 'Each upload range must be 4 MB or less.');
  s.chunks.push(bytes.toString('base64'));
  s.received = end + 1;
  s.expirationDateTime = new Date(now.getTime() + 15 * 60_000).toISOString();
  if (s.received < s.size) {
    return json(200, { expirationDateTime: s.expirationDateTime, nextExpectedRanges: [String(s.received)] });
  }
  delete tenant.state.uploads[sessionId];
  const mailbox = tenant.state.mailboxes[s.mailboxId];
  const message = mailbox?.messages[s.messageId];
  if (!mailbox || !message) throw new HttpError(404, 'ErrorItemNotFound', 'The message of this upload session no longer exists.');
  const content = Buffer.concat(s.chunks.map((c) => Buffer.from(c, 'base64')));
  const attachment: StoredAttachment = {
    id: newId(),
    name: s.name,
    contentType: s.contentType,
    size: content.length,
    isInline: s.isInline,
    lastModifiedDateTime: now.toISOString(),
    contentBytes: content.toString('base64'),
  };
  message.attachments.push(attachment);
  changed(message, now.toISOString());
  return {
    status: 201,
    headers: { Location: `https://outlook.office.com/api/v2.0/Users('${mailbox.id}')/Messages('${message.id}')/Attachments('${attachment.id}')` },
  };
}
