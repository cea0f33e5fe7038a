// patternStems: the literal starts of a regex's alternatives, so a scan for plain strings can tell where a match may begin.

import { LEADING_BOUNDARY } from './words';

function closingParen(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') while (i < src.length && src[i] !== ']') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function topLevelAlternatives(src: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') while (i < src.length && src[i] !== ']') i++;
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

/**
 * Literal starts (minLength to 8 characters) one of which every match of the pattern begins with, read from
 * its alternatives (capturing and (?: groups are opened, lookarounds are not); null when some
 * alternative has no literal start.
 */
export function patternStems(source: string, minLength = 3): string[] | null {
  const stems: string[] = [];
  for (const raw of topLevelAlternatives(source.split(LEADING_BOUNDARY).join(''))) {
    const alt = raw.startsWith(LEADING_BOUNDARY) ? raw.slice(LEADING_BOUNDARY.length) : raw;
    const group = alt.startsWith('(?:') ? 3 : alt.startsWith('(') && !alt.startsWith('(?') ? 1 : 0;
    if (group) {
      const close = closingParen(alt, 0);
      if (close < 0 || /^[?*{]/.test(alt.slice(close + 1))) return null;
      const inner = patternStems(alt.slice(group, close), minLength);
      if (!inner) return null;
      stems.push(...inner);
      continue;
    }
    const literal = /^[a-z0-9à-öø-ÿ :,-]*/.exec(alt)![0];
    const next = alt[literal.length];
    const usable = next === '?' || next === '*' || next === '{' ? literal.slice(0, -1) : literal;
    if (usable.length < minLength) return null;
    stems.push(usable.slice(0, 8));
  }
  return stems;
}
