// The send-to-registrar intent markers: JSON kept in the 'intent' extended property of the original
// (how far the forward got) and of the forward draft (which original it carries, for resuming).

import type { LogRow, MessageId } from '../mailbox';

/** Steps recorded on the original, in order. */
export type IntentStep = 'started' | 'attached' | 'sending' | 'sent';

export const INTENT_STEPS: readonly IntentStep[] = ['started', 'attached', 'sending', 'sent'];

export interface OriginalIntent {
  v: 1;
  role: 'original';
  key: string;
  step: IntentStep;
  /** The forward draft, once it holds both attachments. */
  draftId?: MessageId;
  at: string;
}

/** What the e-mail log shows for the original: kept on the forward so a resume can journal it. */
export interface LoggedRow extends LogRow {
  /** The original's own sent time: with sender and subject it recognises copies of it. */
  sentDateTime?: string;
  /** The original's Message-ID: every copy of it carries the same one (markers from before it was kept lack it). */
  internetMessageId?: string;
}

export interface ForwardIntent {
  v: 1;
  role: 'forward';
  key: string;
  originalId: MessageId;
  original: LoggedRow;
}

export type Intent = OriginalIntent | ForwardIntent;

export function serializeIntent(intent: Intent): string {
  return JSON.stringify(intent);
}

/** Parses a stored marker; anything malformed or foreign answers null (never throws). */
export function parseIntent(value: string | undefined): Intent | null {
  if (!value) return null;
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const o = data as Record<string, unknown>;
  if (o.v !== 1 || typeof o.key !== 'string') return null;
  if (o.role === 'original') {
    if (!INTENT_STEPS.includes(o.step as IntentStep) || typeof o.at !== 'string') return null;
    if (o.draftId !== undefined && typeof o.draftId !== 'string') return null;
    return data as OriginalIntent;
  }
  if (o.role === 'forward') {
    if (typeof o.originalId !== 'string' || typeof o.original !== 'object' || o.original === null) return null;
    return data as ForwardIntent;
  }
  return null;
}

/** True when step `a` is at or after step `b`. */
export function stepReached(a: IntentStep, b: IntentStep): boolean {
  return INTENT_STEPS.indexOf(a) >= INTENT_STEPS.indexOf(b);
}
