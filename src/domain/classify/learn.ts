// Learning from decisions: the person's own decisions and the registrar's feedback adjust the model's weights for that person, within caps that keep the prior's safety margins.

import type { Category } from '../types';
import type { RegistrarFeedback } from '../registrar/registration.types';
import { fitWeights, type Example } from './fit';
import type { Hit, WeightDeltas } from './score';
import type { Leaning } from './signals';
import { FEATURE_SCHEME } from './featureScheme';
import { LEARN_CAP } from './learnedWeights';

export { LEARN_CAP };

/** One decision as the model needs it: the features of the message (ids and values, never its text) and what was decided. */
export interface DecisionRecord {
  /** When the person acted (ISO instant). */
  at: string;
  /** The category the person's action implies (gallra → a gallra category, send to the registrar → registrera). */
  decided: Leaning;
  /** What Postvakt had proposed (osaker included). */
  proposed: Category;
  features: { id: string; x: number; leaning: Leaning }[];
  /** The delivery's idempotency key when the message went to the registrar: joins the registrar's feedback. */
  deliveryKey?: string;
  /** The feature scheme the ids belong to (FEATURE_SCHEME when recorded): learnt from only under the same scheme. */
  scheme: string;
}

/**
 * A decision as the store holds it: records stored before schemes were stamped have none (their ids may
 * belong to any earlier classifier). They stay in the store but are never learnt from.
 */
export type StoredDecisionRecord = Omit<DecisionRecord, 'scheme'> & { scheme?: string };

/** Decisions kept in the store (the newest). */
export const MAX_DECISIONS = 300;

/** The registrar's word outranks the person's: "inte allmän handling" relabels a delivery, "diarieförd" confirms it. */
function labelOf(record: DecisionRecord, feedback: ReadonlyMap<string, RegistrarFeedback>): Leaning {
  const word = record.deliveryKey ? feedback.get(record.deliveryKey) : undefined;
  if (word?.kind === 'inte_allman_handling') return 'gallra_ej_allman';
  if (word?.kind === 'diariford' || word?.kind === 'redan_diariford') return 'registrera';
  return record.decided;
}

/** A decision record for a message the model scored (hits from modelInputs). */
export function decisionRecord(hits: readonly Hit[], decided: Leaning, proposed: Category, at: string, deliveryKey?: string): DecisionRecord {
  return { at, decided, proposed, scheme: FEATURE_SCHEME, features: hits.map((h) => ({ id: h.id, x: h.x, leaning: h.leaning })), ...(deliveryKey ? { deliveryKey } : {}) };
}

/** Whether a stored record can be learnt from: recorded under the current feature scheme, with well-formed features (the store keeps what it read). */
function learnable(record: StoredDecisionRecord): record is DecisionRecord {
  if (!record || typeof record !== 'object' || record.scheme !== FEATURE_SCHEME || !Array.isArray(record.features)) return false;
  return record.features.every((f: unknown) => {
    const { id, x } = (f ?? {}) as { id?: unknown; x?: unknown };
    return typeof id === 'string' && typeof x === 'number' && Number.isFinite(x);
  });
}

/**
 * Per-feature weight changes learnt from decisions, fitted from the shipped weights with strong
 * regularisation and capped at ± LEARN_CAP (never below zero). Only features the decisions touched
 * change; decisions that agreed with a confident proposal teach little. Only records of the current
 * feature scheme count (their ids name the features they were learnt on; the registrar's feedback
 * joins only those), so a classifier round that moved a signal starts learning afresh.
 */
export function learnAdjustments(records: readonly StoredDecisionRecord[], feedback: readonly RegistrarFeedback[], shipped: Readonly<Record<string, number>>): WeightDeltas {
  const current = records.filter(learnable).slice(-MAX_DECISIONS);
  if (current.length === 0) return {};
  const byKey = new Map(feedback.map((f) => [f.key, f]));
  const examples: Example[] = current.map((r) => ({ features: r.features, label: labelOf(r, byKey), weight: 1 }));
  const touched = new Set(examples.flatMap((e) => e.features.map((f) => f.id)));
  const prior = Object.fromEntries([...touched].filter((id) => id in shipped).map((id) => [id, shipped[id]]));
  const fitted = fitWeights(examples, prior, {
    lambda: 1,
    low: 0,
    high: 0,
    iterations: 200,
    rate: 0.05,
    bounds: (_id, p) => [Math.max(0, p - LEARN_CAP), p + LEARN_CAP],
  });
  const deltas: Record<string, number> = {};
  for (const id of Object.keys(prior)) {
    const d = Math.round((fitted[id] - prior[id]) * 100) / 100;
    if (d !== 0) deltas[id] = d;
  }
  return deltas;
}
