// parseCorpus: validates a labelled mailbox corpus (postvakt-corpus/1); a bad message is reported by id and field and skipped.

import { z } from 'zod';
import type { AttachmentInfo, Category, EmailAddress, Flag, MailMessage, MessageHeader } from './types';
import { CATEGORIES, FLAGS } from './types';

export const CORPUS_SCHEMA = 'postvakt-corpus/1';
/** Largest body the corpus accepts, in UTF-8 bytes (25 MB, the largest mail most servers take). */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

export interface CorpusError {
  messageId?: string;
  field: string;
  message: string;
}

export interface CorpusOrganization {
  id: string;
  name: string;
  politicianDomain: string;
  orgDomains: string[];
  registrar: { name: string; address: string };
  admins?: { name: string; address: string }[];
}

export interface CorpusExpected {
  category: Exclude<Category, 'osaker'>;
  difficulty: 'clear' | 'borderline';
  rule: string;
  rationale: string;
  flags: Flag[];
}

export type CorpusMessage = MailMessage & {
  folder: 'inbox' | 'sentitems' | 'deleteditems';
  expected?: CorpusExpected;
};

export interface CorpusMailbox {
  organization: string;
  owner: { name: string; address: string };
  roles: string[];
  party?: string;
  automaticReplies?: {
    status: 'disabled' | 'alwaysEnabled' | 'scheduled';
    scheduledStartDateTime?: string;
    scheduledEndDateTime?: string;
  };
  messages: CorpusMessage[];
}

export interface Corpus {
  schema: string;
  referenceDate: string;
  organizations: CorpusOrganization[];
  mailboxes: CorpusMailbox[];
}

const person = z.object({ name: z.string(), address: z.string() });

const organizationSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  politicianDomain: z.string(),
  orgDomains: z.array(z.string()),
  registrar: person,
  admins: z.array(person).optional(),
});

const mailboxHeadSchema = z.object({
  organization: z.string(),
  owner: person,
  roles: z.array(z.string()),
  party: z.string().optional(),
  automaticReplies: z
    .object({
      status: z.enum(['disabled', 'alwaysEnabled', 'scheduled']),
      scheduledStartDateTime: z.string().optional(),
      scheduledEndDateTime: z.string().optional(),
    })
    .passthrough()
    .optional(),
  messages: z.array(z.unknown()),
});

/** The mailbox without its messages (they are checked one by one). */
const mailboxFieldsSchema = mailboxHeadSchema.omit({ messages: true });

const topSchema = z.object({
  schema: z.literal(CORPUS_SCHEMA),
  referenceDate: z.string(),
  organizations: z.array(z.unknown()),
  mailboxes: z.array(z.unknown()),
});

function zodErrors(error: z.ZodError, prefix: string): CorpusError[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/** UTF-8 length without Buffer (the domain also runs in the browser). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

type Rec = Record<string, unknown>;
const isObj = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Hand-written message check: zod per message is too slow for 24,000-message files. Field paths
 * (e.g. "toRecipients[2].address") are spelled out only when a check fails.
 */
class MessageReader {
  readonly problems: { field: string; message: string }[] = [];
  constructor(private readonly raw: Rec) {}

  private fail(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  /** obj[key] as a string; `at` names obj ('' for the message itself). */
  /** An optional string field: undefined when absent, a problem when of another type. */
  optionalString(obj: Rec, key: string): string | undefined {
    const v = obj[key];
    if (v === undefined || typeof v === 'string') return v;
    this.fail(key, `must be a string, got ${typeName(v)}`);
    return undefined;
  }

  string(obj: Rec, key: string, at: string): string {
    const v = obj[key];
    if (typeof v === 'string') return v;
    this.fail(at ? `${at}.${key}` : key, v === undefined ? 'is missing' : `must be a string, got ${typeName(v)}`);
    return '';
  }

  address(v: unknown, at: string): EmailAddress {
    if (!isObj(v)) {
      this.fail(at, v === undefined ? 'is missing' : `must be an object {name, address}, got ${typeName(v)}`);
      return { name: '', address: '' };
    }
    return { name: this.string(v, 'name', at), address: this.string(v, 'address', at) };
  }

  /** The array at key, each item read by `item` (which names the item as `${key}[${i}]` only to report it). */
  array<T>(key: string, item: (v: unknown, key: string, i: number) => T): T[] {
    const v = this.raw[key];
    if (!Array.isArray(v)) {
      this.fail(key, v === undefined ? 'is missing' : `must be an array, got ${typeName(v)}`);
      return [];
    }
    const items: T[] = new Array<T>(v.length);
    for (let i = 0; i < v.length; i++) items[i] = item(v[i], key, i);
    return items;
  }

  recipient = (v: unknown, key: string, i: number): EmailAddress => {
    if (isObj(v) && typeof v.name === 'string' && typeof v.address === 'string') return { name: v.name, address: v.address };
    return this.address(v, `${key}[${i}]`);
  };

  header = (v: unknown, key: string, i: number): MessageHeader => {
    if (isObj(v) && typeof v.name === 'string' && typeof v.value === 'string') return { name: v.name, value: v.value };
    const at = `${key}[${i}]`;
    if (!isObj(v)) {
      this.fail(at, `must be an object {name, value}, got ${typeName(v)}`);
      return { name: '', value: '' };
    }
    return { name: this.string(v, 'name', at), value: this.string(v, 'value', at) };
  };

  attachment = (v: unknown, key: string, i: number): AttachmentInfo => {
    const at = () => `${key}[${i}]`;
    if (!isObj(v)) {
      this.fail(at(), `must be an object {name, contentType, size}, got ${typeName(v)}`);
      return { name: '', contentType: '', size: 0 };
    }
    const size = v.size;
    if (typeof size !== 'number' || !Number.isFinite(size) || size < 0) {
      this.fail(`${at()}.size`, size === undefined ? 'is missing' : 'must be a non-negative number of bytes');
    }
    const ok = typeof v.name === 'string' && typeof v.contentType === 'string';
    return {
      name: ok ? (v.name as string) : this.string(v, 'name', at()),
      contentType: ok ? (v.contentType as string) : this.string(v, 'contentType', at()),
      size: typeof size === 'number' ? size : 0,
    };
  };

  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const v = this.raw[key];
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.fail(key, v === undefined ? 'is missing' : `must be one of ${allowed.join(', ')}`);
    return allowed[0];
  }

  boolean(key: string): boolean {
    const v = this.raw[key];
    if (typeof v === 'boolean') return v;
    this.fail(key, v === undefined ? 'is missing' : `must be true or false, got ${typeName(v)}`);
    return false;
  }

  body(): { contentType: 'text' | 'html'; content: string } {
    const v = this.raw.body;
    if (!isObj(v)) {
      this.fail('body', v === undefined ? 'is missing' : `must be an object {contentType, content}, got ${typeName(v)}`);
      return { contentType: 'text', content: '' };
    }
    const ct = v.contentType;
    if (ct !== 'text' && ct !== 'html') this.fail('body.contentType', 'must be "text" or "html"');
    const content = this.string(v, 'content', 'body');
    // Only count bytes when the character count alone cannot decide.
    if (content.length * 3 > MAX_BODY_BYTES && utf8ByteLength(content) > MAX_BODY_BYTES) {
      this.fail('body.content', `is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);
    }
    return { contentType: ct === 'html' ? 'html' : 'text', content };
  }

  expected(): CorpusExpected | undefined {
    const v = this.raw.expected;
    if (v === undefined) return undefined;
    if (!isObj(v)) {
      this.fail('expected', `must be an object, got ${typeName(v)}`);
      return undefined;
    }
    const category = v.category;
    const okCategory = typeof category === 'string' && CATEGORIES.includes(category as Category) && category !== 'osaker';
    if (!okCategory) this.fail('expected.category', 'must be registrera, gallra_ej_allman or gallra_ringa');
    const difficulty = v.difficulty === undefined ? 'clear' : v.difficulty;
    if (difficulty !== 'clear' && difficulty !== 'borderline') this.fail('expected.difficulty', 'must be clear or borderline');
    const flags = v.flags === undefined ? [] : v.flags;
    if (!Array.isArray(flags) || flags.some((f) => !FLAGS.includes(f as Flag))) {
      this.fail('expected.flags', `must be an array of ${FLAGS.join(', ')}`);
    }
    return {
      category: category as CorpusExpected['category'],
      difficulty: difficulty as CorpusExpected['difficulty'],
      rule: typeof v.rule === 'string' ? v.rule : '',
      rationale: typeof v.rationale === 'string' ? v.rationale : '',
      flags: Array.isArray(flags) ? (flags as Flag[]) : [],
    };
  }
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

const FOLDERS = ['inbox', 'sentitems', 'deleteditems'] as const;
const IMPORTANCES = ['normal', 'high', 'low'] as const;

/** Validates one message; returns it, or the problems found (each naming its field). */
export function parseCorpusMessage(raw: unknown): { message: CorpusMessage | null; errors: { field: string; message: string }[] } {
  if (!isObj(raw)) return { message: null, errors: [{ field: 'message', message: `must be an object, got ${typeName(raw)}` }] };
  const r = new MessageReader(raw);
  const message: CorpusMessage = {
    id: r.string(raw, 'id', ''),
    folder: r.oneOf('folder', FOLDERS),
    receivedDateTime: r.string(raw, 'receivedDateTime', ''),
    sentDateTime: r.string(raw, 'sentDateTime', ''),
    isRead: r.boolean('isRead'),
    importance: r.oneOf('importance', IMPORTANCES),
    from: r.address(raw.from, 'from'),
    toRecipients: r.array('toRecipients', r.recipient),
    ccRecipients: r.array('ccRecipients', r.recipient),
    subject: r.string(raw, 'subject', ''),
    body: r.body(),
    internetMessageHeaders: r.array('internetMessageHeaders', r.header),
    attachments: r.array('attachments', r.attachment),
  };
  // Optional: the MAPI message class (IPM.Note.SMIME, IPM.Schedule.Meeting.Request, REPORT.IPM.Note.NDR, ...).
  const itemClass = r.optionalString(raw, 'itemClass');
  if (itemClass) message.itemClass = itemClass;
  const expected = r.expected();
  if (expected) message.expected = expected;
  return r.problems.length ? { message: null, errors: r.problems } : { message, errors: [] };
}

/**
 * Validates the i-th mailbox of a corpus against the organisations' ids; bad messages are reported and
 * skipped, a bad mailbox head or unknown organisation leaves mailbox null. The CLI's worker threads call
 * this on one mailbox each; parseCorpus calls it for every mailbox.
 */
export function parseCorpusMailbox(raw: unknown, i: number, orgIds: ReadonlySet<string>): { mailbox: CorpusMailbox | null; errors: CorpusError[] } {
  const errors: CorpusError[] = [];
  // When messages is an array, zod need not copy it to say so; otherwise the whole schema reports.
  const rawMessages = isObj(raw) && Array.isArray(raw.messages) ? (raw.messages as unknown[]) : null;
  const head = rawMessages ? mailboxFieldsSchema.safeParse(raw) : mailboxHeadSchema.safeParse(raw);
  if (!head.success) return { mailbox: null, errors: zodErrors(head.error, `mailboxes[${i}]`) };
  if (!orgIds.has(head.data.organization)) {
    errors.push({
      field: `mailboxes[${i}].organization`,
      message: `unknown organisation '${head.data.organization}' (not in "organizations")`,
    });
    return { mailbox: null, errors };
  }
  const messages: CorpusMessage[] = [];
  const seen = new Set<string>();
  (rawMessages ?? []).forEach((rawMessage, j) => {
    const { message, errors: problems } = parseCorpusMessage(rawMessage);
    const id = isObj(rawMessage) && typeof rawMessage.id === 'string' ? rawMessage.id : undefined;
    const where = id ?? `mailboxes[${i}].messages[${j}]`;
    if (!message) {
      for (const p of problems) errors.push({ messageId: id, field: p.field, message: id ? p.message : `${where}: ${p.message}` });
      return;
    }
    if (seen.has(message.id)) {
      errors.push({ messageId: message.id, field: 'id', message: 'appears twice in the mailbox' });
      return;
    }
    seen.add(message.id);
    messages.push(message);
  });
  const { messages: _raw, ...rest } = head.data as z.infer<typeof mailboxHeadSchema>;
  const box: CorpusMailbox = { ...rest, messages };
  if (rest.automaticReplies) box.automaticReplies = rest.automaticReplies;
  return { mailbox: box, errors };
}

/** Parses corpus text. Structural errors leave corpus null; bad messages are reported and skipped. */
export function parseCorpus(text: string): { corpus: Corpus | null; errors: CorpusError[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { corpus: null, errors: [{ field: '(file)', message: `not JSON: ${(e as Error).message}` }] };
  }
  const top = topSchema.safeParse(json);
  if (!top.success) return { corpus: null, errors: zodErrors(top.error, '') };

  const errors: CorpusError[] = [];
  const organizations: CorpusOrganization[] = [];
  top.data.organizations.forEach((raw, i) => {
    const org = organizationSchema.safeParse(raw);
    if (org.success) organizations.push(org.data);
    else errors.push(...zodErrors(org.error, `organizations[${i}]`));
  });
  const orgIds = new Set(organizations.map((o) => o.id));

  const mailboxes: CorpusMailbox[] = [];
  top.data.mailboxes.forEach((raw, i) => {
    const { mailbox, errors: problems } = parseCorpusMailbox(raw, i, orgIds);
    for (const e of problems) errors.push(e);
    if (mailbox) mailboxes.push(mailbox);
  });

  return { corpus: { schema: top.data.schema, referenceDate: top.data.referenceDate, organizations, mailboxes }, errors };
}

/** One line per error for a person: "kr-005: body.content is larger than 25 MB". */
export function formatCorpusError(error: CorpusError): string {
  return `${error.messageId ? `message ${error.messageId}` : 'corpus'}: ${error.field} ${error.message}`;
}
