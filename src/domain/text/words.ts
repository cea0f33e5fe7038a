// Fast word matching on lower-cased text: JavaScript's \b only knows ASCII, and Unicode-mode boundaries are 25x slower.

/** Letters and digits of Swedish and other Latin-1 text (lower case only: match on lower-cased text). */
const L = 'a-z0-9_à-öø-ÿ';
const LEADING = `(?<![${L}])`;
/** The leading-boundary text wordRe writes, for callers that build a looser pre-scan. */
export const LEADING_BOUNDARY = LEADING;
const TRAILING = `(?![${L}])`;
const EITHER = `(?:(?<![${L}])(?=[${L}])|(?<=[${L}])(?![${L}]))`;

function boundary(prev: string, next: string): string {
  // Between two groups ("…)\b(…") neither side is known to be a word part: either way.
  if (/[*+?}]/.test(prev) || next === '[' || (next === '(' && (prev === ')' || prev === ']'))) return EITHER;
  return /[\p{L}\d(\\^]/u.test(next) ? LEADING : TRAILING;
}

/**
 * A regex for lower-cased text where \b is a word boundary that knows å, ä, ö (leading before a word part,
 * trailing after one, either way where the pattern leaves it open) and \p{L} inside a class means a letter.
 * The source is lower-cased, so write it in any case; do not use upper-case escapes (\D, \S, \W, \B).
 */
export function wordRe(source: string, flags = ''): RegExp {
  const src = source
    .replace(/\\p\{L\}/g, L)
    .replace(/(.?)\\b(.?)/g, (_m, prev: string, next: string) => prev + boundary(prev, next) + next)
    .toLowerCase();
  return new RegExp(src, flags.replace(/[iu]/g, ''));
}

/** A regex (for lower-cased text) matching any of the phrases as whole words; null for none. */
export function phrasesRe(phrases: readonly string[]): RegExp | null {
  // A repeated phrase cannot match where its first copy failed: dropping repeats keeps the answer.
  const alts = [
    ...new Set(phrases.filter(Boolean).map((p) => p.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))),
  ];
  return alts.length ? new RegExp(`${LEADING}(?:${alts.join('|')})${TRAILING}`) : null;
}

/** Up to `around` characters either side of a match, whitespace collapsed, for quoting as evidence. */
/** Swedish letters as mail addresses and domains spell them: å and ä as a, ö as o, é as e (for lower-cased text). */
export function asciiLetters(text: string): string {
  return text.replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e');
}

export function excerptAt(text: string, index: number, length: number, around = 30): string {
  const start = Math.max(0, index - around);
  const end = Math.min(text.length, index + length + around);
  const body = collapsedSlice(text, start, end);
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/** JavaScript's \s: white space and line terminators (tab to carriage return, space, and Unicode's space separators). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * text.slice(start, end).replace(/\s+/g, ' ').trim(), without a regex: the slice itself when its
 * whitespace is single spaces between words (most excerpts), else its words joined by single spaces.
 */
export function collapsedSlice(text: string, start: number, end: number): string {
  let plain = true;
  for (let i = start; i < end && plain; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) plain = i > start && i + 1 < end && !isSpace(text.charCodeAt(i + 1));
    else if (isSpace(c)) plain = false;
  }
  if (plain) return text.slice(start, end);
  let out = '';
  let word = -1;
  for (let i = start; i <= end; i++) {
    if (i < end && !isSpace(text.charCodeAt(i))) {
      if (word < 0) word = i;
    } else if (word >= 0) {
      out = out === '' ? text.slice(word, i) : `${out} ${text.slice(word, i)}`;
      word = -1;
    }
  }
  return out;
}

/** 1 for the character codes of L (see above), in lower-cased text. */
const WORD_CHAR = new Uint8Array(256).map((_, c) => ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 0xe0 && c !== 0xf7) ? 1 : 0));

/** Whether the character before `index` is one of L (so a match of a wordRe pattern with a leading boundary cannot start there). */
export function followsWordChar(text: string, index: number): boolean {
  const c = index > 0 ? text.charCodeAt(index - 1) : 256;
  return c < 256 && WORD_CHAR[c] === 1;
}

/** Words to count with countWords, by length and first letter (an array index) so a word is compared in place with one or two. */
export class WordList {
  /** Index length * 256 + first character code; words of L only, so every code is below 256. */
  private readonly byKey: (string[] | undefined)[] = [];
  constructor(words: readonly string[]) {
    for (const w of words) {
      if (w.length === 0 || w.charCodeAt(0) >= 256) throw new RangeError(`WordList: '${w}' is not a word of Latin-1 letters`);
      (this.byKey[w.length * 256 + w.charCodeAt(0)] ??= []).push(w);
    }
  }

  /** Whether text[start, end) is one of the words (a run of L characters: its first code is below 256). */
  has(text: string, start: number, end: number): boolean {
    const candidates = this.byKey[(end - start) * 256 + text.charCodeAt(start)];
    if (candidates === undefined) return false;
    for (let k = 0; k < candidates.length; k++) if (text.startsWith(candidates[k], start)) return true;
    return false;
  }
}

/**
 * How many words of lower-cased text (maximal runs of L characters) are in the list: the count of
 * matches of wordRe(`\b(w1|w2|…)\b`, 'g'), without a regex trying every alternative at every position.
 */
export function countWords(lower: string, words: WordList): number {
  let count = 0;
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 256 && WORD_CHAR[c] === 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (words.has(lower, start, i)) count++;
      start = -1;
    }
  }
  if (start >= 0 && words.has(lower, start, lower.length)) count++;
  return count;
}
