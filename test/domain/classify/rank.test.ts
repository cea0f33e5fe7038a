// rankDescending: the order a stable sort by score, largest first, gives — ties kept in their order — without sort's work arrays.

import { rankDescending } from '../../../src/domain/classify/rank';
import { mayHoldPersonnummer } from '../../../src/domain/classify/personnummer';

interface Item {
  score: number;
  at: number;
}

/** A small deterministic generator (no Math.random: a failure can be replayed). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

describe('rankDescending', () => {
  it('orders 500 random lists with many ties exactly as the stable sort by score does', () => {
    const next = lcg(7);
    for (let n = 0; n < 500; n++) {
      const items: Item[] = Array.from({ length: Math.floor(next() * 20) }, (_, at) => ({ score: Math.floor(next() * 5) - 2 + (next() < 0.2 ? 0.5 : 0), at }));
      const expected = [...items].sort((a, b) => b.score - a.score);
      expect(rankDescending(items, (i) => i.score)).toEqual(expected);
    }
  });

  it('keeps the first of equal scores first, as the three totals of a message need', () => {
    const totals = { registrera: 2, gallra_ej_allman: 3, gallra_ringa: 2 };
    expect(rankDescending(Object.keys(totals) as (keyof typeof totals)[], (k) => totals[k])).toEqual(['gallra_ej_allman', 'registrera', 'gallra_ringa']);
  });

  it('leaves an empty list and a one-item list as they are, and returns the same array it ordered', () => {
    const empty: Item[] = [];
    expect(rankDescending(empty, (i) => i.score)).toBe(empty);
    expect(rankDescending([{ score: 1, at: 0 }], (i) => i.score)).toEqual([{ score: 1, at: 0 }]);
  });
});

describe('mayHoldPersonnummer', () => {
  it('answers for a joined text exactly as for its two parts asked apart, since six digits never span a line break', () => {
    const parts = ['', 'tel 070-123 45 67', '19121212', '121212-1212', '12345', '6', 'år 2026 och 123456', '12\n3456'];
    for (const a of parts) for (const b of parts) expect(mayHoldPersonnummer(`${a}\n${b}`)).toBe(mayHoldPersonnummer(a) || mayHoldPersonnummer(b));
  });

  it('is false for runs of five digits split by spaces, dashes or a line break', () => {
    expect(mayHoldPersonnummer('12345 67890')).toBe(false);
    expect(mayHoldPersonnummer('121212\n'.slice(1))).toBe(false);
    expect(mayHoldPersonnummer('121212')).toBe(true);
  });
});
