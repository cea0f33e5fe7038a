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
  let i = 0;
  while (i < bytes.length && isSpace(bytes[i])) i++;
  if (bytes[i] !== OPEN_OBJECT) return null;
  let depth = 0;
  let expectKey = false; // in the top-level object or a mailbox object: the next string is a key
  let lastKey: 'mailboxes' | 'messages' | null = null;
  let arrayStart = -1; // offset of the mailboxes array's '['
  let arrayEnd = -1; // offset just after its ']'
  let lastValueEnd = -1;
  const boxes = new Elements();
  const layouts: MailboxLayout[] = [];
  let boxIsObject = false; // the current mailbox element is an object, so its keys are read
  let messages: Elements | null = null; // the current mailbox's messages array while it is read
  let messagesOpen = -1;
  let box: MessagesLayout | null | 'unusable' = null; // the current mailbox's messages, once read
  const inBoxes = () => arrayStart >= 0 && arrayEnd < 0;
  const length = bytes.length;
  for (; i < length; i++) {
    const b = bytes[i];
    if (isSpace(b)) continue;
    if (inBoxes()) {
      if (depth === 2 && boxes.current < 0 && b !== CLOSE_ARRAY && b !== COMMA) {
        boxes.current = i;
        boxIsObject = b === OPEN_OBJECT;
        box = null;
      } else if (messages && depth === 4 && messages.current < 0 && b !== CLOSE_ARRAY && b !== COMMA) messages.current = i;
    }
    if (b === QUOTE) {
      const end = stringEnd(bytes, i);
      if (end < 0) return null;
      if (expectKey && depth === 1) {
        const key = bytes.subarray(i, end);
        lastKey = sameBytes(key, MAILBOXES_KEY) ? 'mailboxes' : null;
        if (!lastKey && key.includes(BACKSLASH)) return null; // an escaped key might spell "mailboxes"
        expectKey = false;
      } else if (expectKey && depth === 3) {
        const key = bytes.subarray(i, end);
        lastKey = sameBytes(key, MESSAGES_KEY) ? 'messages' : null;
        // "messages" twice (JSON.parse keeps the last) or an escaped key that might spell it: parse the mailbox whole.
        if (lastKey && box !== null) box = 'unusable';
        if (!lastKey && key.includes(BACKSLASH)) box = 'unusable';
        expectKey = false;
      }
      i = end - 1;
      lastValueEnd = end;
      continue;
    }
    if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
      if (depth >= 4 || (depth === 3 && !(b === OPEN_ARRAY && inBoxes() && boxIsObject && lastKey === 'messages' && box === null))) {
        // A message, or anything else below the levels read here: skipped whole, its insides are JSON.parse's to check.
        const end = containerEnd(bytes, i);
        if (end < 0) return null;
        i = end - 1;
        lastValueEnd = end;
        lastKey = null;
        continue;
      }
      depth++;
      if (depth === 1) expectKey = true;
      else if (depth === 2 && b === OPEN_ARRAY && lastKey === 'mailboxes') {
        if (arrayStart >= 0) return null; // "mailboxes" twice: JSON.parse keeps the last, leave that to it
        arrayStart = i;
      } else if (depth === 3 && inBoxes() && boxIsObject) expectKey = true;
      else if (depth === 4 && b === OPEN_ARRAY && inBoxes() && boxIsObject && lastKey === 'messages' && box === null) {
        messages = new Elements();
        messagesOpen = i;
      }
      if (depth === 2 || depth === 4) lastKey = null;
      continue;
    }
    if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
      if (inBoxes() && depth === 2) {
        if (b !== CLOSE_ARRAY) return null;
        if (boxes.current >= 0) layouts.push({ start: boxes.current, end: lastValueEnd, messages: box === 'unusable' ? null : box });
        if (!boxes.close(lastValueEnd, true)) return null;
        arrayEnd = i + 1;
      } else if (messages && depth === 4) {
        if (b !== CLOSE_ARRAY || !messages.close(lastValueEnd, true)) return null;
        box = box === 'unusable' ? box : { open: messagesOpen, close: i + 1, starts: messages.starts, ends: messages.ends };
        messages = null;
      }
      depth--;
      if (depth < 0) return null;
      lastValueEnd = i + 1;
      if (depth === 0) {
        for (let j = i + 1; j < bytes.length; j++) if (!isSpace(bytes[j])) return null;
        break;
      }
      continue;
    }
    if (b === COMMA) {
      if (depth === 1 || (depth === 3 && inBoxes() && boxIsObject)) expectKey = true;
      if (inBoxes() && depth === 2) {
        if (boxes.current >= 0) layouts.push({ start: boxes.current, end: lastValueEnd, messages: box === 'unusable' ? null : box });
        if (!boxes.close(lastValueEnd, false)) return null;
      } else if (messages && depth === 4 && !messages.close(lastValueEnd, false)) return null;
      continue;
    }
    if (b === COLON) continue;
    // A literal or number: runs to the next structural character or space.
    let j = i;
    while (j < bytes.length) {
      const c = bytes[j];
      if (c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || c === COLON || c === QUOTE || isSpace(c)) break;
      j++;
    }
    lastValueEnd = j;
    i = j - 1;
  }
  if (depth !== 0 || arrayStart < 0 || arrayEnd < 0) return null;
  const text = (from: number, to: number) => Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('utf8');
  return { skeleton: `${text(0, arrayStart)}[]${text(arrayEnd, bytes.length)}`, mailboxes: layouts };
}
