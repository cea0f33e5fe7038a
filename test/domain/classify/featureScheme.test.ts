// Tests for the feature scheme: the checked-in fingerprint matches the model's features, survives a refit and changes when a signal moves.

import { FEATURE_SCHEME } from '../../../src/domain/classify/featureScheme';
import { featureScheme, SIGNAL_IDS, STRUCTURE_PRIORS } from '../../../src/domain/classify/model';
import weightsFile from '../../../src/domain/classify/model-weights.json';
import { SIGNALS, type Signal } from '../../../src/domain/classify/signals';
import { STEM_FAMILIES } from '../../../src/domain/classify/stemConcepts';

const structure = Object.keys(STRUCTURE_PRIORS);
const shippedScheme = (signals: readonly Signal[] = SIGNALS, families = STEM_FAMILIES, ids: readonly string[] = structure) => featureScheme(signals, families, ids);

/** The index of the second signal of a family, so an insertion before it shifts the ids after it. */
function secondOf(subtype: string): number {
  return SIGNALS.findIndex((s, i) => s.subtype === subtype && SIGNAL_IDS[i] === `${subtype}.1`);
}

describe('FEATURE_SCHEME', () => {
  it('is the fingerprint of the shipped features (after a round that changes a signal, write the value this test names into featureScheme.ts)', () => {
    expect(shippedScheme()).toBe(FEATURE_SCHEME);
  });

  it('is eight hex digits', () => {
    expect(FEATURE_SCHEME).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('featureScheme', () => {
  it('keeps the fingerprint when a refit changes only the weights', () => {
    const refit = SIGNALS.map((s) => ({ ...s, weight: s.weight + 0.75 }));
    const refitFamilies = STEM_FAMILIES.map((f) => ({ ...f, weight: f.weight * 2 }));
    expect(shippedScheme(refit, refitFamilies)).toBe(FEATURE_SCHEME);
  });

  it('keeps the fingerprint when only a label is reworded', () => {
    expect(shippedScheme(SIGNALS.map((s, i) => (i === 0 ? { ...s, label: `${s.label} (omformulerad)` } : s)))).toBe(FEATURE_SCHEME);
  });

  it('changes when a signal is inserted in the middle of a family', () => {
    const at = secondOf('privat');
    expect(at).toBeGreaterThan(0);
    const inserted: Signal = { ...SIGNALS[at]!, pattern: /\bnytt privat ord\b/iu };
    expect(shippedScheme([...SIGNALS.slice(0, at), inserted, ...SIGNALS.slice(at)])).not.toBe(FEATURE_SCHEME);
  });

  it('changes when a signal is removed, or two of a family swap places', () => {
    const at = secondOf('privat');
    expect(shippedScheme(SIGNALS.filter((_, i) => i !== at))).not.toBe(FEATURE_SCHEME);
    const first = SIGNALS.findIndex((s) => s.subtype === 'privat');
    const swapped = [...SIGNALS];
    [swapped[first], swapped[at]] = [swapped[at]!, swapped[first]!];
    expect(shippedScheme(swapped)).not.toBe(FEATURE_SCHEME);
  });

  it('changes when a signal\'s pattern, leaning or senders are edited', () => {
    const edit = (change: Partial<Signal>) => shippedScheme(SIGNALS.map((s, i) => (i === 3 ? { ...s, ...change } : s)));
    expect(edit({ pattern: new RegExp(`${SIGNALS[3]!.pattern.source}|ett ord till`, SIGNALS[3]!.pattern.flags) })).not.toBe(FEATURE_SCHEME);
    expect(edit({ leaning: SIGNALS[3]!.leaning === 'registrera' ? 'gallra_ringa' : 'registrera' })).not.toBe(FEATURE_SCHEME);
    expect(edit({ senders: ['own'] })).not.toBe(FEATURE_SCHEME);
  });

  it('changes when a stem family\'s words change or a structure feature is added', () => {
    expect(shippedScheme(SIGNALS, STEM_FAMILIES.map((f, i) => (i === 0 ? { ...f, words: `${f.words} nyord` } : f)))).not.toBe(FEATURE_SCHEME);
    expect(shippedScheme(SIGNALS, STEM_FAMILIES, [...structure.slice(0, 2), 'struktur.ny', ...structure.slice(2)])).not.toBe(FEATURE_SCHEME);
  });
});

describe('featureScheme with other fitted weights', () => {
  it('is the same when model-weights.json holds other weights (it reads definitions, not the fit)', () => {
    jest.isolateModules(() => {
      jest.doMock('../../../src/domain/classify/model-weights.json', () => ({ fittedOn: 'test', weights: { 'klagomal.0': [3, 0.5] } }));
      const model = jest.requireActual<typeof import('../../../src/domain/classify/model')>('../../../src/domain/classify/model');
      expect(model.SIGNAL_WEIGHTS[SIGNAL_IDS.indexOf('klagomal.0')]).toBe(0.5);
      expect(model.featureScheme(SIGNALS, STEM_FAMILIES, structure)).toBe(FEATURE_SCHEME);
    });
  });
});

describe('the fitted weights file', () => {
  it('was fitted on the shipped features (a round that changes a signal must refit: npm run fit:classifier)', () => {
    expect((weightsFile as { scheme?: string }).scheme).toBe(FEATURE_SCHEME);
  });
});
