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

  it('rejects decisions that are not a list', () => {
    expect(() => parseStore('{"journal":[],"holds":[],"decisions":{}}')).toThrow(/decisions/);
  });
});
