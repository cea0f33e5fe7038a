import { parseStore } from '../../../src/adapters/graph/store';

describe('parseStore', () => {
  it('accepts a document written before the registrar fields existed', () => {
    expect(parseStore(JSON.stringify({ journal: [], holds: [] }))).toEqual({ journal: [], holds: [] });
  });

  it('keeps the registrar journal and the politician’s feedback', () => {
    const feedback = [{ key: 'pv1-' + 'a'.repeat(40), reference: 'AAAAAAAAAA', kind: 'diariford', diarienummer: 'KS 2026/1', at: '2026-11-04T10:00:00.000Z' }];
    const store = parseStore(JSON.stringify({ journal: [], holds: [], registrations: [], feedback }));
    expect(store.registrations).toEqual([]);
    expect(store.feedback).toEqual(feedback);
  });

  it.each([
    ['registrations that are not a list', { journal: [], holds: [], registrations: {} }],
    ['feedback that is not a list', { journal: [], holds: [], feedback: 'x' }],
    ['a document without holds', { journal: [] }],
  ])('refuses %s with a coded error', (_, doc) => {
    expect(() => parseStore(JSON.stringify(doc))).toThrow(expect.objectContaining({ code: 'invalid_response' }));
  });
});
