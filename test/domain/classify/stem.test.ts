// Tests for swedishStem (Snowball's published sample pairs) and the stem families that match inflected and compound forms.

import { readFileSync } from 'fs';
import { join } from 'path';
import { swedishStem } from '../../../src/domain/classify/stem';
import { matchStemFamilies, sameWord, STEM_FAMILIES } from '../../../src/domain/classify/stemConcepts';

const pairs = readFileSync(join(__dirname, '../../fixtures/snowball-swedish.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string]);

const familyIds = (text: string, all = true) => matchStemFamilies(text.toLowerCase(), () => all).map((h) => STEM_FAMILIES[h.family].id);

describe('swedishStem', () => {
  it('holds a few hundred of the published pairs, most of them changed by the stemmer', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(300);
    expect(pairs.filter(([w, s]) => w !== s).length).toBeGreaterThanOrEqual(150);
  });

  it.each(pairs)('stems %s to %s as Snowball does', (word, stem) => {
    expect(swedishStem(word)).toBe(stem);
  });

  it.each([
    ['skolorna', 'skol'],
    ['hemtjänsten', 'hemtjänst'],
    ['yrkandet', 'yrk'],
    ['adligt', 'adl'],
    ['kraftlöst', 'kraftlös'],
    ['bussarnas', 'buss'],
  ])('removes endings only inside R1 (%s → %s)', (word, stem) => {
    expect(swedishStem(word)).toBe(stem);
  });

  it('keeps words of fewer than three letters and the empty string', () => {
    expect(swedishStem('ni')).toBe('ni');
    expect(swedishStem('')).toBe('');
  });
});

describe('matchStemFamilies', () => {
  it('finds a service area in an inflected form', () => {
    expect(familyIds('Hållplatserna vid torget är borttagna')).toEqual(['stam.verksamhet']);
  });

  it('finds a service area as the head of a compound the list does not name', () => {
    expect(familyIds('Nattbussarna till Älvby har slutat gå')).toEqual(['stam.verksamhet']);
    expect(familyIds('Barnmorskemottagningen svarar aldrig')).toEqual(['stam.verksamhet']);
  });

  it('finds a definite form ending in -an that Snowball leaves', () => {
    expect(familyIds('Vi ses vid stugan')).toEqual(['stam.privat']);
  });

  it('counts a family once, at its first word', () => {
    const hits = matchStemFamilies('älgjakten och jaktlaget, sedan bastun', () => true);
    expect(hits).toEqual([{ family: STEM_FAMILIES.findIndex((f) => f.id === 'stam.privat'), index: 0, word: 'älgjakten' }]);
  });

  it('does not read a word marked whole-word-only as the head of a compound', () => {
    expect(familyIds('Nämnden ska behandla ärendet och förhandla om avtalet')).toEqual([]);
  });

  it('leaves out families the caller does not want', () => {
    expect(familyIds('Middag på fredag?', false)).toEqual([]);
  });

  it('finds nothing in text without family words', () => {
    expect(familyIds('Protokollet från sammanträdet 3 mars 2027')).toEqual([]);
  });

  it('answers the same after more distinct words than its cache of words seen holds (it grows, then empties)', () => {
    // 70,000 made-up words of five letters, none a family word, then family words: the cache of words
    // seen grows from 4,096 slots and is emptied at 50,000 words; the answers must not change.
    const letters = 'bcdfghjklmnpqrstvwxz';
    const made = Array.from({ length: 70_000 }, (_, i) => `q${letters[i % 20]}${letters[Math.floor(i / 20) % 20]}${letters[Math.floor(i / 400) % 20]}${letters[Math.floor(i / 8000) % 20]}`);
    expect(matchStemFamilies(made.join(' '), () => true)).toEqual([]);
    expect(familyIds('Hållplatserna vid torget är borttagna')).toEqual(['stam.verksamhet']);
    expect(familyIds(`${made.slice(0, 100).join(' ')} vi ses vid stugan`)).toEqual(['stam.privat']);
    expect(familyIds('Nämnden ska behandla ärendet och förhandla om avtalet')).toEqual([]);
  });
});

describe('sameWord', () => {
  it('answers true only for the whole word at that position', () => {
    expect(sameWord('skola', 'en skola här', 3, 5)).toBe(true);
    expect(sameWord('skola', 'en skolan här', 3, 6)).toBe(false);
    expect(sameWord('skola', 'en skala här', 3, 5)).toBe(false);
    expect(sameWord('skola', 'en sko', 3, 5)).toBe(false);
  });
});
