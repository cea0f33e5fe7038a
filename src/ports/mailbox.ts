// Port: one user's mailbox. The Microsoft Graph adapter is the only implementation (real
// tenant, offline demo and tests alike); use cases and the UI depend on this interface only.

import type { AutomaticReplies, FolderSummary, JournalEntry, LogRequestHold, MessageId, MessageSummary, PostvaktProperty, PostvaktStore } from '../domain/mailbox';
import type { EmailAddress, MailMessage, WellKnownFolder } from '../domain/types';

export { asMessageId } from '../domain/mailbox';
export type {
  AutomaticReplies,
  FolderSummary,
  JournalEntry,
  LogRequestHold,
  LogRow,
  MessageId,
  MessageSummary,
  PostvaktProperty,
  PostvaktStore,
} from '../domain/mailbox';

export interface ListMessagesOptions {
  folders: readonly WellKnownFolder[];
  /** ISO instant: only messages received (sent, for sentitems) at or after it. */
  since?: string;
  /**
   * Also the messages the person filed elsewhere (subfolders, folders of their own, Archive), each
   * counted under its nearest well-known folder (`folderName` says where it is), then kept when that
   * folder is in `folders`. One listing of the whole mailbox; `since` then applies to the received
   * time of every message. What the mail server's log holds does not depend on folders.
   */
  everywhere?: boolean;
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

/** An attachment as listed (no content). */
export interface AttachmentSummary {
  id: string;
  name: string;
  contentType: string;
  size: number;
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

export interface MailboxPort {
  /** The mailbox owner's SMTP address. */
  readonly address: string;
  folderSummaries(): Promise<FolderSummary[]>;
  listMessages(options: ListMessagesOptions): Promise<MessageSummary[]>;
  /** One message with its body as text, headers and attachment metadata. */
  getMessage(id: MessageId): Promise<FullMessage>;
  /** Several messages with text bodies, fetched in pages (classification traffic). */
  getMessages(ids: readonly MessageId[]): Promise<FullMessage[]>;
  /** The message's file attachments, names and sizes only. */
  listAttachments(id: MessageId): Promise<AttachmentSummary[]>;
  /** One attachment's bytes; refused above `maxBytes` (checked against the listed size first). */
  getAttachmentBytes(id: MessageId, attachmentId: string, maxBytes: number): Promise<Uint8Array>;
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
