// Port: one user's mailbox. The Microsoft Graph adapter is the only implementation (real
// tenant, offline demo and tests alike); use cases and the UI depend on this interface only.

import type { EmailAddress, MailMessage, WellKnownFolder } from '../domain/types';

/** An Exchange immutable id (Prefer: IdType="ImmutableId"). Only these are persisted. */
export type MessageId = string & { readonly __brand: 'MessageId' };

export const asMessageId = (id: string): MessageId => id as MessageId;

/** Postvakt's own single-value extended properties on a message. */
export type PostvaktProperty =
  /** JSON: cached verdict keyed by classifier version, and the user's "Avgör senare" decision. */
  | 'state'
  /** JSON: send-to-registrar intent marker {key, step, at}; also set on the forward draft. */
  | 'intent';

export interface FolderSummary {
  folder: WellKnownFolder;
  id: string;
  totalItemCount: number;
  unreadItemCount: number;
}

/** Message metadata as listed (never bodies in lists). */
export interface MessageSummary {
  id: MessageId;
  /** The well-known folder holding it; for a message in another folder, its nearest well-known ancestor ('inbox' when none). */
  folder: WellKnownFolder;
  /** Only for a message outside the well-known folders themselves: its folder's path, e.g. "Inkorgen/Nämnd". */
  folderName?: string;
  receivedDateTime: string;
  sentDateTime: string;
  isRead: boolean;
  isDraft: boolean;
  from: EmailAddress | null;
  toRecipients: EmailAddress[];
  ccRecipients: EmailAddress[];
  subject: string;
  hasAttachments: boolean;
  /** Postvakt's extended properties present on the message. */
  properties: Partial<Record<PostvaktProperty, string>>;
}

export interface ListMessagesOptions {
  folders: readonly WellKnownFolder[];
  /** ISO instant: only messages received (sent, for sentitems) at or after it. */
  since?: string;
}

export interface FullMessage extends MailMessage {
  id: MessageId;
  /** As in MessageSummary. */
  folder: WellKnownFolder;
  folderName?: string;
  /** Whether it is an unsent draft, when the adapter knows. */
  isDraft?: boolean;
  /** Total size in bytes as Exchange reports it (PidTagMessageSize), when known. */
  size?: number;
  /** The RFC 5322 Message-ID (Graph's internetMessageId): the same for every copy of one message. */
  internetMessageId?: string;
  properties: Partial<Record<PostvaktProperty, string>>;
}

export interface OutgoingAttachment {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface OutgoingMessage {
  subject: string;
  /** Plain text body. */
  body: string;
  toRecipients: EmailAddress[];
  properties?: Partial<Record<PostvaktProperty, string>>;
}

export interface BulkProgress {
  done: number;
  failed: number;
  total: number;
}

export interface BulkOptions {
  onProgress?: (progress: BulkProgress) => void;
  /** Checked between batches: an aborted run stops and reports what is left. */
  signal?: AbortSignal;
  /** Milliseconds to keep re-queueing throttled items before giving up. */
  budgetMs?: number;
}

export interface BulkFailure {
  id: MessageId;
  code: string;
  message: string;
}

export interface BulkResult {
  done: MessageId[];
  failed: BulkFailure[];
  /** Not attempted because the run was cancelled or the budget ran out. */
  notAttempted: MessageId[];
}

/** One property value to write on one message (bulk writes). */
export interface PropertyWrite {
  id: MessageId;
  property: PostvaktProperty;
  value: string;
}

export interface AutomaticReplies {
  status: 'disabled' | 'alwaysEnabled' | 'scheduled';
  scheduledStartDateTime?: string;
  scheduledEndDateTime?: string;
}

/**
 * Postvakt's own small document in the user's mailbox: the metadata-only record of what it
 * purged or forwarded (for the 30-day log exposure report) and the e-mail log request holds.
 */
export interface PostvaktStore {
  journal: JournalEntry[];
  holds: LogRequestHold[];
}

/** A row of the e-mail log as a disclosure lists it. */
export interface LogRow {
  /** When the logged message was sent or received (the log row's own time). */
  dateTime: string;
  direction: 'in' | 'out';
  from: EmailAddress | null;
  to: EmailAddress[];
  cc: EmailAddress[];
  subject: string;
}

export interface JournalEntry extends LogRow {
  action: 'gallrad' | 'skickad_till_registrator' | 'vidarebefordran';
  actedAt: string;
  /** The purged message's immutable id: a row whose message is still listed is not counted twice. */
  messageId?: string;
  /** Identifies the entry so a resumed run writes it once (e.g. '<idempotency key>:original'). */
  ref?: string;
  /** The person's reason for purging a message Postvakt judged registrera (an explicit override). */
  overrideReason?: string;
}

export interface LogRequestHold {
  id: string;
  /** Who asked and when, as the kansli reported it. */
  reference: string;
  since: string;
}

export interface MailboxPort {
  /** The mailbox owner's SMTP address. */
  readonly address: string;
  folderSummaries(): Promise<FolderSummary[]>;
  listMessages(options: ListMessagesOptions): Promise<MessageSummary[]>;
  /** One message with its body as text, headers and attachment metadata. */
  getMessage(id: MessageId): Promise<FullMessage>;
  /** Several messages with text bodies, fetched in pages (classification traffic). */
  getMessages(ids: readonly MessageId[]): Promise<FullMessage[]>;
  /** The message's MIME (RFC 822) content. */
  getMime(id: MessageId): Promise<Uint8Array>;
  setProperty(id: MessageId, property: PostvaktProperty, value: string): Promise<void>;
  /** Many property writes through $batch (20 a request); re-queues throttled items within the budget. */
  setProperties(writes: readonly PropertyWrite[], options?: BulkOptions): Promise<BulkResult>;
  /** Every copy of a message in the mailbox, found by its Message-ID (Graph's internetMessageId). */
  findByInternetMessageId(internetMessageId: string): Promise<MessageSummary[]>;
  /** Messages (drafts and sent items included) whose intent property contains the key. */
  findByIntentKey(key: string): Promise<MessageSummary[]>;
  createDraft(message: OutgoingMessage): Promise<MessageId>;
  /** Small files in one POST; above 3 MB through an upload session. */
  addAttachment(draftId: MessageId, attachment: OutgoingAttachment): Promise<void>;
  sendDraft(draftId: MessageId): Promise<void>;
  permanentDelete(id: MessageId): Promise<void>;
  /** Bulk permanent delete through $batch; re-queues throttled items within the budget. */
  permanentDeleteMany(ids: readonly MessageId[], options?: BulkOptions): Promise<BulkResult>;
  automaticReplies(): Promise<AutomaticReplies>;
  /** Translates REST ids (as Office.js gives after convertToRestId) to immutable ids. */
  toImmutableIds(restIds: readonly string[]): Promise<MessageId[]>;
  loadStore(): Promise<PostvaktStore>;
  saveStore(store: PostvaktStore): Promise<void>;
}
