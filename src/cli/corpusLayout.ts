// Finds, without parsing, the byte range of each mailbox of a corpus file and of each of its messages, so mailboxes can be parsed apart and messages a slice at a time.

/** Where a mailbox's "messages" array and each of its elements lie. */
export interface MessagesLayout {
  /** Offset of the array's '['. */
  open: number;
  /** Offset just after its ']'. */
  close: number;
  /** [starts[j], ends[j]) is the j-th element, in file order. */
  starts: number[];
  ends: number[];
}

export interface MailboxLayout {
  /** [start, end): the element of the top-level "mailboxes" array. */
  start: number;
  end: number;
  /** Null when the element is not an object with one "messages" key (spelled without escapes) holding an array: parse it whole. */
  messages: MessagesLayout | null;
}

export interface CorpusLayout {
  /** The file's text with the mailboxes array emptied (`"mailboxes": []`): the organisations and the rest, for JSON.parse. */
  skeleton: string;
  /** Each element of the top-level "mailboxes" array, in file order. */
  mailboxes: MailboxLayout[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const MAILBOXES_KEY = Buffer.from('"mailboxes"');
const MESSAGES_KEY = Buffer.from('"messages"');

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** The offset just after the string whose opening quote is at `open`, or -1 when it never closes. */
function stringEnd(bytes: Uint8Array, open: number): number {
  let at = open + 1;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, at);
    if (quote < 0) return -1;
    let slashes = 0;
    while (bytes[quote - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

/**
 * The offset just after the object or array that opens at `open`, or -1 when it never closes. Only
 * strings and brackets are read (a small function called once per message, so it is optimised early
 * and stays so); whether the brackets match is left to JSON.parse of the element.
 */
function containerEnd(bytes: Uint8Array, open: number): number {
  let depth = 0;
  const length = bytes.length;
  for (let i = open; i < length; i++) {
    const b = bytes[i];
    if (b === QUOTE) {
      i = stringEnd(bytes, i) - 1;
      if (i < 0) return -1;
    } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) depth++;
    else if ((b === CLOSE_OBJECT || b === CLOSE_ARRAY) && --depth === 0) return i + 1;
  }
  return -1;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.compare(a, b) === 0;

/** The elements of one array being scanned: each starts at its first byte and ends after its last value. */
class Elements {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  current = -1; // start of the element being read, -1 between elements

  /** A comma or the closing ']': ends the current element; false for an empty one ("[a,,b]", "[a,]", "[,a]"). */
  close(lastValueEnd: number, closing: boolean): boolean {
    if (this.current < 0) return closing && this.starts.length === 0;
    this.starts.push(this.current);
    this.ends.push(lastValueEnd);
    this.current = -1;
    return true;
  }
}

/**
 * The layout of a corpus file: a top-level object whose "mailboxes" key (spelled without escapes,
 * once) holds an array. Answers null for anything else, including text that is not JSON in a way this
 * scan can see: the caller then parses the whole file as usual, which reports the problem exactly.
 * Text the scan accepts may still be invalid inside a message, a mailbox's head or the skeleton;
 * JSON.parse of those parts finds it.
 */
export function scanCorpusLayout(bytes: Uint8Array): CorpusLayout | null {
  return new LayoutScanner().finish(bytes);
}

/**
 * scanCorpusLayout a piece at a time, as a file's bytes arrive: `feed` reads what has landed so far
 * and stops before a string, message or literal that may go on past it (resuming there next time, so
 * a message cut by a chunk's end is read again whole); `finish` reads the rest of the whole file and
 * answers what scanCorpusLayout of it answers.
 */
export class LayoutScanner {
  private i = 0;
  private started = false;
  private failed = false;
  private ended = -1; // offset just after the top-level object's '}', once read
  private depth = 0;
  private expectKey = false; // in the top-level object or a mailbox object: the next string is a key
  private lastKey: 'mailboxes' | 'messages' | null = null;
  private arrayStart = -1; // offset of the mailboxes array's '['
  private arrayEnd = -1; // offset just after its ']'
  private lastValueEnd = -1;
  private readonly boxes = new Elements();
  private readonly layouts: MailboxLayout[] = [];
  private boxIsObject = false; // the current mailbox element is an object, so its keys are read
  private messages: Elements | null = null; // the current mailbox's messages array while it is read
  private messagesOpen = -1;
  private box: MessagesLayout | null | 'unusable' = null; // the current mailbox's messages, once read

  /** Reads bytes[0, available) of a file whose later bytes have not arrived yet. */
  feed(bytes: Uint8Array, available: number): void {
    if (!this.failed && this.ended < 0) this.run(available < bytes.length ? bytes.subarray(0, available) : bytes, false);
  }

  /** Reads the rest of the whole file: its layout, or null as scanCorpusLayout answers. */
  finish(bytes: Uint8Array): CorpusLayout | null {
    if (!this.failed && this.ended < 0) this.run(bytes, true);
    if (this.failed || this.ended < 0) return null;
    for (let j = this.ended; j < bytes.length; j++) if (!isSpace(bytes[j])) return null;
    if (this.arrayStart < 0 || this.arrayEnd < 0) return null;
    const text = (from: number, to: number) => Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('utf8');
    return { skeleton: `${text(0, this.arrayStart)}[]${text(this.arrayEnd, bytes.length)}`, mailboxes: this.layouts };
  }

  private inBoxes(): boolean {
    return this.arrayStart >= 0 && this.arrayEnd < 0;
  }

  /** Scans from where it stopped to the end of `bytes`; `last`: nothing follows them. Sets failed on anything scanCorpusLayout answers null for. */
  private run(bytes: Uint8Array, last: boolean): void {
    const length = bytes.length;
    let i = this.i;
    if (!this.started) {
      while (i < length && isSpace(bytes[i])) i++;
      if (i === length && !last) {
        this.i = i;
        return;
      }
      if (bytes[i] !== OPEN_OBJECT) {
        this.failed = true;
        return;
      }
      this.started = true;
    }
    for (; i < length; i++) {
      const b = bytes[i];
      if (isSpace(b)) continue;
      if (this.inBoxes()) {
        if (this.depth === 2 && this.boxes.current < 0 && b !== CLOSE_ARRAY && b !== COMMA) {
          this.boxes.current = i;
          this.boxIsObject = b === OPEN_OBJECT;
          this.box = null;
        } else if (this.messages && this.depth === 4 && this.messages.current < 0 && b !== CLOSE_ARRAY && b !== COMMA) this.messages.current = i;
      }
      if (b === QUOTE) {
        const end = stringEnd(bytes, i);
        if (end < 0) break;
        if (this.expectKey && this.depth === 1) {
          const key = bytes.subarray(i, end);
          this.lastKey = sameBytes(key, MAILBOXES_KEY) ? 'mailboxes' : null;
          if (!this.lastKey && key.includes(BACKSLASH)) return this.fail(); // an escaped key might spell "mailboxes"
          this.expectKey = false;
        } else if (this.expectKey && this.depth === 3) {
          const key = bytes.subarray(i, end);
          this.lastKey = sameBytes(key, MESSAGES_KEY) ? 'messages' : null;
          // "messages" twice (JSON.parse keeps the last) or an escaped key that might spell it: parse the mailbox whole.
          if (this.lastKey && this.box !== null) this.box = 'unusable';
          if (!this.lastKey && key.includes(BACKSLASH)) this.box = 'unusable';
          this.expectKey = false;
        }
        i = end - 1;
        this.lastValueEnd = end;
        continue;
      }
      if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
        const depth = this.depth;
        const opensMessages = b === OPEN_ARRAY && this.inBoxes() && this.boxIsObject && this.lastKey === 'messages' && this.box === null;
        if (depth >= 4 || (depth === 3 && !opensMessages)) {
          // A message, or anything else below the levels read here: skipped whole, its insides are JSON.parse's to check.
          const end = containerEnd(bytes, i);
          if (end < 0) break;
          i = end - 1;
          this.lastValueEnd = end;
          this.lastKey = null;
          continue;
        }
        this.depth = depth + 1;
        if (this.depth === 1) this.expectKey = true;
        else if (this.depth === 2 && b === OPEN_ARRAY && this.lastKey === 'mailboxes') {
          if (this.arrayStart >= 0) return this.fail(); // "mailboxes" twice: JSON.parse keeps the last, leave that to it
          this.arrayStart = i;
        } else if (this.depth === 3 && this.inBoxes() && this.boxIsObject) this.expectKey = true;
        else if (this.depth === 4 && opensMessages) {
          this.messages = new Elements();
          this.messagesOpen = i;
        }
        if (this.depth === 2 || this.depth === 4) this.lastKey = null;
        continue;
      }
      if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
        if (this.inBoxes() && this.depth === 2) {
          if (b !== CLOSE_ARRAY) return this.fail();
          this.pushBox();
          if (!this.boxes.close(this.lastValueEnd, true)) return this.fail();
          this.arrayEnd = i + 1;
        } else if (this.messages && this.depth === 4) {
          if (b !== CLOSE_ARRAY || !this.messages.close(this.lastValueEnd, true)) return this.fail();
          this.box = this.box === 'unusable' ? this.box : { open: this.messagesOpen, close: i + 1, starts: this.messages.starts, ends: this.messages.ends };
          this.messages = null;
        }
        this.depth--;
        if (this.depth < 0) return this.fail();
        this.lastValueEnd = i + 1;
        if (this.depth === 0) {
          this.ended = i + 1;
          return;
        }
        continue;
      }
      if (b === COMMA) {
        if (this.depth === 1 || (this.depth === 3 && this.inBoxes() && this.boxIsObject)) this.expectKey = true;
        if (this.inBoxes() && this.depth === 2) {
          this.pushBox();
          if (!this.boxes.close(this.lastValueEnd, false)) return this.fail();
        } else if (this.messages && this.depth === 4 && !this.messages.close(this.lastValueEnd, false)) return this.fail();
        continue;
      }
      if (b === COLON) continue;
      // A literal or number: runs to the next structural character or space.
      let j = i;
      while (j < length) {
        const c = bytes[j];
        if (c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || c === COLON || c === QUOTE || isSpace(c)) break;
        j++;
      }
      if (j === length && !last) break; // it may go on in bytes not read yet
      this.lastValueEnd = j;
      i = j - 1;
    }
    // At the end of what has arrived, or before a string, container or literal that may go on past it.
    this.i = i;
    if (last) this.fail();
  }

  private pushBox(): void {
    if (this.boxes.current >= 0) this.layouts.push({ start: this.boxes.current, end: this.lastValueEnd, messages: this.box === 'unusable' ? null : this.box });
  }

  private fail(): void {
    this.failed = true;
  }
}
