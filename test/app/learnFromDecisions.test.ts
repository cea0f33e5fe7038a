// Tests for recordDecisions and learnedWeights: decisions kept in Postvakt's store, newest MAX_DECISIONS, learnt into weight changes.

import { learnedWeights, recordDecisions } from '../../src/app/learnFromDecisions';
import { FEATURE_SCHEME } from '../../src/domain/classify/featureScheme';
import { MAX_DECISIONS, type DecisionRecord } from '../../src/domain/classify/learn';
import type { PostvaktStore } from '../../src/ports/mailbox';

function memoryStore(initial: PostvaktStore) {
  let store = initial;
  return {
    loadStore: async () => store,
    saveStore: async (next: PostvaktStore) => {
      store = next;
    },
    get: () => store,
  };
}

const decision = (n: number): DecisionRecord => ({
  at: `2026-11-10T08:00:${String(n % 60).padStart(2, '0')}Z`,
  decided: 'gallra_ringa',
  proposed: 'osaker',
  scheme: FEATURE_SCHEME,
  features: [{ id: 'inbjudan.0', x: 1, leaning: 'gallra_ringa' }, { id: 'medborgarfraga.0', x: 1, leaning: 'registrera' }],
});

describe('recordDecisions', () => {
  it('adds decisions to a store that had none and keeps the journal', async () => {
    const port = memoryStore({ journal: [], holds: [] });
    await recordDecisions(port, [decision(1)]);
    expect(port.get().decisions).toHaveLength(1);
    expect(port.get().journal).toEqual([]);
  });

  it('keeps only the newest decisions', async () => {
    const port = memoryStore({ journal: [], holds: [], decisions: Array.from({ length: MAX_DECISIONS }, (_, i) => decision(i)) });
    await recordDecisions(port, [decision(999)]);
    expect(port.get().decisions).toHaveLength(MAX_DECISIONS);
    expect(port.get().decisions!.at(-1)).toEqual(decision(999));
  });
});

describe('learnedWeights', () => {
  it('answers no changes for a store without decisions', () => {
    expect(learnedWeights({ journal: [], holds: [] })).toEqual({});
  });

  it('learns from the stored decisions', () => {
    const deltas = learnedWeights({ journal: [], holds: [], decisions: Array.from({ length: 60 }, (_, i) => decision(i)) });
    expect(deltas['medborgarfraga.0']).toBeLessThan(0);
  });

  it('learns nothing from stored decisions of an earlier classifier, which stay in the store', async () => {
    const earlier = Array.from({ length: 60 }, (_, i) => ({ ...decision(i), scheme: 'an-earlier-scheme' }));
    const port = memoryStore({ journal: [], holds: [], decisions: earlier });
    await recordDecisions(port, [decision(61)]);
    expect(port.get().decisions).toHaveLength(61);
    expect(learnedWeights({ journal: [], holds: [], decisions: earlier })).toEqual({});
  });
});
