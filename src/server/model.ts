// The server's state: users, folders, messages and attachments, as JSON-serialisable records.

export interface Address {
  name: string;
  address: string;
}

export interface StoredAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  isInline: boolean;
  lastModifiedDateTime: string;
  /** Base64; null for seeded attachments, whose bytes are generated on demand (deterministic filler). */
  contentBytes: string | null;
}

export interface ExtendedProperty {
  id: string;
  value: string;
}

export interface StoredMessage {
  id: string;
  folderId: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  receivedDateTime: string;
  sentDateTime: string;
  isRead: boolean;
  isDraft: boolean;
  importance: 'low' | 'normal' | 'high';
  from: Address | null;
  toRecipients: Address[];
  ccRecipients: Address[];
  bccRecipients: Address[];
  replyTo: Address[];
  subject: string;
  body: { contentType: 'text' | 'html'; content: string };
  internetMessageId: string;
  internetMessageHeaders: { name: string; value: string }[];
  conversationId: string;
  categories: string[];
  flagStatus: 'notFlagged' | 'flagged' | 'complete';
  attachments: StoredAttachment[];
  extended: ExtendedProperty[];
  changeKey: string;
}

export type WellKnownName = 'msgfolderroot' | 'inbox' | 'sentitems' | 'deleteditems' | 'drafts' | 'archive' | 'junkemail' | 'outbox';

export interface StoredFolder {
  id: string;
  displayName: string;
  parentFolderId: string;
  wellKnownName: WellKnownName | null;
  isHidden: boolean;
}

export interface AutomaticReplies {
  status: 'disabled' | 'alwaysEnabled' | 'scheduled';
  externalAudience: 'none' | 'contactsOnly' | 'all';
  internalReplyMessage: string;
  externalReplyMessage: string;
  scheduledStartDateTime?: { dateTime: string; timeZone: string };
  scheduledEndDateTime?: { dateTime: string; timeZone: string };
}

export interface Mailbox {
  id: string;
  address: string;
  displayName: string;
  folders: StoredFolder[];
  messages: Record<string, StoredMessage>;
  automaticReplies: AutomaticReplies;
}

export interface UploadSessionRecord {
  id: string;
  mailboxId: string;
  messageId: string;
  name: string;
  contentType: string;
  size: number;
  isInline: boolean;
  received: number;
  /** Base64 chunks in order. */
  chunks: string[];
  expirationDateTime: string;
  token: string;
}

/** One row of the tenant's message trace: every message received or sent, kept when the mail is purged. */
export interface TraceRecord {
  id: string;
  messageId: string;
  senderAddress: string;
  recipientAddress: string;
  subject: string;
  receivedDateTime: string;
  status: 'delivered' | 'failed' | 'pending' | 'expanded' | 'quarantined' | 'filteredAsSpam' | 'gettingStatus';
  size: number;
  fromIP: string;
  toIP: string;
}

/** A SharePoint list item: `fields` holds the columns (strings, numbers, booleans), `author` the creator's address. */
export interface ListItemRecord {
  id: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  author: string;
  editor: string;
  fields: Record<string, string | number | boolean | null>;
}

export interface ListRecord {
  id: string;
  name: string;
  displayName: string;
  /** SharePoint item-level permissions: 'own' = ReadSecurity/WriteSecurity 2 (only the items one created). */
  readSecurity: 'all' | 'own';
  /** Who may create and edit items: everyone (own items only) or only the given roles (any item). */
  writers: 'own' | 'admin+registrar';
  /** Columns that may be filtered on without the HonorNonIndexedQueries header. */
  indexed: string[];
  nextItemId: number;
  items: ListItemRecord[];
}

/** The organisation's SharePoint site holding Postvakt's two lists. */
export interface SiteRecord {
  id: string;
  hostname: string;
  lists: Record<string, ListRecord>;
}

export interface ServerState {
  format: 'postvakt-graph-state/1';
  mailboxes: Record<string, Mailbox>;
  uploads: Record<string, UploadSessionRecord>;
  /** Added with the admin side; state files written before it get them from the seed when opened. */
  trace: TraceRecord[];
  site: SiteRecord;
  reportSettings: { displayConcealedNames: boolean };
}

export function findMailbox(state: ServerState, idOrAddress: string): Mailbox | undefined {
  const direct = state.mailboxes[idOrAddress];
  if (direct) return direct;
  const lower = idOrAddress.toLowerCase();
  return Object.values(state.mailboxes).find((m) => m.address.toLowerCase() === lower || m.id === lower);
}
