// The tenant's message trace (Exchange keeps it whatever users delete) and the organisation's SharePoint site.

import type { Corpus } from '../domain/corpus';
import { userGuid } from './ids';
import type { ListRecord, Mailbox, ServerState, SiteRecord, StoredMessage, TraceRecord } from './model';
import { messageSize } from './render';

export const COMPLIANCE_LIST = 'PostvaktCompliance';
export const LOG_REQUEST_LIST = 'PostvaktLogRequests';

const INTERNAL_IP = '10.0.0.25';
const EXTERNAL_IP = '203.0.113.10';

/** One row per recipient; `id` is stable per message (as Exchange's message trace id is). */
export function traceRows(m: StoredMessage, senderAddress: string, at: string, tenantAddresses: Set<string>): TraceRecord[] {
  const recipients = [...m.toRecipients, ...m.ccRecipients, ...m.bccRecipients].map((r) => r.address.toLowerCase());
  const traceId = userGuid(`trace:${m.internetMessageId}`);
  const size = messageSize(m);
  return [...new Set(recipients)].map((recipient) => ({
    id: traceId,
    messageId: m.internetMessageId,
    senderAddress: senderAddress.toLowerCase(),
    recipientAddress: recipient,
    subject: m.subject,
    receivedDateTime: new Date(at).toISOString(),
    status: 'delivered',
    size,
    fromIP: tenantAddresses.has(senderAddress.toLowerCase()) ? INTERNAL_IP : EXTERNAL_IP,
    toIP: tenantAddresses.has(recipient) ? '' : EXTERNAL_IP,
  }));
}

/** The trace the seeded mail implies: sent items give a row per recipient, everything else a row to the owner. */
export function seedTrace(mailboxes: Mailbox[]): TraceRecord[] {
  const addresses = new Set(mailboxes.map((b) => b.address.toLowerCase()));
  const seen = new Set<string>();
  const rows: TraceRecord[] = [];
  const add = (r: TraceRecord) => {
    const key = `${r.messageId}\u0000${r.recipientAddress}`;
    if (seen.has(key)) return;
    seen.add(key);
    rows.push(r);
  };
  for (const box of mailboxes) {
    const sent = box.folders.find((f) => f.wellKnownName === 'sentitems')?.id;
    const drafts = box.folders.find((f) => f.wellKnownName === 'drafts')?.id;
    for (const m of Object.values(box.messages)) {
      if (m.isDraft || m.folderId === drafts) continue;
      if (m.folderId === sent) {
        for (const r of traceRows(m, box.address, m.sentDateTime, addresses)) add(r);
      } else {
        const own = { ...m, toRecipients: [{ name: box.displayName, address: box.address }], ccRecipients: [], bccRecipients: [] };
        for (const r of traceRows(own, m.from?.address ?? 'unknown@invalid', m.receivedDateTime, addresses)) add(r);
      }
    }
  }
  return rows.sort((a, b) => a.receivedDateTime.localeCompare(b.receivedDateTime));
}

/** Appends the rows of a message just sent (tenant and external recipients alike). */
export function appendTrace(state: ServerState, m: StoredMessage, sender: string, at: string): void {
  const addresses = new Set(Object.values(state.mailboxes).map((b) => b.address.toLowerCase()));
  state.trace.push(...traceRows(m, sender, at, addresses));
}

function list(id: string, name: string, displayName: string, options: Pick<ListRecord, 'readSecurity' | 'writers' | 'indexed'>): ListRecord {
  return { id, name, displayName, ...options, nextItemId: 1, items: [] };
}

/** The organisation's site (`{hostname},{site guid},{web guid}`) with the compliance and log-request lists. */
export function seedSite(corpus: Corpus): SiteRecord {
  const org = corpus.organizations[0];
  const key = org?.id ?? 'postvakt';
  const hostname = `${key.replace(/[^a-z0-9-]/gi, '').toLowerCase() || 'postvakt'}.sharepoint.com`;
  const complianceId = userGuid(`list:${key}:compliance`);
  const logId = userGuid(`list:${key}:logrequests`);
  return {
    id: `${hostname},${userGuid(`site:${key}`)},${userGuid(`web:${key}`)}`,
    hostname,
    lists: {
      // Item-level permissions as the list settings "Read access: Read items that were created by the user"
      // and "Create and Edit access: Create items and edit items that were created by the user".
      [complianceId]: list(complianceId, COMPLIANCE_LIST, 'Postvakt – efterlevnad', { readSecurity: 'own', writers: 'own', indexed: ['Mailbox', 'SnapshotDate'] }),
      [logId]: list(logId, LOG_REQUEST_LIST, 'Postvakt – begäran om e-postlogg', { readSecurity: 'all', writers: 'admin+registrar', indexed: ['Mailbox', 'Status'] }),
    },
  };
}

export function listByName(site: SiteRecord, name: string): ListRecord {
  return Object.values(site.lists).find((l) => l.name === name)!;
}
