// PatternSet: the first match of each pattern is exactly what searching with the pattern alone finds.

import { PatternSet } from '../../../src/domain/text/patternSet';
import { wordRe } from '../../../src/domain/text/words';

function searched(pattern: RegExp, text: string): [number, string] | null {
  const m = new RegExp(pattern.source, 'g').exec(text);
  return m ? [m.index, m[0]] : null;
}

function viaSet(patterns: RegExp[], text: string): ([number, string] | null)[] {
  return new PatternSet(patterns).firstMatches(text).map((m) => (m ? [m.index, m[0]] : null));
}

describe('PatternSet', () => {
  describe('when patterns have literal starts', () => {
    const patterns = [
      wordRe(String.raw`\b(kram(ar)?|hej mamma|puss)\b`),
      wordRe(String.raw`\b(mamma fyller|fyller år)\b`),
      wordRe(String.raw`\b(vill (framföra|lämna) (ett )?klagomål|klagomål\w*)\b`),
      /(?:du\s+kallas\s+till|kallelse)/,
    ];

    it.each([
      'hej mamma, kram',
      'kramfors kommun: inga kramar här, men en kram',
      'mamma fyller år på lördag',
      'jag vill framföra ett klagomål och fler klagomålen',
      'vill lämna synpunkter; klagomålshantering',
      'du\nkallas till möte; kallelse bifogas',
      '',
      'ingenting här alls – bara “citat” och ✓',
    ])('finds the same first match as a search in %j', (text) => {
      expect(viaSet(patterns, text)).toEqual(patterns.map((p) => searched(p, text)));
    });

    it('answers the earliest start even when a longer stem ends later than a shorter one', () => {
      const set = [/(abcdefgh|efg)/];
      expect(viaSet(set, 'xx abcdefgh')).toEqual([[3, 'abcdefgh']]);
    });

    it('skips a stem occurrence where the whole pattern fails and takes the next one', () => {
      const set = [wordRe(String.raw`\bvill ha (svar|möte)\b`)];
      expect(viaSet(set, 'vill ha kaffe, sedan vill ha svar')).toEqual([[21, 'vill ha svar']]);
    });

    it('keeps the boundary before a match (a lookbehind sees text before the candidate)', () => {
      const set = [wordRe(String.raw`\bremiss\b`)];
      expect(viaSet(set, 'skolremiss och remiss')).toEqual([[15, 'remiss']]);
    });
  });

  describe('when a pattern has no literal start', () => {
    it('searches it as usual', () => {
      const set = [/\d+ ?%/, /^[^\n]*\ntack/];
      expect(viaSet(set, 'spara 20 % nu')).toEqual([[6, '20 %'], null]);
      expect(viaSet(set, 'ämne\ntack så mycket')).toEqual([null, [0, 'ämne\ntack']]);
    });
  });

  describe('when the text holds more candidates than its first buffer', () => {
    it('still finds every first match', () => {
      const set = [wordRe(String.raw`\bab(c|d)\b`), wordRe(String.raw`\bzz\b`)];
      const text = `${'abx '.repeat(2000)}abd zz`;
      expect(viaSet(set, text)).toEqual(set.map((p) => searched(p, text)));
    });
  });
});
