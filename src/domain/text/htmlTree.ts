// The element rules htmlToText needs from an HTML parser: which open tags a tag closes, void elements, and the open-element stack.

/** An opening tag closes these when they are the innermost open elements (as htmlparser2 does). */
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  (
    [
      ['tr', ['tr', 'th', 'td']], ['th', ['th']], ['td', ['thead', 'th', 'td']], ['body', ['head', 'link', 'script']], ['li', ['li']],
      ['select', FORM], ['input', FORM], ['output', FORM], ['button', FORM], ['datalist', FORM], ['textarea', FORM],
      ['option', ['option']], ['optgroup', ['optgroup', 'option']], ['dd', ['dd', 'dt']], ['dt', ['dd', 'dt']],
      ['rt', ['rt', 'rp']], ['rp', ['rt', 'rp']], ['tbody', ['thead', 'tbody']], ['tfoot', ['thead', 'tbody']],
      ...[
        'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset',
        'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul',
      ].map((name) => [name, P] as const),
    ] as [string, string[]][]
  ).map(([name, closes]) => [name, new Set(closes)]),
);

export const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Elements whose content starts (svg, math) or leaves (the rest) foreign content, where `<x/>` closes x. */
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** What the text builder hears: an element opened or closed (also when implied). */
export interface TreeEvents {
  open(name: string): void;
  close(name: string): void;
}

/**
 * The open-element stack, innermost last. A closing tag closes every element opened after the matching one;
 * one that matches nothing is ignored, except `</p>` and `</br>` (read as `<p></p>` and `<br>`).
 * Counts per name keep a stray closing tag O(1) however deep the nesting.
 */
export class OpenElements {
  private readonly stack: string[] = [];
  private readonly counts = new Map<string, number>();
  private readonly foreign: boolean[] = [false];

  constructor(private readonly events: TreeEvents) {}

  /** An opening tag's name was read (its attributes follow). */
  openTag(name: string): void {
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1])) this.pop();
    if (!VOID.has(name)) {
      this.stack.push(name);
      this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
      if (FOREIGN.has(name)) this.foreign.push(true);
      else if (INTEGRATION.has(name)) this.foreign.push(false);
    }
    this.events.open(name);
  }

  /** The opening tag ended with ">" (selfClosing: with "/>"). */
  endOpenTag(name: string, selfClosing: boolean): void {
    if (VOID.has(name)) this.events.close(name);
    else if (selfClosing && this.foreign[this.foreign.length - 1] && this.stack[this.stack.length - 1] === name) this.pop();
  }

  closeTag(name: string): void {
    if (FOREIGN.has(name) || INTEGRATION.has(name)) this.foreign.pop();
    if (VOID.has(name)) {
      if (name === 'br') {
        this.events.open('br');
        this.events.close('br');
      }
    } else if (this.counts.get(name)) {
      let top: string;
      do top = this.pop();
      while (top !== name);
    } else if (name === 'p') {
      this.openTag('p');
      this.pop();
    }
  }

  private pop(): string {
    const name = this.stack.pop()!;
    this.counts.set(name, this.counts.get(name)! - 1);
    this.events.close(name);
    return name;
  }
}
