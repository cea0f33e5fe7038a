// Learned weight changes in Outlook's roaming settings: stamped with the feature scheme, read back parsed and capped (another scheme reads as none), written only when they change.

import { readLearnedWeights, saveLearnedWeights } from '../../../src/adapters/office/learnedSettings';
import { FEATURE_SCHEME } from '../../../src/domain/classify/featureScheme';
import { installOffice, removeOffice, succeed } from './officeStub';

function withRoaming(initial: Record<string, unknown> = {}) {
  installOffice();
  const values = new Map(Object.entries(initial));
  const saved = { count: 0 };
  (Office.context as unknown as { roamingSettings: unknown }).roamingSettings = {
    get: (name: string) => values.get(name),
    set: (name: string, value: unknown) => void values.set(name, value),
    saveAsync: (cb: (r: unknown) => void) => {
      saved.count += 1;
      succeed(undefined)(cb);
    },
  };
  return { values, saved };
}

afterEach(removeOffice);

describe('learned weights in the roaming settings', () => {
  it('reads back what was saved, for the next first verdict', async () => {
    const { saved } = withRoaming();
    await saveLearnedWeights({ 'concept.privat': -0.4, 'struktur.trad': 0.25 });
    expect(readLearnedWeights()).toEqual({ 'concept.privat': -0.4, 'struktur.trad': 0.25 });
    expect(saved.count).toBe(1);
  });

  it('stamps what it saves with the current feature scheme', async () => {
    const { values } = withRoaming();
    await saveLearnedWeights({ 'privat.3': 0.5 });
    expect(values.get('postvakt.learned')).toEqual({ scheme: FEATURE_SCHEME, deltas: { 'privat.3': 0.5 } });
  });

  it('reads nothing learnt from a value saved under another feature scheme', () => {
    withRoaming({ 'postvakt.learned': { scheme: 'an-earlier-scheme', deltas: { 'privat.3': 0.5 } } });
    expect(readLearnedWeights()).toEqual({});
  });

  it('reads nothing learnt from the older value without a scheme, and replaces it on the next save', async () => {
    const { values, saved } = withRoaming({ 'postvakt.learned': { 'privat.3': 0.5 } });
    expect(readLearnedWeights()).toEqual({});
    await saveLearnedWeights({});
    expect(saved.count).toBe(1);
    expect(values.get('postvakt.learned')).toEqual({ scheme: FEATURE_SCHEME, deltas: {} });
  });

  it('does not write again when nothing changed', async () => {
    const { saved } = withRoaming({ 'postvakt.learned': { scheme: FEATURE_SCHEME, deltas: { 'concept.privat': -0.4 } } });
    await saveLearnedWeights({ 'concept.privat': -0.4 });
    expect(saved.count).toBe(0);
  });

  it('keeps only finite numbers within the learning cap from a stored value, and nothing from one of the wrong shape', () => {
    withRoaming({ 'postvakt.learned': { scheme: FEATURE_SCHEME, deltas: { a: 5, b: -7, c: 'x', d: Number.NaN, e: 0, __proto__: { polluted: 1 } } } });
    expect(readLearnedWeights()).toEqual({ a: 1, b: -1 });
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    withRoaming({ 'postvakt.learned': ['a', 1] });
    expect(readLearnedWeights()).toEqual({});
    withRoaming({ 'postvakt.learned': { scheme: FEATURE_SCHEME, deltas: ['a', 1] } });
    expect(readLearnedWeights()).toEqual({});
  });

  it('gives none outside Outlook and saves nothing there', async () => {
    removeOffice();
    expect(readLearnedWeights()).toEqual({});
    await expect(saveLearnedWeights({ a: 0.5 })).resolves.toBeUndefined();
  });
});
