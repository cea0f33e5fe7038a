// Types of the registrar's side: a registration of a Postvakt delivery (OSL 5 kap. 2 §), its sekretess
// marking (OSL 5 kap. 5 §) and the feedback that goes back to the politician as a receipt.

import type { Category, EmailAddress } from '../types';

/** OSL 5:5: the marking names the provision, the date it was made and the authority that made it. */
export interface SekretessMarking {
  /** e.g. "OSL 26 kap. 1 §" */
  provision: string;
  /** YYYY-MM-DD */
  date: string;
  authority: string;
}

export type RegistrationStatus = 'registrerad' | 'makulerad';

/** One delivery as the registrar registered it (kept on the delivery and in the registrar's journal). */
export interface Registration {
  /** The organisation's diarienummer, e.g. "KS 2026/123". */
  diarienummer: string;
  /** Datum inkommen: the original's receivedDateTime in the politician's mailbox (ISO instant). */
  datumInkommen: string;
  /** When the registrar registered it (ISO instant). */
  registeredAt: string;
  /** The registrar's address. */
  registeredBy: string;
  /** Avsändare of the original (null when unknown). */
  avsandare: EmailAddress | null;
  /** The original's recipients. */
  mottagare: EmailAddress[];
  /** Kort om vad handlingen rör (prefilled from the subject, edited by the registrar). */
  arende: string;
  /** With sekretess the public register entry may leave out sender and subject: its public title. */
  publicTitle?: string;
  sekretess?: SekretessMarking;
  /** The delivery's reference (ten hex digits) and full idempotency key. */
  reference: string;
  key: string;
  /** The politician who forwarded it. */
  forwardedBy: EmailAddress;
  /** 'in' inkommen, 'out' upprättad (the politician wrote it). */
  direction: 'in' | 'out';
  originalSubject: string;
  /** RFC 5322 Message-ID of the original, when known. */
  originalInternetMessageId?: string;
  /** Hex SHA-256 of the .eml bytes. */
  emlSha256?: string;
  /** The delivery message's immutable id in the registrar mailbox (where the .eml is). */
  deliveryId?: string;
  /** The .eml attachment's file name in the delivery. */
  emlName: string;
  /** Attachments inside the .eml (from its MIME). */
  attachments: { name: string; contentType: string; size: number }[];
  status: RegistrationStatus;
  /** For a makulerad duplicate: the diarienummer or reference it duplicates, and why. */
  duplicateOf?: string;
  makuleradReason?: string;
  /** When the receipt was sent (set once). */
  receiptSentAt?: string;
}

/** What the registrar tells the politician about a delivery. */
export type FeedbackKind = 'diariford' | 'inte_allman_handling' | 'redan_diariford';

/**
 * The registrar's word on one delivery, stored in the politician's Postvakt store when the receipt
 * arrives: the classifier's learning from decisions reads these records.
 */
export interface RegistrarFeedback {
  /** The delivery's idempotency key and reference. */
  key: string;
  reference: string;
  kind: FeedbackKind;
  diarienummer?: string;
  /** When the registrar decided (ISO instant). */
  at: string;
  /** The verdict Postvakt had given the original when it was sent. */
  category?: Category;
  /** The original's sender address and subject as the journal holds them. */
  originalFrom?: string;
  originalSubject?: string;
}
