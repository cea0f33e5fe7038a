// Parses and checks one mailbox of a corpus file from its bytes (corpusLayout), about a megabyte of messages at a time, with the errors parseCorpus gives.

import { parseCorpus, parseCorpusMailbox, parseCorpusMessage, type Corpus, type CorpusError, type CorpusMailbox, type CorpusMessage } from '../domain/corpus';
import { scanCorpusLayout, type CorpusLayout, type MailboxLayout } from './corpusLayout';

/**
 * Messages are decoded and parsed in slices of about this many bytes, each checked at once, so no
 * string of the whole file is made (40 MB of UTF-8 is 80 MB of string once a dash is in it) and the
 * slice's text and raw objects die young. Small enough that a slice's string (two bytes a character at
 * most) is an ordinary young object: strings above ~128 KB get memory of their own, fresh from the
 * kernel each time, and a page fault costs 4–8 µs on this VM (1 MB slices made more faults than the
 * whole-file string: 103,000 against 96,000; 32 KB slices 62,000).
 */
const SLICE_BYTES = 32 * 1024;

export interface ParseOptions {
  /** Bytes of messages parsed at a time (tests make it small). */
  sliceBytes?: number;
  /**
   * false: each message's `expected` label is checked, then let go (classify never reads it, and in a
   * labelled corpus it is a fifth of the bytes, which would otherwise be kept and copied by the GC).
   */
  labels?: boolean;
}

type Rec = Record<string, unknown>;
const isObj = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The i-th mailbox as parseCorpus reports it (the same mailbox, the same errors in the same order),
 * or null when its text is not JSON: the caller then parses the whole file, which names the position.
 */
export function parseMailboxAt(
  bytes: Uint8Array,
  layout: MailboxLayout,
  i: number,
  orgIds: ReadonlySet<string>,
  { sliceBytes = SLICE_BYTES, labels = true }: ParseOptions = {},
): { mailbox: CorpusMailbox | null; errors: CorpusError[] } | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const text = (from: number, to: number) => buffer.toString('utf8', from, to);
  const json = (source: string): { value: unknown } | null => {
    try {
      return { value: JSON.parse(source) };
    } catch {
      return null;
    }
  };
  const m = layout.messages;
  if (!m) {
    const whole = json(text(layout.start, layout.end));
    if (!whole) return null;
    const result = parseCorpusMailbox(whole.value, i, orgIds);
    if (!labels) for (const message of result.mailbox?.messages ?? []) if (message.expected) message.expected = undefined;
    return result;
  }
  const head = json(`${text(layout.start, m.open)}[]${text(m.close, layout.end)}`);
  if (!head) return null;
  const { mailbox, errors } = parseCorpusMailbox(head.value, i, orgIds);
  const messages: CorpusMessage[] = [];
  const seen = new Set<string>();
  const count = m.starts.length;
  for (let from = 0; from < count; ) {
    let to = from + 1;
    while (to < count && m.ends[to] - m.starts[from] <= sliceBytes) to++;
    // Parsed even when the head is bad: the whole file must be JSON, as parseCorpus would find.
    const slice = json(`[${text(m.starts[from], m.ends[to - 1])}]`);
    if (!slice) return null;
    if (mailbox) {
      const raws = slice.value as unknown[];
      for (let k = 0; k < raws.length; k++) {
        // As parseCorpusMailbox does for each message.
        const raw = raws[k];
        const { message, errors: problems } = parseCorpusMessage(raw);
        const id = isObj(raw) && typeof raw.id === 'string' ? raw.id : undefined;
        if (!message) {
          const where = id ?? `mailboxes[${i}].messages[${from + k}]`;
          for (const p of problems) errors.push({ messageId: id, field: p.field, message: id ? p.message : `${where}: ${p.message}` });
        } else if (seen.has(message.id)) {
          errors.push({ messageId: message.id, field: 'id', message: 'appears twice in the mailbox' });
        } else {
          seen.add(message.id);
          if (!labels && message.expected) message.expected = undefined;
          messages.push(message);
        }
      }
    }
    from = to;
  }
  if (mailbox) mailbox.messages = messages;
  return { mailbox, errors };
}

/**
 * parseCorpus of a file's bytes without a string of the whole file: the skeleton, then each mailbox
 * from its bytes. Null when the file is not laid out as a corpus or not JSON, or its top level is
 * wrong: parseCorpus of the whole text then reports exactly what it always did. `scanned`: the
 * layout if already scanned (readCorpusFile scans it as the file is read).
 */
export function parseCorpusBytes(bytes: Uint8Array, options: ParseOptions = {}, scanned?: CorpusLayout | null): { corpus: Corpus; errors: CorpusError[] } | null {
  const layout = scanned === undefined ? scanCorpusLayout(bytes) : scanned;
  if (!layout) return null;
  const { corpus, errors } = parseCorpus(layout.skeleton);
  if (!corpus) return null;
  const orgIds = new Set(corpus.organizations.map((o) => o.id));
  for (let i = 0; i < layout.mailboxes.length; i++) {
    const parsed = parseMailboxAt(bytes, layout.mailboxes[i], i, orgIds, options);
    if (!parsed) return null;
    for (const e of parsed.errors) errors.push(e);
    if (parsed.mailbox) corpus.mailboxes.push(parsed.mailbox);
  }
  return { corpus, errors };
}
