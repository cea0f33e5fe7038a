// Log-request holds: while the kansli handles a request for the politician's e-mail log, nothing
// may be purged (a handling may not be deleted while a request for it is being handled).

import type { Clock } from '../ports/clock';
import type { LogRequestHold, MailboxPort } from '../ports/mailbox';
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
