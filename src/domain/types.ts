// Core value types shared by every layer: messages as the domain sees them, and verdicts.

/** The four answers Postvakt gives for a message (see the glossary in README.md). */
export type Category = 'registrera' | 'gallra_ej_allman' | 'gallra_ringa' | 'osaker';

export const CATEGORIES: readonly Category[] = ['registrera', 'gallra_ej_allman', 'gallra_ringa', 'osaker'];

export type Flag = 'personnummer' | 'sekretess' | 'phishing' | 'okand_bilaga' | 'massutskick' | 'svar_kravs';

export const FLAGS: readonly Flag[] = ['personnummer', 'sekretess', 'phishing', 'okand_bilaga', 'massutskick', 'svar_kravs'];

export type WellKnownFolder = 'inbox' | 'sentitems' | 'deleteditems' | 'drafts';

/** The folders a politician's e-mail lives in and that the guidelines tell them to keep empty. */
export const MAIL_FOLDERS: readonly WellKnownFolder[] = ['inbox', 'sentitems', 'deleteditems'];

export interface EmailAddress {
  name: string;
  address: string;
}

export interface MessageHeader {
  name: string;
  value: string;
}

export interface AttachmentInfo {
  name: string;
  contentType: string;
  /** Bytes. */
  size: number;
}

export type Importance = 'normal' | 'high' | 'low';

/**
 * A message as the classifier reads it. Field names follow Microsoft Graph's message
 * resource with recipients flattened to {name, address}, as in the corpus schema.
 */
export interface MailMessage {
  id: string;
  folder?: WellKnownFolder;
  receivedDateTime: string;
  sentDateTime: string;
  isRead: boolean;
  importance: Importance;
  from: EmailAddress;
  toRecipients: EmailAddress[];
  ccRecipients: EmailAddress[];
  subject: string;
  body: { contentType: 'text' | 'html'; content: string };
  internetMessageHeaders: MessageHeader[];
  attachments: AttachmentInfo[];
  /**
   * The MAPI message class when known (Office.js `itemClass`; Graph: an eventMessage is
   * `IPM.Schedule.Meeting.*`), e.g. `IPM.Note.SMIME`, `REPORT.IPM.Note.NDR`. Absent means a plain note.
   */
  itemClass?: string;
  /**
   * True when the mail client could not give the body (Office.js `body.getAsync` failed, as it may
   * on S/MIME or IRM items whose class it does not report): the item is judged unreadable.
   */
  bodyUnreadable?: boolean;
}

export interface Reason {
  /** The rule in Swedish, with its source, e.g. "Kramfors 5.2: kallelse inkommen för kännedom". */
  rule: string;
  /** What in the message the rule matched: a quoted phrase, header, sender or attachment. */
  evidence: string;
}

export interface Verdict {
  category: Category;
  /** A finer label within the category, e.g. "kallelse", "partipolitiskt", "medborgarkontakt". */
  subtype: string;
  /** 0..1 */
  confidence: number;
  reasons: Reason[];
  flags: Flag[];
}

/** Who owns the mailbox being classified. */
export interface MailboxOwner {
  name: string;
  address: string;
  roles: string[];
  party?: string;
}
