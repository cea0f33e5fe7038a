// Log-request holds: while the kansli handles a request for the politician's e-mail log, nothing
// may be purged (a handling may not be deleted while a request for it is being handled).

import type { LogRequestListPort } from '../ports/admin';
import type { Clock } from '../ports/clock';
import type { LogRequestHold, MailboxPort, PostvaktStore } from '../ports/mailbox';
import { UseCaseError } from './errors';

export function holdError(): UseCaseError {
  return new UseCaseError('log_request_hold');
}

function newHoldId(now: string): string {
  const random = globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2);
  return `hold-${Date.parse(now).toString(36)}-${random.slice(0, 8)}`;
}

export async function placeLogRequestHold(deps: { mailbox: MailboxPort; clock: Clock }, input: { reference: string }): Promise<LogRequestHold> {
  const reference = input.reference.trim();
  if (!reference) {
    throw new UseCaseError('invalid_input');
  }
  const store = await deps.mailbox.loadStore();
  const now = deps.clock.now();
  const hold: LogRequestHold = { id: newHoldId(now), reference, since: now };
  await deps.mailbox.saveStore({ ...store, holds: [...store.holds, hold] });
  return hold;
}

/** Removes one hold; answers whether it was there. */
export async function releaseLogRequestHold(deps: { mailbox: MailboxPort }, holdId: string): Promise<boolean> {
  const store = await deps.mailbox.loadStore();
  const holds = store.holds.filter((h) => h.id !== holdId);
  if (holds.length === store.holds.length) return false;
  await deps.mailbox.saveStore({ ...store, holds });
  return true;
}

export async function activeHolds(deps: { mailbox: MailboxPort }): Promise<LogRequestHold[]> {
  return (await deps.mailbox.loadStore()).holds;
}

/**
 * Whether purging is blocked: a hold in the person's own store, or an open request for this mailbox in
 * the organisation's log-request list (when the deployment has one). A failed look at the list throws:
 * nothing is purged on a guess.
 */
export async function purgeBlocked(store: PostvaktStore, deps: { mailbox: MailboxPort; logRequests?: LogRequestListPort }): Promise<boolean> {
  if (store.holds.length > 0) return true;
  if (!deps.logRequests) return false;
  return (await deps.logRequests.list({ mailbox: deps.mailbox.address, openOnly: true })).length > 0;
}
