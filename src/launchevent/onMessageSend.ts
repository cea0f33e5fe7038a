// OnMessageSend (Smart Alerts) shell: read the draft, ask checkOutgoing, complete the event exactly once.

import { checkOutgoing } from '../domain/sendCheck';
import type { Profile } from '../domain/policy/types';
import type { DraftReader } from '../ports/draft';

export type { DraftReader };

/** The part of the send event the handler uses. */
export interface SendEvent {
  completed(options?: { allowEvent?: boolean; errorMessage?: string; cancelLabel?: string }): void;
}

export interface SendHandlerDeps {
  draft: DraftReader;
  profile: Pick<Profile, 'massMailingRecipients'>;
  /** Mailbox 1.14: the Don't Send button's label can be set. */
  supportsCancelLabel: boolean;
  /** Outlook stops waiting after about 5 s; we answer well before. */
  deadlineMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** At most 20 characters (Outlook's limit for cancelLabel). */
export const CANCEL_LABEL_SV = 'Redigera mejlet';

export async function handleMessageSend(event: SendEvent, deps: SendHandlerDeps): Promise<void> {
  let done = false;
  const complete = (options: { allowEvent: boolean; errorMessage?: string; cancelLabel?: string }) => {
    if (done) return;
    done = true;
    event.completed(options);
  };
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  // Postvakt advises; it never stops mail because it could not read the draft in time.
  const timer = setTimer(() => complete({ allowEvent: true }), deps.deadlineMs ?? 4000);
  try {
    const message = await deps.draft.read();
    const check = checkOutgoing(message, deps.profile);
    if (check.allow) {
      complete({ allowEvent: true });
    } else {
      complete({
        allowEvent: false,
        errorMessage: check.messageSv,
        ...(deps.supportsCancelLabel ? { cancelLabel: CANCEL_LABEL_SV } : {}),
      });
    }
  } catch {
    complete({ allowEvent: true });
  } finally {
    clearTimer(timer);
  }
}
