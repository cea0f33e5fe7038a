// countWords: counts whole words from a list exactly as the equivalent wordRe alternation would match them.

import { countWords, wordRe, WordList, collapsedSlice, excerptAt } from '../../../src/domain/text/words';

describe('countWords', () => {
  const words = ['the', 'you', 'your', 'to', 'för'];
  const re = wordRe(String.raw`\b(${words.join('|')})\b`, 'g');

  it.each([
    'the offer is for you and your team, to you',
    'yours together the_the 2the the2 to-do',
    'för fört förr ÿou the÷the',
    '',
  ])('counts the same words as the regex in %j', (text) => {
    expect(countWords(text, new WordList(words))).toBe((text.match(re) ?? []).length);
  });

  it('counts a word at the very end of the text', () => {
    expect(countWords('to the', new WordList(['the']))).toBe(1);
  });
});

describe('collapsedSlice', () => {
  const reference = (text: string, start: number, end: number) => text.slice(start, end).replace(/\s+/g, ' ').trim();

  it.each([
    ['words with single spaces', 'ett två tre'],
    ['leading and trailing space', ' ett två '],
    ['runs and line breaks', 'ett  två\n\ntre\r\n fyra'],
    ['every kind of JavaScript white space', 'a\t\u000b\f\u00a0b\u1680c\u2000\u200ad\u2028\u2029e\u202f\u205f\u3000\ufefff'],
    ['characters that are not \\s (NEL, Mongolian vowel separator, zero-width space)', 'a\u0085b\u180ec\u200bd'],
    ['only white space', ' \n\t '],
    ['nothing', ''],
  ])('gives what the regex gives for %s', (_name, text) => {
    expect(collapsedSlice(text, 0, text.length)).toBe(reference(text, 0, text.length));
  });

  it('gives what the regex gives for every slice of mixed text', () => {
    const text = ' Hej  på\ndig,\u00a0 vi ses \r\n\u3000i morgon ';
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) expect(collapsedSlice(text, start, end)).toBe(reference(text, start, end));
    }
  });

  it('quotes an excerpt with its line breaks collapsed and ellipses where it was cut', () => {
    expect(excerptAt('Inledning.\n\nVi begär  ett svar\nsenast fredag.', 15, 5, 8)).toBe('…ng. Vi begär ett sv…');
  });
});
