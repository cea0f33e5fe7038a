// Sending: drafts, sendMail, forward/createForward, reply; delivery into tenant mailboxes' Inbox.

import { readActionParams } from '../actionParams';
import { badRequest } from '../errors';
import { newId } from '../ids';
import type { Mailbox, StoredMessage } from '../model';
import { isRec, parseRecipients } from '../parseMessage';
import { folderByName } from '../seed';
import type { Tenant } from '../tenant';
import { appendTrace } from '../trace';
import { json, type GraphResponse, type HandlerContext } from '../types';
import { newMessage, requireDraft, respondMessage } from './message';

function cloneAttachments(m: StoredMessage): StoredMessage['attachments'] {
  return m.attachments.map((a) => ({ ...a, id: newId() }));
}

/** Copies the sent message into each tenant recipient's Inbox; external addresses are accepted and dropped. */
export function deliver(tenant: Tenant, sender: Mailbox, sent: StoredMessage, now: string): void {
  const seen = new Set<string>();
  for (const r of [...sent.toRecipients, ...sent.ccRecipients, ...sent.bccRecipients]) {
    const box = tenant.mailboxByAddress(r.address);
    if (!box || seen.has(box.id)) continue;
    seen.add(box.id);
    const id = newId();
    box.messages[id] = {
      ...structuredClone(sent),
      id,
      folderId: folderByName(box, 'inbox').id,
      createdDateTime: now,
      lastModifiedDateTime: now,
      receivedDateTime: now,
      isRead: false,
      isDraft: false,
      bccRecipients: [],
      categories: [],
      extended: [],
      flagStatus: 'notFlagged',
      attachments: cloneAttachments(sent),
      internetMessageHeaders: [
        { name: 'Received', value: `from postvakt.local by postvakt.local; ${new Date(now).toUTCString()}` },
        ...sent.internetMessageHeaders,
      ],
      changeKey: newId().slice(6, 34),
    };
  }
  void sender;
}

function sendStored(ctx: HandlerContext, m: StoredMessage, saveToSentItems: boolean): void {
  if (!m.toRecipients.length && !m.ccRecipients.length && !m.bccRecipients.length) {
    throw badRequest('ErrorInvalidRecipients', 'At least one recipient is not valid., A message can\'t be sent because it contains no recipients.');
  }
  const now = ctx.now().toISOString();
  m.isDraft = false;
  m.sentDateTime = now;
  m.receivedDateTime = now;
  m.lastModifiedDateTime = now;
  m.from = { name: ctx.mailbox.displayName, address: ctx.mailbox.address };
  deliver(ctx.tenant, ctx.mailbox, m, now);
  appendTrace(ctx.tenant.state, m, ctx.mailbox.address, now);
  if (saveToSentItems) m.folderId = folderByName(ctx.mailbox, 'sentitems').id;
  else delete ctx.mailbox.messages[m.id];
}

export function sendDraft(ctx: HandlerContext, id: string): GraphResponse {
  const m = ctx.tenant.message(ctx.mailbox, id);
  requireDraft(m);
  sendStored(ctx, m, true);
  return { status: 202 };
}

export function sendMail(ctx: HandlerContext): GraphResponse {
  const params = readActionParams(ctx.req.body, ['message', 'saveToSentItems']);
  if (!isRec(params.message)) throw badRequest('ErrorInvalidRequest', "The parameter 'message' is missing.");
  if (params.saveToSentItems !== undefined && typeof params.saveToSentItems !== 'boolean') {
    throw badRequest('ErrorInvalidRequest', 'saveToSentItems must be a boolean.');
  }
  const m = newMessage(ctx, params.message, folderByName(ctx.mailbox, 'drafts').id);
  ctx.mailbox.messages[m.id] = m;
  sendStored(ctx, m, params.saveToSentItems !== false);
  return { status: 202 };
}

function quote(original: StoredMessage, comment: string, html: boolean): { contentType: 'text' | 'html'; content: string } {
  const header = `From: ${original.from?.name ?? ''} <${original.from?.address ?? ''}>\nSent: ${original.sentDateTime}\nTo: ${original.toRecipients.map((r) => r.address).join('; ')}\nSubject: ${original.subject}`;
  if (html || original.body.contentType === 'html') {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const originalHtml = original.body.contentType === 'html' ? original.body.content : `<div>${esc(original.body.content).replace(/\n/g, '<br>')}</div>`;
    return { contentType: 'html', content: `<div>${esc(comment).replace(/\n/g, '<br>')}</div><hr><div>${esc(header).replace(/\n/g, '<br>')}</div>${originalHtml}` };
  }
  return { contentType: 'text', content: `${comment}\n\n________________________________\n${header}\n\n${original.body.content}` };
}

/** The parameters of createForward/forward/createReply/reply, checked as Graph documents them. */
function derivedParams(ctx: HandlerContext, kind: 'forward' | 'reply'): { comment: string; message: Record<string, unknown>; toRecipients: unknown } {
  const params = readActionParams(ctx.req.body, ['comment', 'message', 'toRecipients']);
  if (params.message !== undefined && params.message !== null && !isRec(params.message)) throw badRequest('ErrorInvalidRequest', "The parameter 'message' must be a message object.");
  const message = isRec(params.message) ? params.message : {};
  const comment = typeof params.comment === 'string' ? params.comment : '';
  // "Specify either a comment or the body property of the message parameter. Specifying both will return 400."
  if (comment && message.body !== undefined) throw badRequest('ErrorInvalidRequest', "Specify either the 'comment' parameter or the body of the 'message' parameter, not both.");
  if (kind === 'forward') {
    // "Specify either the toRecipients parameter or the toRecipients property of the message parameter.
    // Specifying both or specifying neither will return 400."
    const given = (v: unknown) => Array.isArray(v) && v.length > 0;
    const top = given(params.toRecipients);
    const inner = given(message.toRecipients);
    if (!top && !inner) throw badRequest('ParameterValueEmpty', "The value of the parameter 'ToRecipients' is empty.");
    if (top && inner) throw badRequest('ErrorInvalidRequest', "Specify either the 'toRecipients' parameter or the toRecipients of the 'message' parameter, not both.");
  }
  return { comment, message, toRecipients: params.toRecipients };
}

/** A forward or reply draft built from `original`, as createForward/createReply do. */
function derived(ctx: HandlerContext, original: StoredMessage, kind: 'forward' | 'reply'): StoredMessage {
  const params = derivedParams(ctx, kind);
  const base = newMessage(ctx, params.message, folderByName(ctx.mailbox, 'drafts').id);
  if (!base.subject) base.subject = `${kind === 'forward' ? 'FW' : 'RE'}: ${original.subject}`;
  base.body = quote(original, params.comment || (isRec(params.message.body) ? String(params.message.body.content ?? '') : ''), false);
  base.conversationId = original.conversationId;
  if (params.toRecipients !== undefined) base.toRecipients = parseRecipients(params.toRecipients, 'toRecipients');
  if (kind === 'forward') base.attachments = [...cloneAttachments(original), ...base.attachments];
  else if (!base.toRecipients.length && original.from) base.toRecipients = [{ ...original.from }];
  ctx.mailbox.messages[base.id] = base;
  return base;
}

export function createForward(ctx: HandlerContext, id: string): GraphResponse {
  return respondMessage(ctx, derived(ctx, ctx.tenant.message(ctx.mailbox, id), 'forward'), 201);
}

export function forward(ctx: HandlerContext, id: string): GraphResponse {
  const draft = derived(ctx, ctx.tenant.message(ctx.mailbox, id), 'forward');
  sendStored(ctx, draft, true);
  return { status: 202 };
}

export function createReply(ctx: HandlerContext, id: string): GraphResponse {
  return respondMessage(ctx, derived(ctx, ctx.tenant.message(ctx.mailbox, id), 'reply'), 201);
}

export function reply(ctx: HandlerContext, id: string): GraphResponse {
  const draft = derived(ctx, ctx.tenant.message(ctx.mailbox, id), 'reply');
  sendStored(ctx, draft, true);
  return { status: 202 };
}
