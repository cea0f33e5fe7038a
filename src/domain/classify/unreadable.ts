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

/** The lower-cased value of the first header named `name` (lower case); a name of another length is not lower-cased to compare. */
const header = (headers: MessageHeader[], name: string): string =>
  headers.find((h) => h.name.length === name.length && h.name.toLowerCase() === name)?.value.toLowerCase() ?? '';

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

function irm(m: MailMessage, itemClass: string): Unreadable | null {
  const contentClass = header(m.internetMessageHeaders, 'content-class');
  if (contentClass.includes('rpmsg')) return { kind: 'irm', evidence: `Content-Class: ${shown(contentClass)}` };
  if (itemClass.includes('rpmsg')) return { kind: 'irm', evidence: `meddelandeklass ${shown(m.itemClass ?? '')}` };
  const protectedHeader = m.internetMessageHeaders.find((h) => /^(x-ms-exchange-organization-(rightsprotectmessage|protected)|microsoft-rights-?management|x-microsoft-rights)/i.test(h.name));
  if (protectedHeader) return { kind: 'irm', evidence: `huvudet ${shown(protectedHeader.name)}` };
  const rpmsg = named(m.attachments, (a) => /\.rpmsg$/i.test(a.name.trim()) || /rpmsg/i.test(a.contentType));
  return rpmsg ? { kind: 'irm', evidence: `bilagan ${shown(rpmsg.name)}` } : null;
}

function calendar(m: MailMessage, contentType: string, itemClass: string): Unreadable | null {
  if (itemClass.startsWith('ipm.schedule.meeting')) return { kind: 'kalender', evidence: `meddelandeklass ${shown(m.itemClass ?? '')}` };
  if (contentType.includes('text/calendar')) return { kind: 'kalender', evidence: 'Content-Type: text/calendar' };
  if (header(m.internetMessageHeaders, 'content-class').includes('calendarmessage')) return { kind: 'kalender', evidence: 'Content-Class: calendarmessage' };
  // An invitation that is only an .ics file (no text of its own).
  const onlyIcs = m.attachments.length > 0 && m.attachments.every((a) => /\.(ics|vcs)$/i.test(a.name.trim()) || /text\/calendar/i.test(a.contentType));
  return onlyIcs && m.body.content.trim().length < 40 ? { kind: 'kalender', evidence: `bilagan ${shown(m.attachments[0].name)}` } : null;
}

const NDR_SUBJECT = /^\s*(undeliverable|undelivered mail|olevererbar[at]?|ej levererat|kunde inte levereras|delivery status notification \(failure\)|mail delivery (failed|failure)|returned mail|delivery has failed)\b/i;

function ndr(m: MailMessage, contentType: string, itemClass: string): Unreadable | null {
  if (contentType.includes('multipart/report') && /report-type="?delivery-status/.test(contentType)) return { kind: 'ndr', evidence: 'Content-Type: multipart/report; report-type=delivery-status' };
  if (itemClass.startsWith('report.') && itemClass.includes('.ndr')) return { kind: 'ndr', evidence: `meddelandeklass ${shown(m.itemClass ?? '')}` };
  const local = lower(m.from?.address).split('@')[0];
  const systemSender = local === 'postmaster' || local === 'mailer-daemon' || local === 'microsoftexchange329e71ec88ae4615bbc36ab6ce41109e';
  if (systemSender && NDR_SUBJECT.test(m.subject)) return { kind: 'ndr', evidence: `avsändare ${shown(m.from.address)}; ämnet "${shown(m.subject)}"` };
  if (systemSender) return { kind: 'ndr', evidence: `avsändare ${shown(m.from.address)}` };
  return NDR_SUBJECT.test(m.subject) && m.attachments.some((a) => /message\/(rfc822|delivery-status)/i.test(a.contentType) || /\.eml$/i.test(a.name)) ? { kind: 'ndr', evidence: `ämnet "${shown(m.subject)}"` } : null;
}

/** Why the item cannot be judged from its content, or null when it can. */
export function findUnreadable(m: MailMessage): Unreadable | null {
  const contentType = header(m.internetMessageHeaders, 'content-type');
  const itemClass = lower(m.itemClass);
  const known = smime(m, contentType, itemClass) ?? irm(m, itemClass) ?? calendar(m, contentType, itemClass) ?? ndr(m, contentType, itemClass);
  if (known || !m.bodyUnreadable) return known;
  return { kind: 'innehall', evidence: 'Outlook kunde inte ge meddelandets text' };
}

/** The osaker verdict for an unreadable item, citing the rule (`ref`: the profile's guideline). */
export function unreadableVerdict(found: Unreadable, ref: string): Verdict {
  return { category: 'osaker', subtype: `olasbart_${found.kind}`, confidence: 0.3, reasons: [{ rule: `${ref}: ${RULE[found.kind]}`, evidence: found.evidence }], flags: [] };
}
