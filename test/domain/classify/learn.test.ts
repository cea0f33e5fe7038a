// Tests for learning from decisions: capped per-feature changes, the registrar's word first, only under the current feature scheme, and the "lärt av dina beslut" reason.

import { classify, buildClassifyContext, modelInputs } from '../../../src/domain/classify';
import { FEATURE_SCHEME } from '../../../src/domain/classify/featureScheme';
import { decisionRecord, learnAdjustments, LEARN_CAP, type DecisionRecord, type StoredDecisionRecord } from '../../../src/domain/classify/learn';
import { shippedWeights } from '../../../src/domain/classify/model';
import type { RegistrarFeedback } from '../../../src/domain/registrar/registration.types';
import { KRONOBERG, OWNER, message } from './support';

const shipped = shippedWeights();
const record = (decided: DecisionRecord['decided'], ids: [string, DecisionRecord['decided']][], deliveryKey?: string): DecisionRecord => ({
  at: '2026-11-10T08:00:00Z',
  decided,
  proposed: 'osaker',
  scheme: FEATURE_SCHEME,
  features: ids.map(([id, leaning]) => ({ id, x: 1, leaning })),
  ...(deliveryKey ? { deliveryKey } : {}),
});

describe('learnAdjustments', () => {
  describe('when there are no decisions', () => {
    it('answers no changes', () => {
      expect(learnAdjustments([], [], shipped)).toEqual({});
    });
  });

  describe('when the person keeps deciding against a feature', () => {
    const records = Array.from({ length: 100 }, () => record('gallra_ringa', [['inbjudan.0', 'gallra_ringa'], ['medborgarfraga.0', 'registrera']]));
    const deltas = learnAdjustments(records, [], shipped);

    it('moves the weights the decisions touched, each by at most the cap', () => {
      expect(deltas['medborgarfraga.0']).toBeLessThan(0);
      expect(deltas['inbjudan.0']).toBeGreaterThan(0);
      for (const d of Object.values(deltas)) expect(Math.abs(d)).toBeLessThanOrEqual(LEARN_CAP);
      expect(Object.keys(deltas).sort()).toEqual(['inbjudan.0', 'medborgarfraga.0']);
    });
  });

  describe('when the registrar answers "inte allmän handling" on a delivery', () => {
    it('learns the registrar\'s label rather than the person\'s', () => {
      const feedback: RegistrarFeedback = { key: 'k1', reference: 'r1', kind: 'inte_allman_handling', at: '2026-11-11T08:00:00Z' };
      const records = Array.from({ length: 50 }, () => record('registrera', [['privat.0', 'gallra_ej_allman'], ['roll.0', 'registrera']], 'k1'));
      const deltas = learnAdjustments(records, [feedback], shipped);
      expect(deltas['privat.0']).toBeGreaterThan(0);
      expect(deltas['roll.0']).toBeLessThan(0);
    });
  });

  describe('when decisions were recorded under another feature scheme', () => {
    const against = (): DecisionRecord => record('gallra_ringa', [['inbjudan.0', 'gallra_ringa'], ['medborgarfraga.0', 'registrera']]);

    it('moves no weight for records of an earlier classifier whose ids may name other features now', () => {
      const earlier = Array.from({ length: 100 }, () => ({ ...against(), scheme: 'an-earlier-scheme' }));
      expect(learnAdjustments(earlier, [], shipped)).toEqual({});
    });

    it('ignores records stored before schemes were stamped', () => {
      const unstamped: StoredDecisionRecord[] = Array.from({ length: 100 }, () => {
        const { scheme: _scheme, ...rest } = against();
        return rest;
      });
      expect(learnAdjustments(unstamped, [], shipped)).toEqual({});
    });

    it('learns from the current records only when both kinds are stored', () => {
      const earlier = Array.from({ length: 100 }, () => ({ ...record('registrera', [['privat.3', 'gallra_ej_allman']]), scheme: 'an-earlier-scheme' }));
      const deltas = learnAdjustments([...earlier, ...Array.from({ length: 100 }, against)], [], shipped);
      expect(Object.keys(deltas).sort()).toEqual(['inbjudan.0', 'medborgarfraga.0']);
    });

    it('does not join the registrar\'s feedback to a delivery recorded under another scheme', () => {
      const feedback: RegistrarFeedback = { key: 'k1', reference: 'r1', kind: 'inte_allman_handling', at: '2026-11-11T08:00:00Z' };
      const earlier = Array.from({ length: 50 }, () => ({ ...record('registrera', [['privat.0', 'gallra_ej_allman']], 'k1'), scheme: 'an-earlier-scheme' }));
      expect(learnAdjustments(earlier, [feedback], shipped)).toEqual({});
    });
  });

  describe('when the store holds entries that are not decision records', () => {
    it('drops them and learns from the rest without throwing', () => {
      const junk = [null, 'x', { scheme: FEATURE_SCHEME, features: 'x' }, { scheme: FEATURE_SCHEME, decided: 'registrera', features: [null, { id: 5, x: 1 }] }] as unknown as StoredDecisionRecord[];
      expect(learnAdjustments(junk, [], shipped)).toEqual({});
      const good = Array.from({ length: 100 }, () => record('gallra_ringa', [['inbjudan.0', 'gallra_ringa']]));
      expect(learnAdjustments([...junk, ...good], [], shipped)['inbjudan.0']).toBeGreaterThan(0);
    });
  });
});

describe('classify with learned weights', () => {
  const complaint = message({ subject: 'Vårdcentralen', text: 'Hej!\nJag vill klaga på att vårdcentralen i Alvesta har stängt. Vem ansvarar för det?' });
  const context = buildClassifyContext(OWNER, []);

  it('cites "Lärt av dina beslut" when a learnt weight counted', () => {
    const hits = modelInputs(complaint, KRONOBERG, context)!;
    const learned = Object.fromEntries(hits.map((h) => [h.id, 0.5]));
    const v = classify(complaint, KRONOBERG, { ...context, learned });
    expect(v.reasons.some((r) => r.rule === 'Lärt av dina beslut')).toBe(true);
    expect(classify(complaint, KRONOBERG, context).reasons.some((r) => r.rule === 'Lärt av dina beslut')).toBe(false);
  });

  it('never proposes a purge for a public record by learning its signs away', () => {
    const hits = modelInputs(complaint, KRONOBERG, context)!;
    const learned = Object.fromEntries(hits.map((h) => [h.id, h.leaning === 'registrera' ? -LEARN_CAP : LEARN_CAP]));
    expect(['registrera', 'osaker']).toContain(classify(complaint, KRONOBERG, { ...context, learned }).category);
  });

  it('records a decision with the features only', () => {
    const r = decisionRecord(modelInputs(complaint, KRONOBERG, context)!, 'registrera', 'registrera', '2026-11-10T08:00:00Z');
    expect(JSON.stringify(r)).not.toContain('Alvesta');
    expect(r.features.length).toBeGreaterThan(0);
  });

  it('stamps a decision with the current feature scheme', () => {
    const r = decisionRecord(modelInputs(complaint, KRONOBERG, context)!, 'registrera', 'registrera', '2026-11-10T08:00:00Z');
    expect(r.scheme).toBe(FEATURE_SCHEME);
    expect(learnAdjustments(Array.from({ length: 100 }, () => ({ ...r, decided: 'gallra_ringa' as const })), [], shipped)).not.toEqual({});
  });
});
