// The one rule for where a message sits in the mail server's log: its direction seen from the
// mailbox owner, and its date. Used by the exposure report and by what gallra and send-to-registrar
// write to the journal, so a journal row and the listing's row of the same message agree.

import type { EmailAddress } from '../types';
import type { MessageSummary } from '../mailbox';

export type LogDirection = 'in' | 'out';

/** Sent Items by its sent time, everything else by its received time (each falling back to the other). */
export function messageDate(m: Pick<MessageSummary, 'folder' | 'receivedDateTime' | 'sentDateTime'>): string {
  return m.folder === 'sentitems' ? m.sentDateTime || m.receivedDateTime : m.receivedDateTime || m.sentDateTime;
}

/** Outgoing when filed in Sent Items or sent by the owner (addresses compared case-insensitively). */
export function logDirection(m: { folder: string; from: EmailAddress | null }, ownerAddress: string): LogDirection {
  return m.folder === 'sentitems' || m.from?.address.toLowerCase() === ownerAddress.toLowerCase() ? 'out' : 'in';
}

export function logPlacement(
  m: Pick<MessageSummary, 'folder' | 'receivedDateTime' | 'sentDateTime'> & { from: EmailAddress | null },
  ownerAddress: string,
): { dateTime: string; direction: LogDirection } {
  return { dateTime: messageDate(m), direction: logDirection(m, ownerAddress) };
}
