// Tests for fitWeights: regularised toward the prior, bounded around it, deterministic.

import { DEFAULT_FIT, fitWeights, type Example } from '../../../src/domain/classify/fit';
import { orgKindOf, MUNICIPALITY_COUNT } from '../../../src/domain/classify/authorities';
import { priorWeights, SIGNAL_IDS } from '../../../src/domain/classify/model';

const ex = (label: Example['label'], ...features: [string, Example['label']][]): Example => ({ label, weight: 1, features: features.map(([id, leaning]) => ({ id, x: 1, leaning })) });

describe('fitWeights', () => {
  const prior = { a: 2, b: 2 };

  describe('when a feature keeps pointing the wrong way', () => {
    it('lowers its weight, but not below half its prior', () => {
      const examples = Array.from({ length: 50 }, () => ex('gallra_ringa', ['a', 'registrera'], ['b', 'gallra_ringa']));
      const w = fitWeights(examples, prior);
      expect(w.a).toBeLessThan(2);
      expect(w.a).toBeGreaterThanOrEqual(2 * DEFAULT_FIT.low);
      expect(w.b).toBeGreaterThan(2);
      expect(w.b).toBeLessThanOrEqual(2 * DEFAULT_FIT.high);
    });
  });

  describe('when no example has a feature', () => {
    it('keeps its prior', () => {
      expect(fitWeights([ex('registrera', ['a', 'registrera'])], prior).b).toBe(2);
    });
  });

  describe('when one feature has its own step and L2 strength', () => {
    it('moves only as far as its own settings let it, the others as before', () => {
      const examples = Array.from({ length: 50 }, () => ex('gallra_ringa', ['a', 'registrera'], ['b', 'gallra_ringa']));
      const plain = fitWeights(examples, prior);
      const held = fitWeights(examples, prior, { ...DEFAULT_FIT, rateFor: (id) => (id === 'a' ? 0 : DEFAULT_FIT.rate) });
      expect(held.a).toBe(2);
      expect(held.b).toBe(plain.b);
      const pulled = fitWeights(examples, prior, { ...DEFAULT_FIT, lambdaFor: (id) => (id === 'a' ? 10 : DEFAULT_FIT.lambda) });
      expect(pulled.a).toBeGreaterThan(plain.a);
      expect(pulled.a).toBeLessThanOrEqual(2);
      expect(pulled.b).toBe(plain.b);
    });
  });

  it('answers the same weights for the same examples', () => {
    const examples = [ex('registrera', ['a', 'registrera'], ['b', 'gallra_ringa']), ex('gallra_ringa', ['b', 'gallra_ringa'])];
    expect(fitWeights(examples, prior)).toEqual(fitWeights(examples, prior));
  });
});

describe('the model', () => {
  it('gives every phrase signal a distinct id with a prior', () => {
    expect(new Set(SIGNAL_IDS).size).toBe(SIGNAL_IDS.length);
    for (const id of SIGNAL_IDS) expect(priorWeights()[id]).toBeGreaterThan(0);
  });
});

describe('orgKindOf', () => {
  it('holds all 290 municipalities', () => {
    expect(MUNICIPALITY_COUNT).toBe(290);
  });

  it.each([
    ['umea.se', 'authority'],
    ['marks.se', 'authority'],
    ['regionvasterbotten.se', 'authority'],
    ['vgregion.se', 'authority'],
    ['lansstyrelsen.se', 'authority'],
    ['gp.se', 'media'],
    ['kommunal.se', 'union'],
  ])('knows %s as %s', (domain, kind) => {
    expect(orgKindOf(domain)).toBe(kind);
  });

  it.each(['nordinbygg.se', 'gmail.com', 'umea-kommun-login.com', ''])('answers null for %s', (domain) => {
    expect(orgKindOf(domain)).toBeNull();
  });
});
