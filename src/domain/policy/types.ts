// The policy profile: one organisation's rules as data (validated by parsePolicy).

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export type ReadCadence =
  /** Kramfors 5.2: "E-posten ska öppnas varje dag, måndag till fredag". */
  | { kind: 'weekdays'; source: string }
  /** Region Kronoberg: "Läs sin @kronobergs-mejl minst varannan dag". */
  | { kind: 'everyNDays'; days: number; source: string };

export interface MeetingTool {
  name: string;
  /** Sender addresses or domains the tool writes from (may be the organisation's own domain). */
  senders: string[];
  /** Phrases its notices use, e.g. "handlingarna är publicerade". Matched on text, not only sender. */
  phrases: string[];
}

export interface Profile {
  id: string;
  name: string;
  /** Politicians' domain (may equal the staff domain, as in Mjölby). */
  politicianDomain: string;
  orgDomains: string[];
  registrar: { name: string; address: string };
  /** Other people who register in the registrar mailbox (signed in as themselves). */
  registrars?: { name: string; address: string }[];
  /** The diarienummer the registrar types, e.g. pattern "^KS \\d{4}/\\d+$", example "KS 2026/123". */
  diarienummer?: { pattern: string; example: string };
  admins: { name: string; address: string }[];
  meetingTools: MeetingTool[];
  /** Party domains: evidence, not proof (local associations write from gmail too). */
  partyDomains: string[];
  readCadence: ReadCadence;
  /** The e-mail log window in days (a local gallringsfrist, 30 by default). */
  logWindowDays: number;
  /** Largest message Exchange accepts, bytes (default 35 MB). */
  maxMessageBytes: number;
  /** Recipients at or above which a mailing counts as a large group (Mjölby: massutskick). */
  massMailingRecipients: number;
  /** Attachment size at or above which a mailing counts as carrying a large file. */
  largeAttachmentBytes: number;
  language: 'sv' | 'en';
  /**
   * The roster of elected members (förtroendevalda) and their group addresses, lower case. Where
   * politicians and staff share one domain (Mjölby, Bjurholm), mail from these addresses counts as
   * a fellow politician's, so a party group's internal mail is recognised. Absent: no roster.
   */
  members?: string[];
  /** How rule citations name the local guideline, e.g. "Kramfors 5.2"; absent: the law (TF 2 kap.). */
  guidelineRef?: string;
}
