// Stored records to Graph's JSON shapes (emailAddress wrappers, @odata.etag, $select and $expand applied).

import type { Address, Mailbox, StoredAttachment, StoredFolder, StoredMessage } from './model';
import { evaluate } from './filter';
import { canonicalId } from './propertyIds';
import type { ExpandOption } from './query';
import { htmlToPlain, textToHtml } from './text';


export const recipient = (a: Address) => ({ emailAddress: { name: a.name, address: a.address } });

export function bodyPreview(m: StoredMessage): string {
  const text = m.body.contentType === 'html' ? htmlToPlain(m.body.content) : m.body.content;
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}

/** Approximate size in bytes as Exchange reports it (PidTagMessageSize). */
export function messageSize(m: StoredMessage): number {
  const headers = m.internetMessageHeaders.reduce((n, h) => n + h.name.length + h.value.length + 4, 0);
  const attachments = m.attachments.reduce((n, a) => n + Math.ceil((a.size * 4) / 3) + 200, 0);
  return 600 + headers + Buffer.byteLength(m.body.content, 'utf8') + Buffer.byteLength(m.subject, 'utf8') + attachments;
}

export interface RenderOptions {
  select: string[] | null;
  expand: ExpandOption[];
  textBody: boolean;
}

export function renderAttachment(a: StoredAttachment, withBytes: boolean, select: string[] | null = null): Record<string, unknown> {
  const full: Record<string, unknown> = {
    '@odata.type': '#microsoft.graph.fileAttachment',
    id: a.id,
    lastModifiedDateTime: a.lastModifiedDateTime,
    name: a.name,
    contentType: a.contentType,
    size: a.size,
    isInline: a.isInline,
    contentId: null,
    contentLocation: null,
  };
  if (withBytes) full.contentBytes = a.contentBytes ?? null;
  if (!select) return full;
  const out: Record<string, unknown> = { '@odata.type': full['@odata.type'], id: a.id };
  for (const s of select) if (s in full) out[s] = full[s];
  return out;
}

/** The whole message view; `filterView` skips the costly fields that filters never read. */
export function messageView(m: StoredMessage, textBody: boolean, includeHeaders: boolean, fields: string[] | null = null): Record<string, unknown> {
  const wants = (name: string): boolean => !fields || fields.includes(name);
  const body = !wants('body') ? null : textBody && m.body.contentType === 'html'
    ? { contentType: 'text', content: htmlToPlain(m.body.content) }
    : !textBody && m.body.contentType === 'text' ? { contentType: 'html', content: textToHtml(m.body.content) } : { ...m.body };
  const view: Record<string, unknown> = {
    '@odata.etag': `W/"${m.changeKey}"`,
    id: m.id,
    createdDateTime: m.createdDateTime,
    lastModifiedDateTime: m.lastModifiedDateTime,
    changeKey: m.changeKey,
    categories: [...m.categories],
    receivedDateTime: m.receivedDateTime,
    sentDateTime: m.sentDateTime,
    hasAttachments: m.attachments.some((a) => !a.isInline),
    internetMessageId: m.internetMessageId,
    subject: m.subject,
    bodyPreview: wants('bodyPreview') ? bodyPreview(m) : '',
    importance: m.importance,
    parentFolderId: m.folderId,
    conversationId: m.conversationId,
    conversationIndex: Buffer.from(m.conversationId.slice(6, 28)).toString('base64'),
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: m.isRead,
    isDraft: m.isDraft,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(m.id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    inferenceClassification: 'focused',
    body,
    sender: m.from ? recipient(m.from) : null,
    from: m.from ? recipient(m.from) : null,
    toRecipients: m.toRecipients.map(recipient),
    ccRecipients: m.ccRecipients.map(recipient),
    bccRecipients: m.bccRecipients.map(recipient),
    replyTo: m.replyTo.map(recipient),
    flag: { flagStatus: m.flagStatus },
  };
  if (includeHeaders) view.internetMessageHeaders = m.internetMessageHeaders.map((h) => ({ ...h }));
  return view;
}

export function extendedProperties(m: StoredMessage): { id: string; value: string }[] {
  return [...m.extended.map((p) => ({ ...p })), { id: 'Integer 0xe08', value: String(messageSize(m)) }];
}

export function renderMessage(m: StoredMessage, options: RenderOptions): Record<string, unknown> {
  const wantsHeaders = options.select?.includes('internetMessageHeaders') ?? false;
  const view = messageView(m, options.textBody, wantsHeaders, options.select);
  let out: Record<string, unknown>;
  if (options.select) {
    out = { '@odata.etag': view['@odata.etag'], id: m.id };
    for (const s of options.select) out[s] = view[s];
  } else {
    out = view;
    delete out.uniqueBody;
  }
  for (const e of options.expand) {
    if (e.name === 'attachments') {
      out.attachments = m.attachments.map((a) => renderAttachment(a, !e.select || e.select.includes('contentBytes'), e.select));
    } else {
      const props = extendedProperties(m).filter((p) => {
        return e.filter !== null && evaluate(e.filter, { id: canonicalId(p.id), value: p.value });
      });
      // Graph omits the collection when nothing matched.
      if (props.length) out.singleValueExtendedProperties = props;
    }
  }
  return out;
}


export function renderFolder(mb: Mailbox, f: StoredFolder, select: string[] | null): Record<string, unknown> {
  const inFolder = Object.values(mb.messages).filter((m) => m.folderId === f.id);
  const full: Record<string, unknown> = {
    id: f.id,
    displayName: f.displayName,
    parentFolderId: f.parentFolderId,
    childFolderCount: mb.folders.filter((c) => c.parentFolderId === f.id).length,
    unreadItemCount: inFolder.filter((m) => !m.isRead).length,
    totalItemCount: inFolder.length,
    sizeInBytes: inFolder.reduce((n, m) => n + messageSize(m), 0),
    isHidden: f.isHidden,
  };
  if (!select) return full;
  const out: Record<string, unknown> = { id: f.id };
  for (const s of select) if (s in full) out[s] = full[s];
  return out;
}
