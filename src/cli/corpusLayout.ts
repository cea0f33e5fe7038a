// Finds, without parsing, the byte range of each mailbox in a corpus file, so worker threads can parse and classify mailboxes apart.

export interface CorpusLayout {
  /** The file's text with the mailboxes array emptied (`"mailboxes": []`): the organisations and the rest, for JSON.parse. */
  skeleton: string;
  /** [start, end) byte offsets of each element of the top-level "mailboxes" array, in file order. */
  mailboxes: { start: number; end: number }[];
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
 * The layout of a corpus file: a top-level object whose "mailboxes" key (spelled without escapes,
 * once) holds an array. Answers null for anything else, including text that is not JSON in a way this
 * scan can see: the caller then parses the whole file as usual, which reports the problem exactly.
 * Text the scan accepts may still be invalid inside a mailbox or the skeleton; JSON.parse of those
 * parts finds it.
 */
export function scanCorpusLayout(bytes: Uint8Array): CorpusLayout | null {
  let i = 0;
  while (i < bytes.length && isSpace(bytes[i])) i++;
  if (bytes[i] !== OPEN_OBJECT) return null;
  let depth = 0;
  let expectKey = false; // at depth 1: the next string is a key
  let lastKeyIsMailboxes = false;
  let arrayStart = -1; // offset of the mailboxes array's '['
  let arrayEnd = -1; // offset just after its ']'
  let element = -1; // start of the current mailbox element, -1 before it starts
  let lastValueEnd = -1;
  const mailboxes: { start: number; end: number }[] = [];
  for (; i < bytes.length; i++) {
    const b = bytes[i];
    if (isSpace(b)) continue;
    const inArray = arrayStart >= 0 && arrayEnd < 0 && depth === 2;
    if (inArray && element < 0 && b !== CLOSE_ARRAY && b !== COMMA) element = i;
    if (b === QUOTE) {
      const end = stringEnd(bytes, i);
      if (end < 0) return null;
      if (depth === 1 && expectKey) {
        const key = bytes.subarray(i, end);
        lastKeyIsMailboxes = key.length === MAILBOXES_KEY.length && Buffer.compare(key, MAILBOXES_KEY) === 0;
        if (!lastKeyIsMailboxes && key.includes(BACKSLASH)) return null; // an escaped key might spell "mailboxes"
        expectKey = false;
      }
      i = end - 1;
      lastValueEnd = end;
      continue;
    }
    if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
      depth++;
      if (depth === 1) expectKey = true;
      if (depth === 2 && b === OPEN_ARRAY && lastKeyIsMailboxes) {
        if (arrayStart >= 0) return null; // "mailboxes" twice: JSON.parse keeps the last, leave that to it
        arrayStart = i;
      }
      lastKeyIsMailboxes = depth === 2 ? false : lastKeyIsMailboxes;
      continue;
    }
    if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
      if (inArray) {
        if (b !== CLOSE_ARRAY) return null;
        if (element >= 0) mailboxes.push({ start: element, end: lastValueEnd });
        else if (mailboxes.length > 0) return null; // "[a, ]"
        arrayEnd = i + 1;
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
      if (depth === 1) expectKey = true;
      if (inArray) {
        if (element < 0) return null; // "[, a]" or "[a,, b]"
        mailboxes.push({ start: element, end: lastValueEnd });
        element = -1;
      }
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
  return { skeleton: `${text(0, arrayStart)}[]${text(arrayEnd, bytes.length)}`, mailboxes };
}
