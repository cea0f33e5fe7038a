// Masking proposals for an e-mail log disclosure: what in each message-trace row a sekretessprövning
// should look at, with the reason and the OSL provision, and the official's decisions applied.
// Reuses the classifier's detectors (personnummer, an individual's health, social-services or
// pupil matter); the official decides, Postvakt only proposes.

import { findPersonnummer } from '../classify/personnummer';
import { detectSekretess } from '../classify/sekretess';
import type { Profile } from '../policy/types';
import { sensitiveFlags } from '../reports/sensitive';

/** What the masking reads from a message-trace row (structurally the ports' MessageTraceRow). */
export interface TraceRow {
  id: string;
  senderAddress: string;
  recipientAddress: string;
  subject: string;
  receivedDateTime: string;
}

export type MaskField = 'subject' | 'senderAddress' | 'recipientAddress';

export type MaskReason = 'personnummer' | 'halsa' | 'socialtjanst' | 'elevarende' | 'sekretess' | 'annat';

export interface MaskItem {
  field: MaskField;
  /** The exact text to replace within the field; absent: the whole field. */
  match?: string;
  reason: MaskReason;
  provision: string;
}

export interface MaskProposal {
  /** rowKey(row). */
  rowId: string;
  items: MaskItem[];
  /** Shown to the official beside the proposal, e.g. "personnummer" or "hälsa: »diagnos«". */
  evidence: string[];
}

export interface MaskDecision {
  rowId: string;
  status: 'accepted' | 'edited';
  items: MaskItem[];
  decidedBy: string;
  /** ISO instant. */
  decidedAt: string;
}

export const MASKED = '[maskerat]';

/**
 * A row's key: message trace has one row per recipient under the message's trace id, so the id
 * alone does not name a row.
 */
export function rowKey(row: Pick<TraceRow, 'id' | 'recipientAddress'>): string {
  return `${row.id}|${row.recipientAddress.toLowerCase()}`;
}

/**
 * Offentlighets- och sekretesslagen (2009:400). A politician's mailbox is not itself a care or
 * social-services activity, so health falls under the general 21 kap. 1 §; the nämnd's own
 * social services under 26 kap. 1 §; a pupil's support under 23 kap. 2 §. A personnummer is not
 * secret as such: 21 kap. 7 § (disclosure that would lead to processing in breach of the GDPR)
 * and, for protected identities, 21 kap. 3 § are the provisions to try.
 */
export const PROVISIONS: Record<MaskReason, { provision: string; sv: string; en: string }> = {
  personnummer: { provision: 'OSL 21 kap. 7 § (och 21 kap. 3 §)', sv: 'Personnummer', en: 'Personal identity number' },
  halsa: { provision: 'OSL 21 kap. 1 §', sv: 'Enskilds hälsa', en: "An individual's health" },
  socialtjanst: { provision: 'OSL 26 kap. 1 §', sv: 'Enskilds socialtjänstärende', en: "An individual's social-services matter" },
  elevarende: { provision: 'OSL 23 kap. 2 §', sv: 'Elevs särskilda stöd eller elevhälsa', en: "A pupil's special support or pupil health" },
  sekretess: { provision: 'OSL (bestämmelsen anges vid prövningen)', sv: 'Sekretess angiven i ämnet', en: 'Secrecy named in the subject' },
  annat: { provision: 'OSL (bestämmelsen anges vid prövningen)', sv: 'Annat skäl', en: 'Other reason' },
};

const SEKRETESS_KIND: Record<string, MaskReason> = { hälsa: 'halsa', socialtjänst: 'socialtjanst', elevärende: 'elevarende', sekretess: 'sekretess' };

function item(field: MaskField, reason: MaskReason, match?: string): MaskItem {
  return { field, reason, provision: PROVISIONS[reason].provision, ...(match !== undefined ? { match } : {}) };
}

/**
 * One proposal per row that needs a look (rows with nothing to mask are left out). A personnummer
 * is masked where it stands; a health, social-services or pupil matter masks the whole subject,
 * and the private individual's address too, since it ties the person to the matter.
 */
export function proposeMasking(rows: readonly TraceRow[], profile: Profile): MaskProposal[] {
  const proposals: MaskProposal[] = [];
  for (const row of rows) {
    const items: MaskItem[] = [];
    const evidence: string[] = [];
    const subject = row.subject ?? '';
    const sekretess = detectSekretess(subject);
    const reason = sekretess ? (SEKRETESS_KIND[sekretess.kind] ?? 'sekretess') : null;
    const numbers = findPersonnummer(subject);
    if (reason) {
      items.push(item('subject', reason));
      evidence.push(`${sekretess!.kind}: ${sekretess!.evidence}`);
    } else {
      for (const n of new Set(numbers)) items.push(item('subject', 'personnummer', n));
    }
    if (numbers.length > 0) evidence.push(`${numbers.length} personnummer`);
    if (reason) {
      const flags = sensitiveFlags({ subject: '', counterparts: [{ name: '', address: row.senderAddress }, { name: '', address: row.recipientAddress }] }, profile);
      const privateFlag = flags.find((f) => f.kind === 'privat_korrespondent');
      if (privateFlag) {
        const privateOnes = privateFlag.evidence.split(', ');
        if (privateOnes.includes(row.senderAddress)) items.push(item('senderAddress', reason));
        if (privateOnes.includes(row.recipientAddress)) items.push(item('recipientAddress', reason));
      }
    }
    if (items.length > 0) proposals.push({ rowId: rowKey(row), items, evidence });
  }
  return proposals;
}

function maskText(value: string, items: readonly MaskItem[]): string {
  if (items.some((i) => i.match === undefined)) return MASKED;
  let out = value;
  for (const i of items) if (i.match) out = out.split(i.match).join(MASKED);
  return out;
}

/** The row as disclosed: every decided item replaced by "[maskerat]". */
export function applyMasking<T extends TraceRow>(row: T, decision: Pick<MaskDecision, 'items'> | undefined): T {
  if (!decision || decision.items.length === 0) return row;
  const of = (field: MaskField) => decision.items.filter((i) => i.field === field);
  const masked = { ...row };
  if (of('subject').length) masked.subject = maskText(row.subject, of('subject'));
  if (of('senderAddress').length) masked.senderAddress = maskText(row.senderAddress, of('senderAddress'));
  if (of('recipientAddress').length) masked.recipientAddress = maskText(row.recipientAddress, of('recipientAddress'));
  return masked;
}
