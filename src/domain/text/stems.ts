// Literal starts and required literals of a regex's alternatives, so a scan for plain strings can tell where — and whether — a match can occur.

import { LEADING_BOUNDARY } from './words';

/** Longest literal start kept: a longer one rules out few more positions and costs scan states. */
const MAX_STEM = 8;

/** What a pattern's alternatives need: a literal start each (stems), or for some, a literal they contain (gates). */
export interface LiteralNeeds {
  /** Every match that uses a stemmed alternative begins with one of these. */
  stems: string[];
  /** Alternatives without a literal start each contain one of these; absent from a text, they cannot match in it. */
  gates: string[];
}

interface Item {
  /** The character, when the item is one plain character; null for classes, escapes, groups, anchors. */
  char: string | null;
  /** The item's source without its quantifier (groups keep their parentheses). */
  source: string;
  quantifier: string;
}

function closingParen(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = closingBracket(src, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function closingBracket(src: string, open: number): number {
  let i = open + 1;
  while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
  return i;
}

export function topLevelAlternatives(src: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = closingBracket(src, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(src.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(src.slice(from));
  return alternatives;
}

const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;

/** One alternative (no top-level '|') as a sequence of items with their quantifiers; null if unbalanced. */
function sequenceItems(seq: string): Item[] | null {
  const items: Item[] = [];
  let i = 0;
  while (i < seq.length) {
    const c = seq[i];
    let end = i + 1;
    let char: string | null = null;
    if (c === '\\') end = seq[i + 1] === 'p' || seq[i + 1] === 'P' ? seq.indexOf('}', i) + 1 : i + 2;
    else if (c === '[') end = closingBracket(seq, i) + 1;
    else if (c === '(') end = closingParen(seq, i) + 1;
    // Plain Latin-1 characters other than a line break (texts are scanned in parts joined by one).
    else if (!'^$.|)]{}*+?\n'.includes(c) && c.charCodeAt(0) < 256) char = c;
    if (end <= i) return null;
    const quantifier = QUANTIFIER.exec(seq.slice(end))?.[0] ?? '';
    items.push({ char, source: seq.slice(i, end), quantifier });
    i = end + quantifier.length;
  }
  return items;
}

/** A lookahead or lookbehind without a quantifier (zero-width, whatever it holds). */
const isLookaround = (item: Item) => item.char === null && item.quantifier === '' && /^\(\?(?:<[=!]|[=!])/.test(item.source);

const mayBeAbsent = (q: string) => q.startsWith('?') || q.startsWith('*') || q.startsWith('{0');

/** An opened group's body: capturing and (?: groups; lookarounds and named groups are not opened. */
function groupBody(item: Item): string | null {
  if (item.char !== null || !item.source.startsWith('(') || mayBeAbsent(item.quantifier)) return null;
  if (item.source.startsWith('(?:')) return item.source.slice(3, -1);
  return item.source.startsWith('(?') ? null : item.source.slice(1, -1);
}

/**
 * Literal prefixes of a sequence, one of which every match begins with; `whole` when the prefix is
 * the entire match (so what follows may extend it). Null when some path has no literal start.
 */
function prefixes(items: Item[]): { text: string; whole: boolean }[] | null {
  if (items.length === 0) return [{ text: '', whole: true }];
  // A leading lookaround is zero-width: every match begins where what follows it begins ("(?<!-)förhandling" at
  // "förhandling"), and the sticky try there still checks it (a lookbehind reads the text before lastIndex).
  if (isLookaround(items[0])) return prefixes(items.slice(1));
  const body = groupBody(items[0]);
  if (body !== null) {
    const inner: { text: string; whole: boolean }[] = [];
    for (const alt of topLevelAlternatives(body)) {
      const altItems = sequenceItems(alt);
      const p = altItems && prefixes(altItems);
      if (!p) return null;
      inner.push(...p);
    }
    const plain = items[0].quantifier === '';
    // What follows the group is read once, not once per alternative (nested groups multiplied it).
    let after: { text: string; whole: boolean }[] | null | undefined;
    return inner.flatMap((p) => {
      if (!p.whole || !plain || p.text.length >= MAX_STEM) return [{ text: p.text, whole: false }];
      if (after === undefined) after = prefixes(items.slice(1));
      return after ? after.map((a) => ({ text: p.text + a.text, whole: a.whole })) : [{ text: p.text, whole: false }];
    });
  }
  let text = '';
  for (const item of items) {
    if (item.char === null || mayBeAbsent(item.quantifier)) return text ? [{ text, whole: false }] : null;
    text += item.char;
    if (item.quantifier) return [{ text, whole: false }];
  }
  return [{ text, whole: true }];
}

/** The longest run of characters every match of the sequence contains, in order; '' if none. */
function requiredLiteral(items: Item[]): string {
  let best = '';
  let run = '';
  for (const item of items) {
    if (item.char === null || mayBeAbsent(item.quantifier)) {
      run = '';
      continue;
    }
    run += item.char;
    if (run.length > best.length) best = run;
    if (item.quantifier) run = '';
  }
  return best;
}

/** Stems and gates of the alternatives (a leading group is opened when it helps); null when one has neither. */
function needsOf(alternatives: string[], minLength: number): LiteralNeeds | null {
  const needs: LiteralNeeds = { stems: [], gates: [] };
  for (const alt of alternatives) {
    const items = sequenceItems(alt);
    if (!items) return null;
    const starts = prefixes(items);
    if (starts && starts.every((s) => s.text.length >= minLength)) {
      needs.stems.push(...starts.map((s) => s.text.slice(0, MAX_STEM)));
      continue;
    }
    const body = items.length > 0 ? groupBody(items[0]) : null;
    const inner = body === null ? null : needsOf(topLevelAlternatives(body), minLength);
    if (inner) {
      needs.stems.push(...inner.stems);
      needs.gates.push(...inner.gates);
      continue;
    }
    const gate = requiredLiteral(items);
    if (!gate) return null;
    needs.gates.push(gate);
  }
  return needs;
}

/**
 * What the pattern needs in a text to match there: literal starts (minLength to 8 characters) for
 * its alternatives, and for alternatives without one a literal they contain. Null when some
 * alternative has neither. The pattern's leading word boundaries (wordRe's) are zero-width and skipped.
 */
export function literalNeeds(source: string, minLength = 3): LiteralNeeds | null {
  return needsOf(topLevelAlternatives(source.split(LEADING_BOUNDARY).join('')), minLength);
}

/**
 * Literal starts (minLength to 8 characters) one of which every match of the pattern begins with, read from
 * its alternatives (capturing and (?: groups are opened, lookarounds are not); null when some
 * alternative has no literal start.
 */
export function patternStems(source: string, minLength = 3): string[] | null {
  const needs = literalNeeds(source, minLength);
  return needs && needs.gates.length === 0 ? needs.stems : null;
}
