// stem-variants.json: every stem family word's variants, written ahead by `npm run gen:stem-variants` so
// the classifier does not stem them all when it loads; it must be exactly what the word lists give today.

import precomputed from '../../../src/domain/classify/stem-variants.json';
import { FAMILY_WORDS, STEM_FAMILIES, decodeVariants, encodeVariants, matchStemFamilies, variants } from '../../../src/domain/classify/stemConcepts';

const baseWords = () => STEM_FAMILIES.flatMap((f) => f.words.split(' ').map((w) => (w.startsWith('=') ? w.slice(1) : w)));

describe('stem-variants.json', () => {
  it('holds every family word with the variants stemming gives today, and no other word (else: npm run gen:stem-variants)', () => {
    const edits = (precomputed as { edits: string[] }).edits;
    expect(FAMILY_WORDS).toEqual(baseWords());
    expect(edits.length).toBe(baseWords().length);
    expect(baseWords().map((w, i) => [w, decodeVariants(w, edits[i])])).toEqual(baseWords().map((w) => [w, [...variants(w)]]));
  });

  it('decodes what it encodes, a cut longer than nine letters and an empty variant included', () => {
    const cases: [string, string[]][] = [
      ['bygge', ['byg', 'bygge', 'bygget', 'byggt']],
      ['vård', ['vård', 'vårdet']],
      ['förskoleverksamhet', ['förskol', 'f', 'förskoleverksamheten']],
      ['ab', ['']],
    ];
    for (const [word, stems] of cases) expect(decodeVariants(word, encodeVariants(word, stems))).toEqual(stems);
    expect(encodeVariants('bygge', ['byg', 'bygge', 'bygget', 'byggt'])).toBe('2,,t,1t');
  });

  it('lets an inflected form and a compound find their family, as stemming at load did', () => {
    const family = STEM_FAMILIES.findIndex((f) => f.words.split(' ').includes('sjukhus'));
    expect(family).toBeGreaterThanOrEqual(0);
    for (const text of ['patienten fick vänta på sjukhusets akut', 'hon ligger på länssjukhuset']) {
      expect(matchStemFamilies(text, (f) => f === family).map((h) => h.family)).toEqual([family]);
    }
  });
});
