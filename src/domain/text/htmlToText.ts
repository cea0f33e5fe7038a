// htmlToText: HTML to plain text with a small tokenizer of its own (no DOM, no recursion, no entity table beyond mail's); hidden text is kept.

import { decodeReference } from './htmlEntities';
import { DEFAULT_MAX_TEXT_CHARS } from './htmlTextPort';
import { OpenElements, type TreeEvents } from './htmlTree';

export { DEFAULT_MAX_TEXT_CHARS };

const SKIP = new Set(['script', 'style', 'head', 'template', 'noscript']);
const BLOCK = new Set([
  'p', 'div', 'br', 'tr', 'li', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'section', 'article', 'header', 'footer', 'hr', 'pre', 'td', 'th', 'title',
]);
/** Elements whose content is text up to their own end tag: script and style (dropped), title (entities read), textarea (raw). */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);

const LT = 60;
const GT = 62;
const SLASH = 47;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Collapses whitespace: runs of spaces to one, any run holding a line break to one "\n"; trims. The
 * same as replacing every run of [ \t\r\f\v\u00a0] by ' ', then every line break (with a space
 * before it and any whitespace after it) by '\n', but without the matches that would put back what
 * they take (a single space, a bare line break): most text is words separated by single spaces, and
 * each match costs a copy.
 */
function collapse(raw: string): string {
  return raw
    .replace(/ [ \t\r\f\v\u00a0]+|[\t\r\f\v\u00a0][ \t\r\f\v\u00a0]*/g, ' ')
    .replace(/ \n\s*|\n\s+/g, '\n')
    .trim();
}

/** Text pieces in document order, and where to stop: once the collapsed text reaches maxChars. */
class TextSink implements TreeEvents {
  readonly parts: string[] = [];
  skipDepth = 0;
  full = false;
  private length = 0;
  private checkAt: number;
  /** Where the next "&" is at or after the last text read (one scan for the whole document). */
  private nextAmp = -1;

  constructor(private readonly maxChars: number) {
    this.checkAt = maxChars;
  }

  open(name: string): void {
    if (SKIP.has(name)) this.skipDepth++;
    else if (BLOCK.has(name)) this.push('\n');
  }

  close(name: string): void {
    if (SKIP.has(name)) this.skipDepth = Math.max(0, this.skipDepth - 1);
    else if (BLOCK.has(name)) this.push('\n');
  }

  /** Text of html[start, end), character references read. */
  text(html: string, start: number, end: number): void {
    if (this.skipDepth > 0 || start >= end) return;
    if (this.nextAmp < start) this.nextAmp = html.indexOf('&', start);
    if (this.nextAmp < 0) this.nextAmp = html.length;
    let from = start;
    while (this.nextAmp < end && !this.full) {
      const amp = this.nextAmp;
      const ref = decodeReference(html, amp, end);
      if (ref) {
        if (amp > from) this.push(html.slice(from, amp));
        this.push(ref.text);
        from = ref.next;
      }
      const next = html.indexOf('&', ref ? ref.next : amp + 1);
      this.nextAmp = next < 0 ? html.length : next;
    }
    if (end > from && !this.full) this.push(html.slice(from, end));
  }

  /** Text taken as written (textarea content, a stray "</>"). */
  raw(s: string): void {
    if (this.skipDepth === 0) this.push(s);
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    if (this.length >= this.checkAt) {
      // Collapsing shrinks the text; read on until the collapsed text is long enough (checks at least 1.5× apart).
      const collapsed = collapse(this.parts.join('')).length;
      if (collapsed >= this.maxChars) {
        this.full = true;
        this.checkAt = Infinity;
      } else this.checkAt = Math.max(this.length + (this.maxChars - collapsed), Math.ceil(this.length * 1.5));
    }
  }
}

/** Index of the ">" ending a start tag whose name ends at `i`, and whether it ended "/>"; -1 at the end of input. */
function endOfStartTag(html: string, i: number): { gt: number; selfClosing: boolean } {
  const n = html.length;
  // The attribute states of the HTML tokenizer: a quote opens a value only where a value starts.
  let state: 'before' | 'name' | 'afterName' | 'beforeValue' | 'slash' = 'before';
  for (; i < n; i++) {
    const c = html.charCodeAt(i);
    if (state === 'beforeValue') {
      if (c === 34 || c === 39) {
        i = html.indexOf(c === 34 ? '"' : "'", i + 1);
        if (i < 0) break;
        state = 'before';
        continue;
      }
      if (isSpace(c)) continue;
      while (i < n && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== GT) i++; // unquoted value
      if (i >= n) break;
      if (html.charCodeAt(i) === GT) return { gt: i, selfClosing: false };
      state = 'before';
      continue;
    }
    if (c === GT) return { gt: i, selfClosing: state === 'slash' };
    if (c === SLASH) state = 'slash';
    else if (c === 61 /* = */ && (state === 'name' || state === 'afterName')) state = 'beforeValue';
    else if (isSpace(c)) state = state === 'name' ? 'afterName' : state;
    else state = 'name';
  }
  return { gt: -1, selfClosing: false };
}

/** Whether html at i holds `name` (ASCII, any case). */
function hasNameAt(html: string, i: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if ((html.charCodeAt(i + k) | 0x20) !== name.charCodeAt(k)) return false;
  return true;
}

class Walker {
  readonly sink: TextSink;
  private readonly tree: OpenElements;

  constructor(private readonly html: string, maxChars: number) {
    this.sink = new TextSink(maxChars);
    this.tree = new OpenElements(this.sink);
  }

  run(): void {
    const { html, sink } = this;
    const n = html.length;
    let i = 0;
    while (i < n && !sink.full) {
      const lt = html.indexOf('<', i);
      if (lt < 0) {
        sink.text(html, i, n);
        return;
      }
      sink.text(html, i, lt);
      i = this.markup(lt);
    }
  }

  /** Reads the markup at `lt` (a "<"); answers where text resumes. A "<" that starts no markup is text. */
  private markup(lt: number): number {
    const { html } = this;
    const c = html.charCodeAt(lt + 1);
    if (isAsciiAlpha(c)) return this.startTag(lt + 1);
    if (c === SLASH) return this.endTag(lt);
    if (c === 33 /* ! */) return this.bang(lt + 2);
    if (c === 63 /* ? */) return this.after(html.indexOf('>', lt + 2)); // processing instruction
    this.sink.raw('<');
    return lt + 1;
  }

  /** Index after the ">" at gt; the end of input when there is none (unterminated markup is dropped). */
  private after(gt: number): number {
    return gt < 0 ? this.html.length : gt + 1;
  }

  private startTag(start: number): number {
    const { html } = this;
    const n = html.length;
    let i = start;
    while (i < n) {
      const c = html.charCodeAt(i);
      if (c === GT || c === SLASH || isSpace(c)) break;
      i++;
    }
    if (i >= n) return n;
    const name = html.slice(start, i).toLowerCase();
    this.tree.openTag(name);
    const { gt, selfClosing } = endOfStartTag(html, i);
    if (gt < 0) return n;
    this.tree.endOpenTag(name, selfClosing);
    return !selfClosing && RAW_TEXT.has(name) ? this.rawText(name, gt + 1) : gt + 1;
  }

  /** Content of script/style/title/textarea: up to `</name` followed by ">" or a space, any case. */
  private rawText(name: string, start: number): number {
    const { html, sink } = this;
    const n = html.length;
    for (let k = start; ; ) {
      const j = html.indexOf('</', k);
      const after = j + 2 + name.length;
      if (j < 0 || after >= n) {
        if (name === 'textarea') sink.raw(html.slice(start));
        else sink.text(html, start, n);
        return n;
      }
      const c = html.charCodeAt(after);
      if (hasNameAt(html, j + 2, name) && (c === GT || isSpace(c))) {
        if (name === 'textarea') sink.raw(html.slice(start, j));
        else sink.text(html, start, j);
        this.tree.closeTag(name);
        return this.after(c === GT ? after : html.indexOf('>', after));
      }
      k = j + 1;
    }
  }

  private endTag(lt: number): number {
    const { html } = this;
    const n = html.length;
    let i = lt + 2;
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (i >= n) return n;
    const c = html.charCodeAt(i);
    if (c === GT) {
      this.sink.raw(html.slice(lt, i + 1)); // "</>" stays as text, as in htmlparser2
      return i + 1;
    }
    if (!isAsciiAlpha(c)) return this.after(html.indexOf('>', i + 1)); // "</3…>": a bogus comment
    let e = i;
    while (e < n && html.charCodeAt(e) !== GT && !isSpace(html.charCodeAt(e))) e++;
    if (e >= n) return n;
    this.tree.closeTag(html.slice(i, e).toLowerCase());
    return this.after(html.charCodeAt(e) === GT ? e : html.indexOf('>', e + 1));
  }

  /** After "<!": a comment, CDATA (dropped, as in HTML outside foreign content), or a declaration such as <!DOCTYPE>. */
  private bang(i: number): number {
    const { html } = this;
    const n = html.length;
    if (i >= n) return n;
    const c = html.charCodeAt(i);
    if (c === 45 /* - */) {
      // "<!--" … "-->"; "<!-->" and "<!--->" are whole comments. "<!-x" is a declaration.
      if (html.charCodeAt(i + 1) === 45) {
        const end = html.indexOf('-->', i);
        return end < 0 ? n : end + 3;
      }
      return this.after(html.indexOf('>', i + 2));
    }
    if (c === 91 /* [ */) {
      const cdata = 'CDATA[';
      let k = 0;
      while (k < cdata.length && html.charCodeAt(i + 1 + k) === cdata.charCodeAt(k)) k++;
      if (k === cdata.length) {
        const end = html.indexOf(']]>', i + 1 + k);
        return end < 0 ? n : end + 3;
      }
      return this.after(html.indexOf('>', i + 1 + k)); // "<![if !supportLists]>": a declaration
    }
    return this.after(html.indexOf('>', i + 1));
  }
}

/**
 * Text of an HTML document, block elements separated by newlines, whitespace collapsed.
 * Reads until maxChars of text are collected (bodies may be 25 MB), the rest is not tokenized.
 * Text hidden with CSS (e.g. an e-mail preheader) is kept: it is text the sender wrote.
 * Named references outside mail's short list (htmlEntities.ts) stay as written.
 */
export function htmlToText(html: string, maxChars: number = DEFAULT_MAX_TEXT_CHARS): string {
  const walker = new Walker(html, maxChars);
  walker.run();
  const text = collapse(walker.sink.parts.join(''));
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}
