// The per-message 'state' property: the cached verdict keyed by classifier version and the
// person's "Avgör senare" decision, so both follow the user across devices.

import type { Verdict } from '../domain/types';
import type { MessageSummary } from '../ports/mailbox';

export interface MessageState {
  v: 1;
  /** verdictCacheKey (classifier version # profile hash) that produced `verdict`; another key means "classify again". */
  classifier?: string;
  verdict?: Verdict;
  /** Set when the person chose "Avgör senare". */
  deferredAt?: string;
}

export function parseState(value: string | undefined): MessageState | null {
  if (!value) return null;
  try {
    const data = JSON.parse(value) as Partial<MessageState> | null;
    if (!data || typeof data !== 'object' || data.v !== 1) return null;
    const verdict = data.verdict && typeof data.verdict === 'object' && typeof data.verdict.category === 'string' ? data.verdict : undefined;
    return {
      v: 1,
      ...(typeof data.classifier === 'string' ? { classifier: data.classifier } : {}),
      ...(verdict ? { verdict } : {}),
      ...(typeof data.deferredAt === 'string' ? { deferredAt: data.deferredAt } : {}),
    };
  } catch {
    return null;
  }
}

export function serializeState(state: MessageState): string {
  return JSON.stringify(state);
}

/** The cached verdict when it was made under this cache key (classifier version and profile). */
export function cachedVerdict(message: Pick<MessageSummary, 'properties'>, classifierVersion: string): Verdict | null {
  const state = parseState(message.properties.state);
  return state?.classifier === classifierVersion && state.verdict ? state.verdict : null;
}

/** Verdicts (any classifier version, newest wins in practice) and deferrals read from listed summaries. */
export function readStates(messages: readonly MessageSummary[]): { verdicts: Map<string, Verdict>; deferred: Set<string> } {
  const verdicts = new Map<string, Verdict>();
  const deferred = new Set<string>();
  for (const m of messages) {
    const state = parseState(m.properties.state);
    if (state?.verdict) verdicts.set(m.id, state.verdict);
    if (state?.deferredAt) deferred.add(m.id);
  }
  return { verdicts, deferred };
}
