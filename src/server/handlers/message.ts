// One message: GET (with $select/$expand), $value MIME, POST drafts, PATCH, DELETE, move, copy, permanentDelete.

import { readActionParams } from '../actionParams';
import { badRequest, HttpError } from '../errors';
import { newId } from '../ids';
import { buildMime } from '../mime';
import type { StoredMessage } from '../model';
import { isRec, mergeExtended, parseBody, parseExtended, parseFileAttachment, parseHeaders, parseRecipients } from '../parseMessage';
import { MESSAGE_PROPERTIES, parseExpand, parseSelect } from '../query';
import { renderMessage } from '../render';
import { folderByName } from '../seed';
import { appliedPreferences, contextUrl, json, noContent, type GraphResponse, type HandlerContext } from '../types';

export function changed(m: StoredMessage, now: string): void {
  m.lastModifiedDateTime = now;
  m.changeKey = newId().slice(6, 34);
}

export function respondMessage(ctx: HandlerContext, m: StoredMessage, status = 200): GraphResponse {
  const select = parseSelect(ctx.req.query.get('$select'), MESSAGE_PROPERTIES, 'message');
  const expand = parseExpand(ctx.req.query.get('$expand'));
  const body = { '@odata.context': contextUrl(ctx, 'messages/$entity'), ...renderMessage(m, { select, expand, textBody: ctx.req.textBody }) };
  return json(status, body, appliedPreferences(ctx));
}

export function getMessage(ctx: HandlerContext, id: string): GraphResponse {
  return respondMessage(ctx, ctx.tenant.message(ctx.mailbox, id));
}

export function getMime(ctx: HandlerContext, id: string): GraphResponse {
  const m = ctx.tenant.message(ctx.mailbox, id);
  return { status: 200, headers: { 'Content-Type': 'text/plain' }, bytes: buildMime(m) };
}

/** A new draft from a Graph message body (POST messages, createForward's `message`, sendMail). */
export function newMessage(ctx: HandlerContext, raw: unknown, folderId: string): StoredMessage {
  if (!isRec(raw)) throw badRequest('ErrorInvalidRequest', 'The request body must be a message object.');
  const now = ctx.now().toISOString();
  const id = newId();
  const m: StoredMessage = {
    id,
    folderId,
    createdDateTime: now,
    lastModifiedDateTime: now,
    receivedDateTime: now,
    sentDateTime: now,
    isRead: true,
    isDraft: true,
    importance: raw.importance === 'high' || raw.importance === 'low' ? raw.importance : 'normal',
    from: { name: ctx.mailbox.displayName, address: ctx.mailbox.address },
    toRecipients: parseRecipients(raw.toRecipients, 'toRecipients'),
    ccRecipients: parseRecipients(raw.ccRecipients, 'ccRecipients'),
    bccRecipients: parseRecipients(raw.bccRecipients, 'bccRecipients'),
    replyTo: parseRecipients(raw.replyTo, 'replyTo'),
    subject: typeof raw.subject === 'string' ? raw.subject : '',
    body: raw.body === undefined ? { contentType: 'text', content: '' } : parseBody(raw.body),
    internetMessageId: `<${id.slice(6, 40)}@postvakt.local>`,
    internetMessageHeaders: parseHeaders(raw.internetMessageHeaders),
    conversationId: newId(),
    categories: Array.isArray(raw.categories) ? raw.categories.filter((c): c is string => typeof c === 'string') : [],
    flagStatus: 'notFlagged',
    attachments: Array.isArray(raw.attachments) ? raw.attachments.map((a) => parseFileAttachment(a, now)) : [],
    extended: raw.singleValueExtendedProperties === undefined ? [] : parseExtended(raw.singleValueExtendedProperties),
    changeKey: newId().slice(6, 34),
  };
  return m;
}

export function createDraft(ctx: HandlerContext, folderId: string | null): GraphResponse {
  const folder = folderId ?? folderByName(ctx.mailbox, 'drafts').id;
  const m = newMessage(ctx, ctx.req.body, folder);
  ctx.mailbox.messages[m.id] = m;
  return respondMessage(ctx, m, 201);
}

const DRAFT_ONLY = ['subject', 'body', 'toRecipients', 'ccRecipients', 'bccRecipients', 'replyTo', 'from', 'sender', 'internetMessageHeaders'];
const ANY_TIME = ['categories', 'isRead', 'importance', 'flag', 'singleValueExtendedProperties', 'inferenceClassification', 'isDeliveryReceiptRequested', 'isReadReceiptRequested'];

export function patchMessage(ctx: HandlerContext, id: string): GraphResponse {
  const m = ctx.tenant.message(ctx.mailbox, id);
  const raw = ctx.req.body;
  if (!isRec(raw)) throw badRequest('ErrorInvalidRequest', 'The request body must be an object.');
  for (const key of Object.keys(raw)) {
    if (key.startsWith('@odata')) continue;
    if (!DRAFT_ONLY.includes(key) && !ANY_TIME.includes(key)) {
      throw badRequest('ErrorInvalidPropertySet', `The property '${key}' cannot be updated.`);
    }
    if (DRAFT_ONLY.includes(key) && !m.isDraft) {
      throw badRequest('ErrorInvalidPropertyUpdateSentMessage', 'Property cannot be updated on a sent message.');
    }
  }
  if ('subject' in raw) m.subject = typeof raw.subject === 'string' ? raw.subject : '';
  if ('body' in raw) m.body = parseBody(raw.body);
  if ('toRecipients' in raw) m.toRecipients = parseRecipients(raw.toRecipients, 'toRecipients');
  if ('ccRecipients' in raw) m.ccRecipients = parseRecipients(raw.ccRecipients, 'ccRecipients');
  if ('bccRecipients' in raw) m.bccRecipients = parseRecipients(raw.bccRecipients, 'bccRecipients');
  if ('replyTo' in raw) m.replyTo = parseRecipients(raw.replyTo, 'replyTo');
  if ('internetMessageHeaders' in raw) m.internetMessageHeaders = parseHeaders(raw.internetMessageHeaders);
  if ('categories' in raw) {
    if (!Array.isArray(raw.categories) || raw.categories.some((c) => typeof c !== 'string')) throw badRequest('ErrorInvalidRequest', 'categories must be strings.');
    m.categories = raw.categories as string[];
  }
  if ('isRead' in raw) {
    if (typeof raw.isRead !== 'boolean') throw badRequest('ErrorInvalidRequest', 'isRead must be a boolean.');
    m.isRead = raw.isRead;
  }
  if ('importance' in raw) {
    if (raw.importance !== 'low' && raw.importance !== 'normal' && raw.importance !== 'high') throw badRequest('ErrorInvalidRequest', 'importance must be low, normal or high.');
    m.importance = raw.importance;
  }
  if ('flag' in raw && isRec(raw.flag)) {
    const s = raw.flag.flagStatus;
    if (s === 'notFlagged' || s === 'flagged' || s === 'complete') m.flagStatus = s;
  }
  if ('singleValueExtendedProperties' in raw) m.extended = mergeExtended(m.extended, parseExtended(raw.singleValueExtendedProperties));
  changed(m, ctx.now().toISOString());
  return respondMessage(ctx, m);
}

function destination(ctx: HandlerContext): string {
  const { destinationId } = readActionParams(ctx.req.body, ['destinationId']);
  if (typeof destinationId !== 'string') throw badRequest('ErrorInvalidRequest', "The parameter 'destinationId' is missing.");
  return ctx.tenant.folder(ctx.mailbox, destinationId).id;
}

export function moveMessage(ctx: HandlerContext, id: string): GraphResponse {
  const m = ctx.tenant.message(ctx.mailbox, id);
  m.folderId = destination(ctx);
  changed(m, ctx.now().toISOString());
  return respondMessage(ctx, m, 201);
}

export function copyMessage(ctx: HandlerContext, id: string): GraphResponse {
  const m = ctx.tenant.message(ctx.mailbox, id);
  const folderId = destination(ctx);
  const copy: StoredMessage = { ...structuredClone(m), id: newId(), folderId };
  copy.attachments = copy.attachments.map((a) => ({ ...a, id: newId() }));
  ctx.mailbox.messages[copy.id] = copy;
  return respondMessage(ctx, copy, 201);
}

/** DELETE: to Deleted Items, or out of the mailbox when already there (as Exchange does). */
export function deleteMessage(ctx: HandlerContext, id: string): GraphResponse {
  const m = ctx.tenant.message(ctx.mailbox, id);
  const deleted = folderByName(ctx.mailbox, 'deleteditems').id;
  if (m.folderId === deleted) delete ctx.mailbox.messages[id];
  else {
    m.folderId = deleted;
    changed(m, ctx.now().toISOString());
  }
  return noContent();
}

export function permanentDelete(ctx: HandlerContext, id: string): GraphResponse {
  ctx.tenant.message(ctx.mailbox, id);
  delete ctx.mailbox.messages[id];
  return noContent();
}

export function requireDraft(m: StoredMessage): void {
  if (!m.isDraft) throw new HttpError(400, 'ErrorInvalidOperation', 'Only draft messages can be sent or changed this way.');
}
