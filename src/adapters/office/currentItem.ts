// The open message read through Office.js, as the classifier's MailMessage, with its REST id for Graph.

import type { AttachmentInfo, EmailAddress, MailMessage, MessageHeader } from '../../domain/types';
import { parseRawHeaders } from './headers';
import { isMobileHost, hostName, supports } from './host';
import { OfficeError, officeAsync } from './officeAsync';

export interface CurrentItem {
  message: MailMessage;
  /** The id Graph understands (before translation to an immutable id); null if it cannot be had. */
  restId: string | null;
  /** The id as the Outlook client gave it (EWS format on desktop and the web). */
  itemId: string;
}

type ReadItem = Office.MessageRead;

function toAddress(detail: Office.EmailAddressDetails | null | undefined): EmailAddress {
  return { name: detail?.displayName ?? '', address: detail?.emailAddress ?? '' };
}

function toAttachments(item: ReadItem): AttachmentInfo[] {
  return (item.attachments ?? [])
    .filter((a) => !a.isInline)
    .map((a) => ({ name: a.name ?? '', contentType: a.contentType ?? 'application/octet-stream', size: a.size ?? 0 }));
}

function toIso(value: Date | string | undefined): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  return new Date(0).toISOString();
}

/** Headers need Mailbox 1.8; older clients and failures give none (the classifier copes without). */
async function readHeaders(item: ReadItem): Promise<MessageHeader[]> {
  if (!supports('Mailbox', '1.8') || typeof item.getAllInternetHeadersAsync !== 'function') return [];
  try {
    const raw = await officeAsync<string>((cb) => item.getAllInternetHeadersAsync(cb));
    return parseRawHeaders(raw ?? '');
  } catch {
    return [];
  }
}

/** On iOS/Android the id is already a REST id and convertToRestId does not exist there. */
export function toRestId(itemId: string, host: string | null = hostName()): string | null {
  if (isMobileHost(host)) return itemId;
  try {
    return Office.context.mailbox.convertToRestId(itemId, Office.MailboxEnums.RestVersion.v2_0);
  } catch {
    return null;
  }
}

/**
 * The text body, or null when Outlook refuses it (an Office error, as on some S/MIME and IRM items):
 * the item is then judged unreadable (osäker) instead of the pane showing an error.
 */
async function readBody(item: ReadItem): Promise<string | null> {
  try {
    return (await officeAsync<string>((cb) => item.body.getAsync(Office.CoercionType.Text, cb))) ?? '';
  } catch (e) {
    if (e instanceof OfficeError && e.code === 'office_failed') return null;
    throw e;
  }
}

export async function readCurrentItem(): Promise<CurrentItem> {
  const item = Office.context.mailbox.item as ReadItem | null | undefined;
  if (!item || !item.itemId) {
    throw new OfficeError('no_item', 'No message is selected');
  }
  const [bodyText, headers] = await Promise.all([readBody(item), readHeaders(item)]);
  const created = toIso(item.dateTimeCreated);
  const message: MailMessage = {
    id: item.itemId,
    receivedDateTime: created,
    sentDateTime: created,
    isRead: true,
    importance: 'normal',
    from: toAddress(item.from),
    toRecipients: (item.to ?? []).map(toAddress),
    ccRecipients: (item.cc ?? []).map(toAddress),
    subject: item.subject ?? '',
    body: { contentType: 'text', content: bodyText ?? '' },
    internetMessageHeaders: headers,
    attachments: toAttachments(item),
    // IPM.Note.SMIME, IPM.Schedule.Meeting.Request, REPORT.IPM.Note.NDR: items judged unreadable.
    ...(typeof item.itemClass === 'string' && item.itemClass ? { itemClass: item.itemClass } : {}),
    ...(bodyText === null ? { bodyUnreadable: true } : {}),
  };
  return { message, restId: toRestId(item.itemId), itemId: item.itemId };
}

/**
 * Follows the selection in a pinned task pane. The handler is called with no argument; it reads
 * the item again (which may be null when nothing is selected). Returns an unsubscribe function.
 */
export function onItemChanged(handler: () => void): () => void {
  const mailbox = Office.context?.mailbox;
  if (!mailbox || typeof mailbox.addHandlerAsync !== 'function') return () => undefined;
  const listener = () => handler();
  mailbox.addHandlerAsync(Office.EventType.ItemChanged, listener);
  return () => {
    try {
      mailbox.removeHandlerAsync(Office.EventType.ItemChanged);
    } catch {
      // The pane is going away; nothing left to unsubscribe from.
    }
  };
}
