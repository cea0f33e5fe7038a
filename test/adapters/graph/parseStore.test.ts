// Tests for parseStore: older documents without decisions still parse; decisions are kept; a bad field is named.

import { parseStore } from '../../../src/adapters/graph/store';

describe('parseStore', () => {
  it('parses an older document without decisions', () => {
    expect(parseStore('{"journal":[],"holds":[]}')).toEqual({ journal: [], holds: [] });
  });

  it('keeps the decisions of a newer document', () => {
    const decision = { at: '2026-11-10T08:00:00Z', decided: 'registrera', proposed: 'osaker', features: [{ id: 'klagomal.0', x: 1, leaning: 'registrera' }] };
    expect(parseStore(JSON.stringify({ journal: [], holds: [], decisions: [decision] })).decisions).toEqual([decision]);
  });

  it('keeps decisions stamped with a feature scheme beside older ones without, for learning to choose from', () => {
    const older = { at: '2026-11-10T08:00:00Z', decided: 'registrera', proposed: 'osaker', features: [{ id: 'klagomal.0', x: 1, leaning: 'registrera' }] };
    const stamped = { ...older, scheme: '0123abcd' };
    expect(parseStore(JSON.stringify({ journal: [], holds: [], decisions: [older, stamped] })).decisions).toEqual([older, stamped]);
  });

  it('rejects decisions that are not a list', () => {
    expect(() => parseStore('{"journal":[],"holds":[],"decisions":{}}')).toThrow(/decisions/);
  });
});
