// Crash injection for resumability tests: a mailbox whose Nth state-changing call acts, then throws.

import type { MailboxPort } from '../../../src/ports/mailbox';

export class InjectedCrash extends Error {
  constructor(readonly step: number) {
    super(`Injected crash after step ${step}`);
  }
}

const MUTATIONS = ['setProperty', 'setProperties', 'createDraft', 'addAttachment', 'sendDraft', 'permanentDelete', 'permanentDeleteMany', 'saveStore'] as const;

/**
 * Wraps a mailbox so that its Nth state-changing call goes through to the server and then throws,
 * as if the process died right after the server acted (the hardest moment to resume from).
 */
export function crashAfter(inner: MailboxPort, n: number): { mailbox: MailboxPort; calls: () => string[] } {
  const calls: string[] = [];
  const mailbox = Object.create(inner) as MailboxPort;
  for (const name of MUTATIONS) {
    const original = (inner[name] as (...args: unknown[]) => Promise<unknown>).bind(inner);
    (mailbox as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      const result = await original(...args);
      calls.push(name);
      if (calls.length === n) throw new InjectedCrash(n);
      return result;
    };
  }
  return { mailbox, calls: () => calls };
}
