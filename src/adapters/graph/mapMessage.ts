// Translators from Graph's message JSON to the port's summaries and full messages.

import type { AttachmentInfo, EmailAddress, Importance, MessageHeader, WellKnownFolder } from '../../domain/types';
import { asMessageId, type FullMessage, type MessageSummary } from '../../ports/mailbox';
import { readProperties } from './properties';

/** Fields a summary needs: never bodies. */
export const SUMMARY_SELECT = [
  'id',
  'receivedDateTime',
  'sentDateTime',
  'isRead',
  'isDraft',
  'from',
  'toRecipients',
  'ccRecipients',
  'subject',
  'hasAttachments',
  'parentFolderId',
].join(',');

export const FULL_SELECT = [
  SUMMARY_SELECT,
  'importance',
  'body',
  'internetMessageHeaders',
  'internetMessageId',
].join(',');

interface RawRecipient {
  emailAddress?: { name?: unknown; address?: unknown };
}

export type RawMessage = Record<string, unknown>;

const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);

export function toAddress(raw: unknown): EmailAddress | null {
  const email = (raw as RawRecipient | null)?.emailAddress;
  if (!email || typeof email.address !== 'string') return null;
  return { name: str(email.name), address: email.address };
}

const toAddresses = (raw: unknown): EmailAddress[] =>
  Array.isArray(raw) ? raw.map(toAddress).filter((a): a is EmailAddress => a !== null) : [];

export const fromAddress = (a: EmailAddress): { emailAddress: { name: string; address: string } } => ({
  emailAddress: { name: a.name, address: a.address },
});

export type FolderResolver = (parentFolderId: unknown) => WellKnownFolder;

/** A listed folder's name, or where the folder placer put a message found across folders. */
export type Where = WellKnownFolder | { folder: WellKnownFolder; folderName?: string };

const placement = (where: Where): { folder: WellKnownFolder; folderName?: string } =>
  typeof where === 'string' ? { folder: where } : { folder: where.folder, ...(where.folderName ? { folderName: where.folderName } : {}) };

export function toSummary(raw: RawMessage, where: Where): MessageSummary {
  return {
    id: asMessageId(str(raw.id)),
    ...placement(where),
    receivedDateTime: str(raw.receivedDateTime),
    sentDateTime: str(raw.sentDateTime, str(raw.receivedDateTime)),
    isRead: raw.isRead === true,
    isDraft: raw.isDraft === true,
    from: toAddress(raw.from),
    toRecipients: toAddresses(raw.toRecipients),
    ccRecipients: toAddresses(raw.ccRecipients),
    subject: str(raw.subject),
    hasAttachments: raw.hasAttachments === true,
    properties: readProperties(raw.singleValueExtendedProperties).properties,
  };
}

const IMPORTANCE: readonly Importance[] = ['normal', 'high', 'low'];

function toHeaders(raw: unknown): MessageHeader[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((h): h is { name: string; value: unknown } => typeof h?.name === 'string')
    .map((h) => ({ name: h.name, value: str(h.value) }));
}

function toAttachments(raw: unknown): AttachmentInfo[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((a: Record<string, unknown>) => ({
    name: str(a.name),
    contentType: str(a.contentType, 'application/octet-stream'),
    size: typeof a.size === 'number' ? a.size : 0,
  }));
}

/** The message class: PidTagMessageClass when read, else what Graph's derived type says (an eventMessage). */
function itemClassOf(raw: RawMessage, messageClass: string | undefined): string | undefined {
  if (messageClass) return messageClass;
  const type = str(raw['@odata.type']).toLowerCase();
  if (type.includes('eventmessagerequest')) return 'IPM.Schedule.Meeting.Request';
  if (type.includes('eventmessageresponse')) return 'IPM.Schedule.Meeting.Resp';
  return type.includes('eventmessage') ? 'IPM.Schedule.Meeting' : undefined;
}

export function toFullMessage(raw: RawMessage, where: Where): FullMessage {
  const summary = toSummary(raw, where);
  const { size, messageClass } = readProperties(raw.singleValueExtendedProperties);
  const itemClass = itemClassOf(raw, messageClass);
  const body = (raw.body ?? {}) as { contentType?: unknown; content?: unknown };
  const importance = IMPORTANCE.find((i) => i === String(raw.importance).toLowerCase()) ?? 'normal';
  return {
    id: summary.id,
    ...placement(where),
    receivedDateTime: summary.receivedDateTime,
    sentDateTime: summary.sentDateTime,
    isRead: summary.isRead,
    isDraft: summary.isDraft,
    importance,
    from: summary.from ?? { name: '', address: '' },
    toRecipients: summary.toRecipients,
    ccRecipients: summary.ccRecipients,
    subject: summary.subject,
    body: { contentType: String(body.contentType).toLowerCase() === 'html' ? 'html' : 'text', content: str(body.content) },
    internetMessageHeaders: toHeaders(raw.internetMessageHeaders),
    attachments: toAttachments(raw.attachments),
    properties: summary.properties,
    ...(size === undefined ? {} : { size }),
    ...(itemClass ? { itemClass } : {}),
    ...(typeof raw.internetMessageId === 'string' && raw.internetMessageId ? { internetMessageId: raw.internetMessageId } : {}),
  };
}
