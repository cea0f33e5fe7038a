// Smart Alerts decision on an outgoing mail (Mjölby's e-mail rules): pure, fast, no network.

import { findPersonnummer } from './classify/personnummer';
import { detectSekretess } from './classify/sekretess';
import type { Profile } from './policy/types';

export interface OutgoingRecipient {
  address: string;
  /** True for a distribution list or group address (one address, many readers). */
  isGroup?: boolean;
}

export interface OutgoingMessage {
  subject: string;
  /** Body as plain text. */
  body: string;
  to: OutgoingRecipient[];
  cc: OutgoingRecipient[];
  bcc: OutgoingRecipient[];
}

export type SendRule = 'personnummer' | 'sekretess' | 'massutskick';

export interface SendCheck {
  allow: boolean;
  /** Every rule the mail breaks, most serious first. */
  rules: SendRule[];
  /** The first (most serious) rule, or null when the mail may go. */
  rule: SendRule | null;
  /** At most 500 characters (Outlook's limit for a Smart Alerts message); empty when allowed. */
  messageSv: string;
  messageEn: string;
}

/** Outlook truncates longer Smart Alerts texts. */
export const MAX_ALERT_CHARS = 500;

/** Text scanned per mail: keeps the check well inside the 5-second budget even for huge bodies. */
const MAX_SCAN_CHARS = 200_000;

const TEXTS: Record<SendRule, (detail: { sv: string; en: string }) => { sv: string; en: string }> = {
  personnummer: () => ({
    sv: 'Mejlet innehåller ett personnummer. Mjölbys e-postregel: "Undvik att skicka personuppgifter t ex personnummer via e-post." Ta bort personnumret, eller lämna uppgiften på annat sätt (telefon, brev).',
    en: 'The mail contains a Swedish personal identity number. Mjölby e-mail rule: avoid sending personal data such as personal identity numbers by e-mail. Remove it, or give it another way (phone, letter).',
  }),
  sekretess: (kind) => ({
    sv: `Mejlet kan innehålla sekretessbelagd information (${kind.sv}). Mjölbys e-postregel: "E-post får inte användas för att skicka sekretessbelagd information." Skicka inte uppgiften med e-post; fråga nämndens sekreterare hur den ska lämnas.`,
    en: `The mail may contain confidential information (${kind.en}). Mjölby e-mail rule: e-mail must not be used to send confidential information. Do not send it by e-mail; ask the committee secretary how to pass it on.`,
  }),
  massutskick: (count) => ({
    sv: `Mejlet går till ${count.sv}. Mjölbys e-postregel: "Var selektiv med att använda stora gruppadresser (massutskick)." Kontrollera att alla mottagare behöver mejlet, eller skicka färre.`,
    en: `The mail goes to ${count.en}. Mjölby e-mail rule: be selective with large group addresses (mass mailings). Check that every recipient needs it, or send to fewer.`,
  }),
};

function clip(text: string): string {
  return text.length <= MAX_ALERT_CHARS ? text : `${text.slice(0, MAX_ALERT_CHARS - 1)}…`;
}

function recipientCount(message: OutgoingMessage): { count: number; groups: number } {
  const unique = new Map<string, OutgoingRecipient>();
  for (const r of [...message.to, ...message.cc, ...message.bcc]) unique.set(r.address.toLowerCase(), r);
  let groups = 0;
  for (const r of unique.values()) if (r.isGroup) groups += 1;
  return { count: unique.size, groups };
}

export function checkOutgoing(message: OutgoingMessage, profile: Pick<Profile, 'massMailingRecipients'>): SendCheck {
  const text = `${message.subject}\n${message.body}`.slice(0, MAX_SCAN_CHARS);
  const found: { rule: SendRule; detail: { sv: string; en: string } }[] = [];
  const sekretess = detectSekretess(text);
  if (sekretess) found.push({ rule: 'sekretess', detail: { sv: sekretess.kind, en: sekretess.kind } });
  if (findPersonnummer(text).length > 0) found.push({ rule: 'personnummer', detail: { sv: '', en: '' } });
  const { count, groups } = recipientCount(message);
  if (count >= profile.massMailingRecipients || groups > 0) {
    const sv = groups > 0 ? `en gruppadress (${count} adress${count === 1 ? '' : 'er'} totalt)` : `${count} mottagare`;
    const en = groups > 0 ? `a group address (${count} address${count === 1 ? '' : 'es'} in all)` : `${count} recipients`;
    found.push({ rule: 'massutskick', detail: { sv, en } });
  }
  if (found.length === 0) return { allow: true, rules: [], rule: null, messageSv: '', messageEn: '' };
  const first = found[0]!;
  const texts = TEXTS[first.rule](first.detail);
  const more = found.length > 1 ? ` (Även: ${found.slice(1).map((f) => f.rule).join(', ')}.)` : '';
  return {
    allow: false,
    rules: found.map((f) => f.rule),
    rule: first.rule,
    messageSv: clip(texts.sv + more),
    messageEn: clip(texts.en + (found.length > 1 ? ` (Also: ${found.slice(1).map((f) => f.rule).join(', ')}.)` : '')),
  };
}
