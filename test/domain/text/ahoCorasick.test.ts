// The Aho-Corasick automaton finds every occurrence of every stem, exactly as a brute-force search over the text does.

import { buildAutomaton, scanStems } from '../../../src/domain/text/ahoCorasick';

/** Every (start, pattern) where one of the pattern's stems occurs, as keys start * patterns + pattern, ascending, once per stem. */
function bruteForce(stems: string[][], text: string): number[] {
  const keys: number[] = [];
  stems.forEach((list, pattern) => {
    for (const stem of new Set(list)) for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) keys.push(at * stems.length + pattern);
  });
  return keys.sort((a, b) => a - b);
}

/** A small deterministic generator (the same cases every run). */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
}

describe('buildAutomaton and scanStems', () => {
  it('find a stem inside another, a stem two patterns share, and a stem repeated in one pattern', () => {
    const stems = [['he', 'she'], ['hers', 'he'], ['he', 'he']];
    const a = buildAutomaton(stems);
    expect(scanStems(a, 3, 'ushers')).toEqual(bruteForce(stems, 'ushers'));
    expect(scanStems(a, 3, 'ushers')).toEqual([1 * 3 + 0, 2 * 3 + 0, 2 * 3 + 1, 2 * 3 + 1, 2 * 3 + 2]);
  });

  it('find nothing in a text without the stems, and nothing for a pattern without stems', () => {
    const a = buildAutomaton([[], ['åäö']]);
    expect(scanStems(a, 2, 'abc')).toEqual([]);
    expect(scanStems(a, 2, 'xåäöx')).toEqual([1 * 2 + 1]);
  });

  it('agree with a brute-force search on 200 random stem lists and texts over a small alphabet', () => {
    const next = random(7);
    const word = (max: number) => Array.from({ length: 1 + next(max) }, () => 'abå '[next(4)]).join('');
    for (let round = 0; round < 200; round++) {
      const stems = Array.from({ length: 1 + next(6) }, () => Array.from({ length: next(5) }, () => word(4)));
      const text = word(40);
      // Same keys; equal keys (one stem a prefix of another of the pattern) may come in either order.
      expect(scanStems(buildAutomaton(stems), stems.length, text)).toEqual(bruteForce(stems, text));
    }
  });
});
