// countWords: counts whole words from a list exactly as the equivalent wordRe alternation would match them.

import { countWords, wordRe, WordList } from '../../../src/domain/text/words';

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
