// Unicode-aware word matching: JavaScript's \b only knows ASCII, and Swedish words start with å, ä, ö.

const W = '[\\p{L}\\p{N}_]';
const BOUNDARY = `(?:(?<!${W})(?=${W})|(?<=${W})(?!${W}))`;

/** A case-insensitive, Unicode regex where \b means a Unicode word boundary. */
export function wordRe(source: string, flags = ''): RegExp {
  return new RegExp(source.replace(/\\b/g, BOUNDARY), `iu${flags.replace(/[iu]/g, '')}`);
}

/** A regex matching any of the phrases as whole words (phrases are plain text, not patterns). */
export function phrasesRe(phrases: readonly string[]): RegExp | null {
  const alts = phrases.filter(Boolean).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return alts.length ? wordRe(`\\b(?:${alts.join('|')})\\b`) : null;
}

/** Up to max characters around a match, whitespace collapsed, for quoting as evidence. */
export function excerptAt(text: string, index: number, length: number, around = 30): string {
  const start = Math.max(0, index - around);
  const end = Math.min(text.length, index + length + around);
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
