// The shape of learned weight changes kept outside the store: parsed and capped without the fitting code, so
// the task pane's entry can read them, and stamped with the feature scheme their ids belong to.

import { FEATURE_SCHEME } from './featureScheme';
import type { WeightDeltas } from './score';

/** Largest change learning may make to one weight, up or down. */
export const LEARN_CAP = 1;
/** Most learned weights kept outside the store (roaming settings hold 32 KB in all). */
export const MAX_LEARNED_WEIGHTS = 400;

/**
 * Learned weight changes read back from somewhere Postvakt does not control alone (Outlook's roaming
 * settings): only string ids with finite numbers are kept, each within ± LEARN_CAP, at most
 * MAX_LEARNED_WEIGHTS; anything else gives no changes.
 */
export function parseWeightDeltas(value: unknown): WeightDeltas {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, number> = {};
  for (const [id, delta] of Object.entries(value as Record<string, unknown>).slice(0, MAX_LEARNED_WEIGHTS)) {
    if (id === '__proto__' || id === 'constructor' || id === 'prototype' || typeof delta !== 'number' || !Number.isFinite(delta) || delta === 0) continue;
    out[id] = Math.max(-LEARN_CAP, Math.min(LEARN_CAP, delta));
  }
  return out;
}

/** Learned weight changes as kept outside the store: the feature scheme their ids belong to, and the changes. */
export interface SchemedWeightDeltas {
  scheme: string;
  deltas: WeightDeltas;
}

/** The value to keep for learned weight changes: parsed and capped, stamped with the current feature scheme. */
export function schemedWeightDeltas(deltas: unknown): SchemedWeightDeltas {
  return { scheme: FEATURE_SCHEME, deltas: parseWeightDeltas(deltas) };
}

/**
 * The learned weight changes of a value kept outside the store, only when it was stamped with the
 * current feature scheme: a value of another scheme (learnt on features that may since have moved),
 * the older bare-changes shape, or anything else gives no changes.
 */
export function parseSchemedWeightDeltas(value: unknown): WeightDeltas {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const { scheme, deltas } = value as { scheme?: unknown; deltas?: unknown };
  return scheme === FEATURE_SCHEME ? parseWeightDeltas(deltas) : {};
}
