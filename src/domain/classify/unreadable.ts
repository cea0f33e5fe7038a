// Items whose content Postvakt cannot read (S/MIME, IRM, calendar invitations, delivery reports): osaker with the reason, never gallra.

import type { AttachmentInfo, MailMessage, MessageHeader, Verdict } from '../types';

export type UnreadableKind = 'smime' | 'irm' | 'kalender' | 'ndr' | 'innehall';

export interface Unreadable {
  kind: UnreadableKind;
  /** What in the item showed it: a header, an attachment name, the message class or the sender. */
  evidence: string;
}

const RULE: Record<UnreadableKind, string> = {
  smime: 'krypterat meddelande (S/MIME) – innehållet kan inte läsas, den förtroendevalda avgör',
  irm: 'rättighetsskyddat meddelande (IRM) – innehållet kan inte läsas, den förtroendevalda avgör',
  kalender: 'mötesinbjudan eller kalendersvar – bedöms i kalendern, inte som e-post',
  ndr: 'leveransrapport (meddelandet kunde inte levereras) – kontrollera vad som inte kom fram',
  innehall: 'innehållet kunde inte läsas i Outlook (skyddat eller krypterat?) – den förtroendevalda avgör',
};

const RIGHTS_HEADER = /^(x-ms-exchange-organization-(rightsprotectmessage|protected)|microsoft-rights-?management|x-microsoft-rights)/i;

/** What findUnreadable reads from the headers, found in one pass over them. */
interface HeaderFacts {
  /** The lower-cased values of the first Content-Type and Content-Class headers ('' when absent). */
  contentType: string;
  contentClass: string;
  /** The first header whose name says rights management (IRM). */
  rightsHeader: MessageHeader | undefined;
}

const X = 0x78;
const M = 0x6d;

/**
 * One pass over the headers (each name lower-cased only when its length fits). A name can match
 * RIGHTS_HEADER only when it begins with x or m (the i flag folds no other character to them), so the
 * regex runs on those alone.
 */
function headerFacts(headers: readonly MessageHeader[]): HeaderFacts {
  let contentType: string | undefined;
  let contentClass: string | undefined;
  let rightsHeader: MessageHeader | undefined;
  for (const h of headers) {
    const name = h.name;
    if (name.length === 12 && contentType === undefined && name.toLowerCase() === 'content-type') contentType = h.value.toLowerCase();
    else if (name.length === 13 && contentClass === undefined && name.toLowerCase() === 'content-class') contentClass = h.value.toLowerCase();
    if (rightsHeader === undefined) {
      const first = name.charCodeAt(0) | 0x20;
      if ((first === X || first === M) && RIGHTS_HEADER.test(name)) rightsHeader = h;
    }
  }
  return { contentType: contentType ?? '', contentClass: contentClass ?? '', rightsHeader };
}

const named = (attachments: AttachmentInfo[], test: (a: AttachmentInfo) => boolean): AttachmentInfo | undefined => attachments.find(test);

const lower = (s: string | undefined): string => (typeof s === 'string' ? s.toLowerCase() : '');

/** A short, safe excerpt for evidence (names come from senders: no control characters, bounded length). */
function shown(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}

function smime(m: MailMessage, contentType: string, itemClass: string): Unreadable | null {
  // A signed mail (multipart/signed) is readable; only an opaque pkcs7-mime body (encrypted or opaque-signed) is not.
  if (/application\/(x-)?pkcs7-mime/.test(contentType)) return { kind: 'smime', evidence: 'Content-Type: application/pkcs7-mime' };
  if (itemClass.startsWith('ipm.note.smime') && !itemClass.includes('multipartsigned')) return { kind: 'smime', evidence: `meddelandeklass ${shown(m.itemClass ?? '')}` };
  const p7m = named(m.attachments, (a) => /(^|\.)p7m$/i.test(a.name.trim()) || /application\/(x-)?pkcs7-mime/i.test(a.contentType));
  return p7m ? { kind: 'smime', evidence: `bilagan ${shown(p7m.name)}` } : null;
}

function irm(m: MailMessage, headers: HeaderFacts, itemClass: string): Unreadable | null {
  const { contentClass, rightsHeader: protectedHeader } = headers;
  if (contentClass.includes('rpmsg')) return { kind: 'irm', evidence: `Content-Class: ${shown(contentClass)}` };
  if (itemClass.includes('rpmsg')) return { kind: 'irm', evidence: `meddelandeklass ${shown(m.itemClass ?? '')}` };
  if (protectedHeader) return { kind: 'irm', evidence: `huvudet ${shown(protectedHeader.name)}` };
  const rpmsg = named(m.attachments, (a) => /\.rpmsg$/i.test(a.name.trim()) || /rpmsg/i.test(a.contentType));
  return rpmsg ? { kind: 'irm', evidence: `bilagan ${shown(rpmsg.name)}` } : null;
}

function calendar(m: MailMessage, { contentType, contentClass }: HeaderFacts, itemClass: string): Unreadable | null {
  if (itemClass.startsWith('ipm.schedule.meeting')) return { kind: 'kalender', evidence: `meddelandeklass ${shown(m.itemClass ?? '')}` };
  if (contentType.includes('text/calendar')) return { kind: 'kalender', evidence: 'Content-Type: text/calendar' };
  if (contentClass.includes('calendarmessage')) return { kind: 'kalender', evidence: 'Content-Class: calendarmessage' };
  // An invitation that is only an .ics file (no text of its own).
  const onlyIcs = m.attachments.length > 0 && m.attachments.every((a) => /\.(ics|vcs)$/i.test(a.name.trim()) || /text\/calendar/i.test(a.contentType));
  return onlyIcs && m.body.content.trim().length < 40 ? { kind: 'kalender', evidence: `bilagan ${shown(m.attachments[0].name)}` } : null;
}

const NDR_SUBJECT = /^\s*(undeliverable|undelivered mail|olevererbar[at]?|ej levererat|kunde inte levereras|delivery status notification \(failure\)|mail delivery (failed|failure)|returned mail|delivery has failed)\b/i;

function ndr(m: MailMessage, contentType: string, itemClass: string): Unreadable | null {
  if (contentType.includes('multipart/report') && /report-type="?delivery-status/.test(contentType)) return { kind: 'ndr', evidence: 'Content-Type: multipart/report; report-type=delivery-status' };
  if (itemClass.startsWith('report.') && itemClass.includes('.ndr')) return { kind: 'ndr', evidence: `meddelandeklass ${shown(m.itemClass ?? '')}` };
  const address = lower(m.from?.address);
  const at = address.indexOf('@');
  const local = at < 0 ? address : address.slice(0, at);
  const systemSender = local === 'postmaster' || local === 'mailer-daemon' || local === 'microsoftexchange329e71ec88ae4615bbc36ab6ce41109e';
  if (systemSender && NDR_SUBJECT.test(m.subject)) return { kind: 'ndr', evidence: `avsändare ${shown(m.from.address)}; ämnet "${shown(m.subject)}"` };
  if (systemSender) return { kind: 'ndr', evidence: `avsändare ${shown(m.from.address)}` };
  return NDR_SUBJECT.test(m.subject) && m.attachments.some((a) => /message\/(rfc822|delivery-status)/i.test(a.contentType) || /\.eml$/i.test(a.name)) ? { kind: 'ndr', evidence: `ämnet "${shown(m.subject)}"` } : null;
}

/** Why the item cannot be judged from its content, or null when it can. */
export function findUnreadable(m: MailMessage): Unreadable | null {
  const headers = headerFacts(m.internetMessageHeaders);
  const { contentType } = headers;
  const itemClass = lower(m.itemClass);
  const known = smime(m, contentType, itemClass) ?? irm(m, headers, itemClass) ?? calendar(m, headers, itemClass) ?? ndr(m, contentType, itemClass);
  if (known || !m.bodyUnreadable) return known;
  return { kind: 'innehall', evidence: 'Outlook kunde inte ge meddelandets text' };
}

/** The subtype prefix of every unreadable item's verdict ("olasbart_kalender"). */
export const UNREADABLE_SUBTYPE = 'olasbart_';

/** The osaker verdict for an unreadable item, citing the rule (`ref`: the profile's guideline). */
export function unreadableVerdict(found: Unreadable, ref: string): Verdict {
  return { category: 'osaker', subtype: `${UNREADABLE_SUBTYPE}${found.kind}`, confidence: 0.3, reasons: [{ rule: `${ref}: ${RULE[found.kind]}`, evidence: found.evidence }], flags: [] };
}
