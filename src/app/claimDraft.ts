// The guard against two runs sending the same forward (two first clicks, two devices): Graph has no
// compare-and-set, so a run sends its finished draft only after a look at every forward carrying the
// key shows it alone. Where drafts of two runs meet, the lowest id wins: the other run deletes its
// own draft and stands aside, and the winner waits until that has happened.

import { parseIntent } from '../domain/registrar/intent';
import type { MailboxPort, MessageId } from '../ports/mailbox';
import { backoffDelays, type Sleep } from './sleep';

export type Claim =
  /** No other forward with the key and no sign of delivery: this run sends its draft. */
  | { kind: 'mine' }
  /** Another forward with the key was sent (or is on its way), or the journal records the delivery. */
  | { kind: 'delivered'; otherId: MessageId | null }
  /** Another run's draft wins (or this run's draft was taken over): delete ours, send nothing. */
  | { kind: 'yielded'; winner: MessageId | null }
  /** Other drafts with higher ids did not go away in time: send nothing now, try again later. */
  | { kind: 'contended' };

export const DEFAULT_CLAIM_ATTEMPTS = 6;

/** Whether the journal records the original as forwarded (written before anything is purged). */
export async function journalled(mailbox: MailboxPort, key: string): Promise<boolean> {
  return (await mailbox.loadStore()).journal.some((e) => e.ref === `${key}:original` || e.ref === `${key}:forward`);
}

export async function claimDraft(mailbox: MailboxPort, key: string, draftId: MessageId, sleep: Sleep, attempts = DEFAULT_CLAIM_ATTEMPTS): Promise<Claim> {
  const delays = backoffDelays(attempts);
  for (let i = 0; ; i++) {
    const forwards = (await mailbox.findByIntentKey(key)).filter((m) => {
      const intent = parseIntent(m.properties.intent);
      return intent?.role === 'forward' && intent.key === key;
    });
    // Sent, or on its way (Outbox): whatever folder a non-draft forward is in, it went out.
    const gone = forwards.find((m) => m.id !== draftId && !m.isDraft && m.folder !== 'drafts');
    if (gone) return { kind: 'delivered', otherId: gone.id };
    if (!forwards.some((m) => m.id === draftId)) return { kind: 'yielded', winner: null };
    const others = forwards.filter((m) => m.id !== draftId);
    if (others.length === 0) {
      // A run that finished meanwhile has purged its Sent Items copy, but journalled first.
      return (await journalled(mailbox, key)) ? { kind: 'delivered', otherId: null } : { kind: 'mine' };
    }
    const lowest = others.reduce((a, b) => (b.id < a.id ? b : a));
    if (lowest.id < draftId) return { kind: 'yielded', winner: lowest.id };
    if (i >= attempts - 1) return { kind: 'contended' };
    await sleep(delays[i]!);
  }
}
