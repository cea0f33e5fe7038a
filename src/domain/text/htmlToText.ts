// htmlToText: HTML to plain text with htmlparser2's streaming tokenizer (no DOM, no recursion); hidden text is kept.

import { Parser } from 'htmlparser2';

/** Analysis cap used by the classifier: characters of text read from one body. */
export const DEFAULT_MAX_TEXT_CHARS = 200_000;

const SKIP = new Set(['script', 'style', 'head', 'template', 'noscript']);
const BLOCK = new Set([
  'p', 'div', 'br', 'tr', 'li', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'section', 'article', 'header', 'footer', 'hr', 'pre', 'td', 'th', 'title',
]);
const FEED_CHUNK = 64 * 1024;

/**
 * Text of an HTML document, block elements separated by newlines, whitespace collapsed.
 * Stops feeding the tokenizer once maxChars of text are collected (bodies may be 25 MB).
 * Text hidden with CSS (e.g. an e-mail preheader) is kept: it is text the sender wrote.
 */
export function htmlToText(html: string, maxChars: number = DEFAULT_MAX_TEXT_CHARS): string {
  const parts: string[] = [];
  let length = 0;
  let skipDepth = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIP.has(name)) skipDepth++;
        else if (BLOCK.has(name)) push('\n');
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCK.has(name)) push('\n');
      },
      ontext(text) {
        if (skipDepth === 0) push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  for (let i = 0; i < html.length && length < maxChars; i += FEED_CHUNK) {
    parser.write(html.slice(i, i + FEED_CHUNK));
  }
  parser.end();
  const text = parts
    .join('')
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}
