// PatternSet: the first match of each pattern is exactly what searching with the pattern alone finds.

import { PatternSet, powerOfTwoAtLeast } from '../../../src/domain/text/patternSet';
import { literalNeeds } from '../../../src/domain/text/stems';
import { wordRe } from '../../../src/domain/text/words';

function searched(pattern: RegExp, text: string): [number, string] | null {
  const m = new RegExp(pattern.source, 'g').exec(text);
  return m ? [m.index, m[0]] : null;
}

/** The set's answer, which must not depend on whether the text is searched (a set's first texts) or scanned with the automaton. */
function viaSet(patterns: RegExp[], text: string): ([number, string] | null)[] {
  const answer = (searchFirst: number) =>
    new PatternSet({ all: patterns }, { searchFirst })
      .scan(text)
      .firstMatches('all')
      .map((m): [number, string] | null => (m ? [m.index, m[0]] : null));
  const scanned = answer(0);
  expect(answer(1)).toEqual(scanned);
  return scanned;
}

describe('PatternSet', () => {
  describe('when patterns have literal starts', () => {
    const patterns = [
      wordRe(String.raw`\b(kram(ar)?|hej mamma|puss)\b`),
      wordRe(String.raw`\b(mamma fyller|fyller år)\b`),
      wordRe(String.raw`\b(vill (framföra|lämna) (ett )?klagomål|klagomål\w*)\b`),
      /(?:du\s+kallas\s+till|kallelse)/,
      wordRe(String.raw`\b(kd|sd|s|m):s (linje|syn)\b`),
    ];

    it.each([
      'hej mamma, kram',
      'kramfors kommun: inga kramar här, men en kram',
      'mamma fyller år på lördag',
      'jag vill framföra ett klagomål och fler klagomålen',
      'vill lämna synpunkter; klagomålshantering',
      'du\nkallas till möte; kallelse bifogas',
      'vad är s:s syn? och kd:s linje',
      '',
      'ingenting här alls – bara “citat” och ✓',
    ])('finds the same first match as a search in %j', (text) => {
      expect(viaSet(patterns, text)).toEqual(patterns.map((p) => searched(p, text)));
    });

    it('answers the earliest start even when a longer stem ends later than a shorter one', () => {
      expect(viaSet([/(abcdefgh|efg)/], 'xx abcdefgh')).toEqual([[3, 'abcdefgh']]);
    });

    it('skips a stem occurrence where the whole pattern fails and takes the next one', () => {
      const set = [wordRe(String.raw`\bvill ha (svar|möte)\b`)];
      expect(viaSet(set, 'vill ha kaffe, sedan vill ha svar')).toEqual([[21, 'vill ha svar']]);
    });

    it('keeps the boundary before a match (a lookbehind sees text before the candidate)', () => {
      expect(viaSet([wordRe(String.raw`\bremiss\b`)], 'skolremiss och remiss')).toEqual([[15, 'remiss']]);
    });
  });

  describe('when an alternative has no literal start', () => {
    const reklam = wordRe(String.raw`\b(rabatt\w*|\d+ ?% (off|rabatt))\b`);

    it('uses the stems alone while the text lacks the literal that alternative needs', () => {
      expect(viaSet([reklam], 'ingen rabatt idag')).toEqual([[6, 'rabatt']]);
    });

    it('searches as usual when the text holds it', () => {
      expect(viaSet([reklam], 'nu 20 % rabatt, rabatten gäller')).toEqual([[3, '20 % rabatt']]);
      expect(viaSet([/^[^\n]*\n[^?]{0,20}tack/], 'ämne\ntack så mycket')).toEqual([[0, 'ämne\ntack']]);
    });

    it('finds gates anywhere among other patterns, and a gate shared by two patterns', () => {
      const tack = wordRe(String.raw`\b(hej|[a-z]+ tack för)\b`);
      const set = [wordRe(String.raw`\bkram\b`), reklam, tack, wordRe(String.raw`\b(\d+ ?% (moms)|moms)\b`)];
      for (const text of ['kram', 'kram 5 % off', 'stort tack för', 'x tack för', '25 % moms', '5 %']) {
        expect(viaSet(set, text)).toEqual(set.map((p) => searched(p, text)));
      }
    });

    it('finds a gate in the second of two joined parts', () => {
      const set = new PatternSet({ a: [reklam] }, { searchFirst: 0 });
      const joined = set.scan('ingen rea').join(set.scan('nu 20 % off'));
      expect(joined.firstMatches('a').map((m) => m && [m.index, m[0]])).toEqual([searched(reklam, joined.text)]);
      expect(joined.firstMatches('a')[0]?.index).toBe(13);
    });

    it('searches a pattern that has neither a start nor a needed literal', () => {
      expect(viaSet([/\d+/], 'år 2026')).toEqual([[3, '2026']]);
    });
  });

  describe('when an alternative begins with a lookaround', () => {
    const patterns = [
      wordRe(String.raw`\b((kan|vill) gå med på|(?<!-)förhandling(en|ar|arna)?|budgetförhandling\w*)\b`),
      wordRe(String.raw`\b((?<!(går|ska) ut på )remiss(en|er)?|remitter\w*)\b`),
      /(?<=nr )\d+|(?=faktura)fakt/,
      /(?!förhandlingar)förhandling\w*/,
    ];

    it.each([
      'budget-förhandlingen, sedan förhandlingen',
      '-förhandling -förhandlingar och omförhandling, sist förhandlingarna',
      'ärendet går ut på remiss; remissen kom, remitterad',
      'ska ut på remiss och ska ut på remissen',
      'faktura nr 12 och nr 345',
      'förhandlingar, förhandlingarna, förhandlingen',
      'förhandling',
      'inget av dem här',
    ])('gives the same first match as a plain search of each pattern: %s', (text) => {
      expect(viaSet(patterns, text)).toEqual(patterns.map((p) => searched(p, text)));
    });

    it('starts the alternative at the literal after the lookaround', () => {
      expect(literalNeeds(String.raw`(vill gå med på|(?<!-)förhandling(en)?)`)).toEqual({ stems: ['vill gå ', 'förhandl'], gates: [] });
      expect(literalNeeds(String.raw`(?=faktura)fakt|(?!x)(?<=y)nr \d+`)).toEqual({ stems: ['fakt', 'nr '], gates: [] });
      // What a lookbehind holds is not part of the match: an alternative with nothing literal after it has neither.
      expect(literalNeeds(String.raw`(?<=nr )\d+`)).toBeNull();
    });
  });

  describe('when the automaton has more states than 16 bits hold', () => {
    it('still finds every first match', () => {
      // 6,000 distinct eight-letter words: about 40,000 trie states, so the table keeps 32-bit entries.
      const letters = 'abcdefghijklmnopqrstuvwxyz';
      const words = Array.from({ length: 6000 }, (_, i) => `${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}${letters[Math.floor(i / 676) % 26]}zzzzy`);
      const set = [new RegExp(`(${words.join('|')})`), /(?:kram)/];
      const text = `nej ${words[5999]} och ${words[17]} kram`;
      expect(viaSet(set, text)).toEqual(set.map((p) => searched(p, text)));
    });
  });

  describe('when the text holds thousands of candidates', () => {
    it('still finds every first match', () => {
      const set = [wordRe(String.raw`\bab(c|d)\b`), wordRe(String.raw`\bzz\b`)];
      const text = `${'abx '.repeat(2000)}abd zz`;
      expect(viaSet(set, text)).toEqual(set.map((p) => searched(p, text)));
    });
  });

  describe.each([
    ['scanned with the automaton', 0],
    ['searched (the set\'s first texts)', 99],
    ['searched first, then scanned', 1],
  ])('when groups, wanted patterns and joined parts are used, %s', (_mode, searchFirst) => {
    const set = new PatternSet({ a: [wordRe(String.raw`\bremiss\b`), wordRe(String.raw`\bkram\b`)], b: [wordRe(String.raw`\bpuss\b`)] }, { searchFirst });

    it('answers each group in its own order and skips unwanted patterns', () => {
      const scan = set.scan('kram och puss, remiss');
      expect(scan.firstMatches('a').map((m) => m?.index ?? null)).toEqual([15, 0]);
      expect(scan.firstMatches('a', (i) => i === 1).map((m) => m?.index ?? null)).toEqual([null, 0]);
      expect(scan.firstMatches('b').map((m) => m?.index ?? null)).toEqual([9]);
    });

    it('finds matches in two parts joined by a line break as in the joined text', () => {
      const joined = set.scan('hej').join(set.scan('en remiss och kram'));
      expect(joined.text).toBe('hej\nen remiss och kram');
      expect(joined.firstMatches('a').map((m) => m?.index ?? null)).toEqual([7, 18]);
    });
  });
});

describe('literalNeeds', () => {
  it('extends a group of literal alternatives by the literal after it', () => {
    expect(literalNeeds(String.raw`(kd|s):s (linje|syn)`)?.stems).toEqual(['kd:s ', 's:s ']);
  });

  it('names a literal that an alternative without a literal start must contain', () => {
    expect(literalNeeds(String.raw`(rabatt|\d+ ?% (off|rabatt))`)).toEqual({ stems: ['rabatt'], gates: ['% '] });
    expect(literalNeeds(String.raw`^[^\n]*\n[^?]{0,80}tack för (snabbt )?svar`)).toEqual({ stems: [], gates: ['tack för '] });
  });

  it('answers null when an alternative has neither', () => {
    expect(literalNeeds(String.raw`(remiss|\d+)`)).toBeNull();
    expect(literalNeeds(String.raw`(ab)?c?`)).toBeNull();
  });
});

describe('powerOfTwoAtLeast', () => {
  it('answers the smallest power of two that holds the number', () => {
    expect([0, 1, 2, 3, 95, 99, 128, 129].map(powerOfTwoAtLeast)).toEqual([1, 1, 2, 4, 128, 128, 128, 256]);
  });
});
