// Mailbox data as the domain reads it: message metadata, folder counts, automatic replies and
// Postvakt's own metadata-only journal. The mailbox port (src/ports/mailbox.ts) moves these.

import type { StoredDecisionRecord } from './classify/learn';
import type { EmailAddress, WellKnownFolder } from './types';
import type { RegistrarFeedback, Registration } from './registrar/registration.types';

/** An Exchange immutable id (Prefer: IdType="ImmutableId"). Only these are persisted. */
export type MessageId = string & { readonly __brand: 'MessageId' };

export const asMessageId = (id: string): MessageId => id as MessageId;

/** Postvakt's own single-value extended properties on a message. */
export type PostvaktProperty =
  /** JSON: cached verdict keyed by classifier version, and the user's "Avgör senare" decision. */
  | 'state'
  /** JSON: send-to-registrar intent marker {key, step, at}; also set on the forward draft. */
  | 'intent'
  /** JSON: the registrar's Registration of a delivery (in the registrar mailbox only). */
  | 'registration';

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
  /** The registrar's journal of registrations (registrar mailbox only). */
  registrations?: Registration[];
  /** The registrar's word on the politician's deliveries, read from receipts (for learning). */
  feedback?: RegistrarFeedback[];
  /** The person's decisions as the classifier learns from them (features only, no text); absent in older documents. */
  decisions?: StoredDecisionRecord[];
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
