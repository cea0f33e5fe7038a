// lexical: issue 10's lexical evidence — a naive Bayes model over word stems learnt from the labelled corpora, asked only where the rules leave a message osäker for too little evidence or a close call.

import type { Leaning } from './signals';

export const LEXICAL_LEANINGS: readonly Leaning[] = ['registrera', 'gallra_ej_allman', 'gallra_ringa'];

/** The word model: per stem log P(stem | category) in LEXICAL_LEANINGS order (equal priors), and when it may answer. */
export interface LexicalModel {
  /** The model answers at this posterior or more… */
  threshold: number;
  /** …when the message holds at least this many of its stems. */
  minStems: number;
  stems: ReadonlyMap<string, readonly number[]>;
}

export interface LexicalDecision {
  category: Leaning;
  /** The posterior of `category` (equal priors). */
  p: number;
  /** The stems that weighed most for `category` against the runner-up, strongest first. */
  evidence: string[];
}

/** The model's answer for a message's stems, or null when it knows too few of them or is not sure enough. */
export function lexicalDecision(stems: Iterable<string>, model: LexicalModel): LexicalDecision | null {
  const z = [0, 0, 0];
  const known: (readonly number[])[] = [];
  const names: string[] = [];
  for (const s of stems) {
    const w = model.stems.get(s);
    if (!w) continue;
    known.push(w);
    names.push(s);
    z[0] += w[0];
    z[1] += w[1];
    z[2] += w[2];
  }
  if (known.length < model.minStems) return null;
  const max = Math.max(z[0], z[1], z[2]);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e[0] + e[1] + e[2];
  const top = z.indexOf(max);
  const p = e[top] / sum;
  if (p < model.threshold) return null;
  const second = top === 0 ? (z[1] >= z[2] ? 1 : 2) : top === 1 ? (z[0] >= z[2] ? 0 : 2) : z[0] >= z[1] ? 0 : 1;
  // Ties by stem, so the explanation does not depend on the order the words came in.
  const order = known.map((w, i) => ({ s: names[i], d: w[top] - w[second] })).sort((a, b) => b.d - a.d || (a.s < b.s ? -1 : 1));
  return { category: LEXICAL_LEANINGS[top], p, evidence: order.filter((o) => o.d > 0).slice(0, 4).map((o) => o.s) };
}
