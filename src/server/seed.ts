// Builds the initial tenant from a corpus file: owners, registrars and admins, with their folders and mail.

import type { Corpus, CorpusMessage } from '../domain/corpus';
import { seededId, userGuid } from './ids';
import { seedSite, seedTrace } from './trace';
import type { Mailbox, ServerState, StoredFolder, StoredMessage, WellKnownName } from './model';

const FOLDERS: { name: WellKnownName; displayName: string; isHidden?: boolean }[] = [
  { name: 'inbox', displayName: 'Inbox' },
  { name: 'sentitems', displayName: 'Sent Items' },
  { name: 'deleteditems', displayName: 'Deleted Items' },
  { name: 'drafts', displayName: 'Drafts' },
  { name: 'archive', displayName: 'Archive' },
  { name: 'junkemail', displayName: 'Junk Email' },
  { name: 'outbox', displayName: 'Outbox' },
];

export function emptyMailbox(address: string, displayName: string): Mailbox {
  const key = address.toLowerCase();
  const rootId = seededId(key, 'folder', 'msgfolderroot');
  const folders: StoredFolder[] = [
    { id: rootId, displayName: 'Top of Information Store', parentFolderId: seededId(key, 'folder', 'root-parent'), wellKnownName: 'msgfolderroot', isHidden: false },
    ...FOLDERS.map((f) => ({ id: seededId(key, 'folder', f.name), displayName: f.displayName, parentFolderId: rootId, wellKnownName: f.name, isHidden: false })),
  ];
  return {
    id: userGuid(key),
    address,
    displayName,
    folders,
    messages: {},
    automaticReplies: { status: 'disabled', externalAudience: 'all', internalReplyMessage: '', externalReplyMessage: '' },
  };
}

export function folderByName(mailbox: Mailbox, name: WellKnownName): StoredFolder {
  return mailbox.folders.find((f) => f.wellKnownName === name)!;
}

function toStored(mailbox: Mailbox, m: CorpusMessage): StoredMessage {
  const key = mailbox.address.toLowerCase();
  const id = seededId(key, 'message', m.id);
  const folder = folderByName(mailbox, m.folder);
  const headers = m.internetMessageHeaders.slice();
  const messageId = headers.find((h) => h.name.toLowerCase() === 'message-id')?.value ?? `<${m.id}.${seededId(m.id).slice(6, 22)}@postvakt.local>`;
  return {
    id,
    folderId: folder.id,
    createdDateTime: m.receivedDateTime,
    lastModifiedDateTime: m.receivedDateTime,
    receivedDateTime: m.receivedDateTime,
    sentDateTime: m.sentDateTime,
    isRead: m.isRead,
    isDraft: false,
    importance: m.importance,
    from: { ...m.from },
    toRecipients: m.toRecipients.map((r) => ({ ...r })),
    ccRecipients: m.ccRecipients.map((r) => ({ ...r })),
    bccRecipients: [],
    replyTo: [],
    subject: m.subject,
    body: { ...m.body },
    internetMessageId: messageId,
    internetMessageHeaders: headers,
    conversationId: seededId(key, 'conversation', m.subject.replace(/^((re|sv|fw|fwd|vb):\s*)+/i, '').trim().toLowerCase()),
    categories: [],
    flagStatus: 'notFlagged',
    attachments: m.attachments.map((a, i) => ({
      id: seededId(key, 'attachment', m.id, String(i)),
      name: a.name,
      contentType: a.contentType,
      size: a.size,
      isInline: false,
      lastModifiedDateTime: m.receivedDateTime,
      contentBytes: null,
    })),
    // The message class as Graph exposes it: the MAPI property PidTagMessageClass.
    extended: m.itemClass ? [{ id: 'String 0x1a', value: m.itemClass }] : [],
    changeKey: seededId(id, 'ck').slice(6, 34),
  };
}

/** Graph's dateTimeTimeZone form in UTC: 2026-10-04T22:00:00.0000000. */
function graphDateTime(instant: string): string {
  return new Date(instant).toISOString().replace(/\.\d+Z$/, '.0000000');
}

/** The tenant a corpus describes; mailbox owners listed twice share one mailbox. */
export function seedState(corpus: Corpus): ServerState {
  const state: ServerState = {
    format: 'postvakt-graph-state/1',
    mailboxes: {},
    uploads: {},
    trace: [],
    site: seedSite(corpus),
    reportSettings: { displayConcealedNames: false },
  };
  const ensure = (address: string, name: string): Mailbox => {
    const existing = Object.values(state.mailboxes).find((m) => m.address.toLowerCase() === address.toLowerCase());
    if (existing) return existing;
    const box = emptyMailbox(address, name);
    state.mailboxes[box.id] = box;
    return box;
  };
  for (const mb of corpus.mailboxes) {
    const box = ensure(mb.owner.address, mb.owner.name);
    if (mb.automaticReplies) {
      const ar = mb.automaticReplies;
      box.automaticReplies.status = ar.status;
      if (ar.scheduledStartDateTime) box.automaticReplies.scheduledStartDateTime = { dateTime: graphDateTime(ar.scheduledStartDateTime), timeZone: 'UTC' };
      if (ar.scheduledEndDateTime) box.automaticReplies.scheduledEndDateTime = { dateTime: graphDateTime(ar.scheduledEndDateTime), timeZone: 'UTC' };
    }
    for (const m of mb.messages) {
      const stored = toStored(box, m);
      box.messages[stored.id] = stored;
    }
  }
  for (const org of corpus.organizations) {
    ensure(org.registrar.address, org.registrar.name);
    for (const admin of org.admins ?? []) ensure(admin.address, admin.name);
  }
  state.trace = seedTrace(Object.values(state.mailboxes));
  return state;
}
