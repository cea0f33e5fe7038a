// doubtOf: when the linear model's totals are too weak or too close to decide, or a safety guard holds — the osaker thresholds in one place.

import type { Leaning } from './signals';
import { rankDescending } from './rank';

export interface DoubtThresholds {
  /** The top category needs at least this much evidence. */
  minTop: number;
  /** …and this much more than the second. */
  margin: number;
  /** Safety: evidence for registrera (or party/private) of at least this much is a real sign… */
  safetyEvidence: number;
  /** …that holds a purge (or a registration) unless the top category leads it by this much. */
  safetyMargin: number;
}

/**
 * Chosen by leave-one-organisation-out (README, Classifier: calibration) with the safety goals as hard
 * constraints: over five corpora the curve is flat from minTop 1 to 1.5 and falls from 1.75, where the
 * refit thread feature (1.71) alone no longer decides a short reply. Over six corpora (round five) no point
 * of the curve purges a public record or registers private mail on clear; minTop 1 gains one message of
 * 1071 (noise), so the thresholds stay. Over eight corpora (round seven, safetyEvidence in the grid too) minTop 1
 * gains 12 of 1,422 on clear but purges 2–3 more public records among the borderline, and safetyEvidence 2 trades 4
 * right on clear for one fewer borderline private registration: the thresholds stay. Over nine corpora (round eight,
 * with safety.ts's hold on every purge) no grid point purges a public record or registers private mail on clear; margin
 * 0.5–1 or safetyMargin 2 gain 2–6 of 1,604 right on clear but purge 1–3 more borderline public records (8 here): they stay.
 * Over eleven corpora (round ten, the guards on each fold's own weights) margin 1 gains 5 of 1,944 right on clear
 * (1803 → 1808) with no more safety errors on clear (0/0) or borderline (6/7); margin 0.5–0.75 gain 6–11 more but purge
 * 1–5 more borderline public records: margin 1. Over thirteen corpora (round eleven, with positive.ts's holds) minTop
 * 1.25–1.5 with margin 0.5–0.75 gain 8–13 of 2,296 right on clear with no more clear safety errors (3/0) but purge 2–3
 * more borderline public records and register 2–3 more borderline private mails (9/6 here): the thresholds stay.
 * Over fourteen corpora (round twelve, with the role default) margin 1.25 takes public records purged on clear 4 → 2
 * but costs 8 of 2,482 right on clear and adds 12 osäker; minTop 1.25 gains 3 with the same safety (4/0, 11/7): they stay.
 * Over 22 corpora (round eighteen, tieBreak.ts at every point) minTop 1–1.25 gain 1–10 of 3,949 but register 2 more
 * party/private mails on clear (1 → 3), margin 0.75 gains 10 but purges 3 more public records on clear (5 → 8): they stay.
 */
export const DOUBT: DoubtThresholds = { minTop: 1.5, margin: 1, safetyEvidence: 3, safetyMargin: 4 };

export type Doubt = { kind: 'weak' } | { kind: 'close'; top: Leaning; second: Leaning } | { kind: 'public_record' } | { kind: 'private' };

/**
 * Why the totals leave doubt, or null when the top category stands. `shipped` are the totals under
 * the shipped weights: the safety guards read the larger of the two, so learning cannot remove a doubt.
 */
export function doubtOf(
  totals: Record<Leaning, number>,
  shipped: Record<Leaning, number>,
  t: DoubtThresholds = DOUBT,
  settle?: (top: Leaning, second: Leaning) => Leaning | null,
): Doubt | null {
  const ranked = rankDescending(Object.keys(totals) as Leaning[], (k) => totals[k]);
  let [top] = ranked;
  const second = ranked[1];
  const reg = Math.max(totals.registrera, shipped.registrera);
  const ej = Math.max(totals.gallra_ej_allman, shipped.gallra_ej_allman);
  if (totals[top] < t.minTop) return { kind: 'weak' };
  if (totals[top] - totals[second] < t.margin) {
    // Round eighteen: a precedence may settle a close call (tieBreak.ts); the safety checks below still hold its answer.
    const won = settle?.(top, second);
    if (!won) return { kind: 'close', top, second };
    top = won;
  }
  const s1 = totals[top];
  if (top !== 'registrera' && reg >= t.safetyEvidence && s1 - reg < t.safetyMargin) return { kind: 'public_record' };
  if (top === 'registrera' && ej >= t.safetyEvidence && s1 - ej < t.safetyMargin) return { kind: 'private' };
  return null;
}
