// fitWeights: fits the linear model's weights to labelled examples with L2 regularisation toward the hand-set prior, within bounds around it.

import type { Leaning } from './signals';

const LEANINGS: readonly Leaning[] = ['registrera', 'gallra_ej_allman', 'gallra_ringa'];

/** One labelled message as the model sees it: its features (id, value, the category each speaks for). */
export interface Example {
  features: readonly { id: string; x: number; leaning: Leaning }[];
  label: Leaning;
  /** How much the example counts (borderline messages count half). */
  weight: number;
}

export interface FitOptions {
  /** L2 strength toward the prior (per feature, against the summed loss). */
  lambda: number;
  /** A fitted weight stays within [low·prior, high·prior]. */
  low: number;
  high: number;
  iterations: number;
  rate: number;
  /** Absolute bounds instead of low/high × prior (learning caps changes to ± a fixed amount). */
  bounds?: (id: string, prior: number) => readonly [number, number];
  /** A feature's own L2 strength instead of `lambda` (an experimental block regularised apart). */
  lambdaFor?: (id: string) => number;
  /** A feature's own step instead of `rate` (a feature in many examples takes smaller steps). */
  rateFor?: (id: string) => number;
}

export const DEFAULT_FIT: FitOptions = { lambda: 2, low: 0.5, high: 1.5, iterations: 300, rate: 0.02 };

/**
 * Minimises Σ weight·cross-entropy(softmax(totals), label) + λ·Σ (w − prior)² by projected gradient
 * descent from the prior. Features no example has keep their prior. Deterministic.
 */
export function fitWeights(examples: readonly Example[], prior: Readonly<Record<string, number>>, options: FitOptions = DEFAULT_FIT): Record<string, number> {
  const w: Record<string, number> = { ...prior };
  const ids = Object.keys(prior);
  for (let it = 0; it < options.iterations; it++) {
    const grad: Record<string, number> = {};
    for (const ex of examples) {
      const totals = [0, 0, 0];
      for (const h of ex.features) totals[LEANINGS.indexOf(h.leaning)] += (w[h.id] ?? 0) * h.x;
      const max = Math.max(...totals);
      const exps = totals.map((t) => Math.exp(t - max));
      const sum = exps[0] + exps[1] + exps[2];
      for (const h of ex.features) {
        const k = LEANINGS.indexOf(h.leaning);
        const p = exps[k] / sum;
        const y = ex.label === h.leaning ? 1 : 0;
        grad[h.id] = (grad[h.id] ?? 0) + ex.weight * (p - y) * h.x;
      }
    }
    for (const id of ids) {
      const lambda = options.lambdaFor ? options.lambdaFor(id) : options.lambda;
      const g = (grad[id] ?? 0) + 2 * lambda * (w[id] - prior[id]);
      const next = w[id] - (options.rateFor ? options.rateFor(id) : options.rate) * g;
      const [lo, hi] = options.bounds ? options.bounds(id, prior[id]) : [prior[id] * options.low, prior[id] * options.high];
      w[id] = Math.min(hi, Math.max(lo, next));
    }
  }
  for (const id of ids) w[id] = Math.round(w[id] * 100) / 100;
  return w;
}
