// The linear model's weights: every feature's hand-set prior beside its fitted weight (model-weights.json, written by `postvakt fit`).

import { fnv1a } from './fingerprint';
import { SIGNALS, type Signal } from './signals';
import { STEM_FAMILIES, type StemFamily } from './stemConcepts';
import fittedJson from './model-weights.json';

/** Features that are not phrase signals: sender roles and structure, with their hand-set priors. */
export const STRUCTURE_PRIORS = {
  'struktur.nyhetsbrev': 2,
  'struktur.organisationens_system': 2,
  'struktur.stor_grupp': 3,
  'roll.myndighet': 2,
  'roll.media': 2,
  'roll.fackforbund': 1.5,
  'roll.systemavsandare': 2,
  'struktur.vidarebefordrat_fran_enskild': 3,
  'struktur.skickat_till_registrator': 2,
  'struktur.registrator_mottagare': 1,
  'struktur.kopia_fran_forvaltningen': 1,
  'struktur.bilaga_utifran': 1,
  'struktur.trad': 2,
  'struktur.egen_anteckning': 3,
  'struktur.svar_i_uppdraget': 2,
  // Round five (appended: learned weights are stored by id).
  'struktur.kopia_till_utomstaende': 2,
  'struktur.initiativ_inlamnat': 3,
  'struktur.vidarebefordrat_av_agaren': 3,
  'struktur.begaran_till_organisationen': 2,
  'roll.partimarkering': 2,
  'struktur.sekretess': 1.5,
  // Round seven (appended).
  'struktur.anhorig': 3,
  'struktur.begaran_fran_forvaltningen': 1.5,
  'struktur.handling_fran_forvaltningen': 1.5,
  'struktur.uppdrag_till_forvaltningen': 1.5,
  'struktur.underhandskontakt': 1.5,
  'roll.intern_service': 2,
  'struktur.fraga_fran_enskild': 1,
  'roll.partigrupp': 3,
  // Round nine (appended).
  'struktur.till_organ': 3,
  'struktur.ersattningsansprak': 3,
} as const;

export type StructureFeature = keyof typeof STRUCTURE_PRIORS;

/** Stable ids of signals: subtype and its ordinal among signals of that subtype ("klagomal.0"). */
export function signalIds(signals: readonly Signal[]): string[] {
  const seen = new Map<string, number>();
  return signals.map((s) => {
    const n = seen.get(s.subtype) ?? 0;
    seen.set(s.subtype, n + 1);
    return `${s.subtype}.${n}`;
  });
}

/** Stable ids of the phrase signals ("klagomal.0"). */
export const SIGNAL_IDS: readonly string[] = signalIds(SIGNALS);

/**
 * The fingerprint of the model's features: each id with what defines it (a signal's leaning, pattern,
 * senders, bulk rule and quoted factor; a stem family's leaning, words and senders; a structure
 * feature's id), in order. Weights and labels are left out, so a refit keeps it; a signal added,
 * removed, moved or edited changes it (and with it the ids learned weights were stored under).
 * The shipped value is checked in as FEATURE_SCHEME (featureScheme.ts): computing it costs over 1 ms.
 */
export function featureScheme(signals: readonly Signal[], families: readonly StemFamily[], structure: readonly string[]): string {
  const ids = signalIds(signals);
  const parts = signals.map((s, i) => [ids[i], s.leaning, s.pattern.source, s.pattern.flags, s.senders?.join(',') ?? '*', s.notBulk ? 'notBulk' : '', s.quotedFactor ?? ''].join('\u0001'));
  for (const f of families) parts.push([f.id, f.leaning, f.words, f.senders?.join(',') ?? '*', f.notBulk ? 'notBulk' : ''].join('\u0001'));
  for (const id of structure) parts.push(id);
  return fnv1a(parts.join('\u0002'));
}

/** Every feature's prior weight, by id. */
export function priorWeights(): Record<string, number> {
  const prior: Record<string, number> = { ...STRUCTURE_PRIORS };
  SIGNALS.forEach((s, i) => {
    prior[SIGNAL_IDS[i]] = s.weight;
  });
  for (const f of STEM_FAMILIES) prior[f.id] = f.weight;
  return prior;
}

export interface WeightsFile {
  /** How the fit was made: corpora, lambda, bounds. */
  fittedOn: string;
  /** featureScheme() of the features the fit was made on: the ids below mean those features. */
  scheme?: string;
  /** Each feature's [prior, fitted] weight, side by side. */
  weights: Record<string, [number, number]>;
}

// JSON arrays type as number[]: the file is written by `postvakt fit` in this shape. Its scheme is checked by
// test/domain/classify/featureScheme.test.ts, not here: FEATURE_SCHEME lives in the entry chunk (the roaming
// settings need it before the classifier loads), and reading it here would tie the preloaded chunk to the entry.
const fitted = (fittedJson as unknown as WeightsFile).weights;
/** The weight a feature ships with: the fitted one when the fit knows the feature with the same prior, else the prior. */
function shipped(id: string, prior: number): number {
  const w = fitted[id];
  return w && w[0] === prior ? w[1] : prior;
}

/** Shipped weights of the phrase signals, aligned with SIGNALS. */
export const SIGNAL_WEIGHTS: readonly number[] = SIGNALS.map((s, i) => shipped(SIGNAL_IDS[i], s.weight));

/** Shipped weights of the structure and role features. */
export const STRUCTURE_WEIGHTS: Readonly<Record<StructureFeature, number>> = Object.fromEntries(
  Object.entries(STRUCTURE_PRIORS).map(([id, prior]) => [id, shipped(id, prior)]),
) as Record<StructureFeature, number>;

/** Shipped weights of the stem families, aligned with STEM_FAMILIES. */
export const STEM_WEIGHTS: readonly number[] = STEM_FAMILIES.map((f) => shipped(f.id, f.weight));

/** All shipped weights by id (for fitting and learning). */
export function shippedWeights(): Record<string, number> {
  const w: Record<string, number> = { ...STRUCTURE_WEIGHTS };
  STEM_FAMILIES.forEach((f, i) => {
    w[f.id] = STEM_WEIGHTS[i];
  });
  SIGNAL_IDS.forEach((id, i) => {
    w[id] = SIGNAL_WEIGHTS[i];
  });
  return w;
}
