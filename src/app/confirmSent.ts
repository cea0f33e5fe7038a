// Step 3 of "Skicka till registrator": confirm the Sent Items copy. With immutable ids the draft
// keeps its id when it is sent, so the copy is found by that id; it can take a moment to appear,
// so this polls with backoff, a bounded number of times.

import type { MailboxPort, MessageId } from '../ports/mailbox';
import { parseIntent } from '../domain/registrar/intent';
import type { EmailAddress } from '../domain/types';
import { isNotFound } from './errors';
import { backoffDelays, type Sleep } from './sleep';

export interface SentCopy {
  id: MessageId;
  sentDateTime: string;
  subject: string;
  to: EmailAddress[];
}

export const DEFAULT_CONFIRM_ATTEMPTS = 8;

/** The Sent Items copy, or null when it did not show up within the attempts. */
export async function confirmSent(
  mailbox: MailboxPort,
  key: string,
  draftId: MessageId,
  sleep: Sleep,
  attempts = DEFAULT_CONFIRM_ATTEMPTS,
): Promise<SentCopy | null> {
  const delays = backoffDelays(attempts);
  for (let i = 0; i < attempts; i++) {
    const copy = (await byId(mailbox, key, draftId)) ?? (await byKey(mailbox, key));
    if (copy) return copy;
    if (i < attempts - 1) await sleep(delays[i]);
  }
  return null;
}

/** The draft's own immutable id, once it sits in Sent Items (or the person already moved it to Deleted Items). */
async function byId(mailbox: MailboxPort, key: string, draftId: MessageId): Promise<SentCopy | null> {
  try {
    const m = await mailbox.getMessage(draftId);
    const intent = parseIntent(m.properties.intent);
    const sent = m.folder === 'sentitems' || m.folder === 'deleteditems';
    return sent && (!intent || intent.key === key) ? { id: m.id, sentDateTime: m.sentDateTime, subject: m.subject, to: m.toRecipients } : null;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Fallback when the id did not survive sending: any sent forward carrying the key. */
async function byKey(mailbox: MailboxPort, key: string): Promise<SentCopy | null> {
  const found = await mailbox.findByIntentKey(key);
  const m = found.find((x) => !x.isDraft && (x.folder === 'sentitems' || x.folder === 'deleteditems') && parseIntent(x.properties.intent)?.role === 'forward');
  return m ? { id: m.id, sentDateTime: m.sentDateTime, subject: m.subject, to: m.toRecipients } : null;
}
