// classifyInbox: verdicts for every Inbox message, cached on the message in the 'state' property
// keyed by CLASSIFIER_VERSION, the profile's content and the learned weights (so other devices and later runs reuse them,
// and a changed profile re-classifies); only uncached messages
// have their text bodies fetched, in pages, and each page's verdicts are written back in bulk ($batch).
// deferDecision records "Avgör senare" in the same place.

import { CLASSIFIER_VERSION, classify, type ClassifyContext } from '../domain/classify';
import { verdictCacheKey } from '../domain/classify/cacheKey';
import { conversationKey, earlierInSameConversation, isReplySubject } from '../domain/classify/thread';
import type { ThreadCategory, WeightDeltas } from '../domain/classify/score';
import type { Profile } from '../domain/policy/types';
import type { MailboxOwner, MailMessage, Verdict } from '../domain/types';
import type { FullMessage, MailboxPort, MessageId, MessageSummary, PropertyWrite } from '../ports/mailbox';
import { learningContext } from './learnFromDecisions';
import { cachedVerdict, parseState, serializeState } from './messageState';

export { deferDecision } from './deferDecision';

export interface ClassifyDeps {
  mailbox: MailboxPort;
  profile: Profile;
  owner: MailboxOwner;
  /** Bodies fetched per getMessages call (a multiple of 20 fills every $batch). */
  pageSize?: number;
}

export interface ClassifyProgress {
  done: number;
  total: number;
  cached: number;
}

export interface ClassifyResult {
  messages: MessageSummary[];
  verdicts: Map<MessageId, Verdict>;
  cached: number;
  classified: number;
  /** Verdicts made this run that could not be cached on their message (classified again next run). */
  notCached: number;
  /** The store's code when what was learnt could not be read (the shipped weights were used). */
  learningFailed?: string;
  /** The weight changes learnt from the person's decisions that these verdicts used (none: {}). */
  learned: WeightDeltas;
}

const asThread = (v: Verdict): ThreadCategory | null => (v.category === 'osaker' ? null : v.category);

/**
 * The thread of each reply and forward to classify: the verdict of the latest earlier message of its
 * conversation in Inbox or Sent Items (the owner's own sent mail included). Earlier messages without
 * a verdict yet are fetched and classified first (without a thread of their own); the full messages
 * fetched here are returned so they are not fetched again.
 */
async function resolveThreads(
  todo: readonly MessageSummary[],
  listed: readonly MessageSummary[],
  verdicts: ReadonlyMap<MessageId, Verdict>,
  classifyEarlier: (m: MailMessage) => Verdict,
  fetch: (ids: MessageId[]) => Promise<FullMessage[]>,
): Promise<{ threads: Map<MessageId, ThreadCategory | null>; fetched: Map<MessageId, FullMessage> }> {
  // The listed messages by conversation, once: each reply then searches its own thread only (a walk
  // through the whole list per reply made a 5,000-message mailbox quadratic).
  const conversations = new Map<string, MessageSummary[]>();
  for (const m of listed) {
    const key = conversationKey(m.subject);
    const thread = conversations.get(key);
    if (thread) thread.push(m);
    else conversations.set(key, [m]);
  }
  const earlierOf = new Map<MessageId, MessageSummary>();
  for (const m of todo) {
    if (!isReplySubject(m.subject)) continue;
    const earlier = earlierInSameConversation(m, conversations.get(conversationKey(m.subject)) ?? []);
    if (earlier) earlierOf.set(m.id, earlier);
  }
  const missing = [...new Set([...earlierOf.values()].filter((e) => !verdicts.has(e.id)).map((e) => e.id))];
  const fetched = new Map<MessageId, FullMessage>();
  const earlierVerdicts = new Map<MessageId, ThreadCategory | null>();
  if (missing.length > 0) {
    for (const full of await fetch(missing)) {
      fetched.set(full.id, full);
      earlierVerdicts.set(full.id, asThread(classifyEarlier(full)));
    }
  }
  const threads = new Map<MessageId, ThreadCategory | null>();
  for (const [id, earlier] of earlierOf) {
    const known = verdicts.get(earlier.id);
    const thread = known ? asThread(known) : earlierVerdicts.get(earlier.id);
    if (thread !== undefined) threads.set(id, thread);
  }
  return { threads, fetched };
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code ? code : 'unknown';
}

export async function classifyInbox(
  deps: ClassifyDeps,
  options: { onProgress?: (p: ClassifyProgress) => void; signal?: AbortSignal; /** Classify at most this many uncached messages (newest first) this run. */ max?: number } = {},
): Promise<ClassifyResult> {
  const { mailbox, profile, owner } = deps;
  const pageSize = deps.pageSize ?? 60;
  // Sent Items metadata tells the classifier who the owner corresponds with.
  const listed = await mailbox.listMessages({ folders: ['inbox', 'sentitems'] });
  const inbox = listed.filter((m) => m.folder === 'inbox' && !m.isDraft);
  // What was learnt from the person's decisions (and the registrar's feedback), read once per load;
  // an unreadable store leaves the shipped weights and says so in the result.
  let learningFailed: string | undefined;
  const store = await mailbox.loadStore().catch((error: unknown) => {
    learningFailed = errorCode(error);
    return { journal: [], holds: [] };
  });
  const context = learningContext(
    owner,
    listed.map((m) => ({ from: m.from ?? { name: '', address: '' }, toRecipients: m.toRecipients, ccRecipients: m.ccRecipients })),
    store,
  );
  const verdicts = new Map<MessageId, Verdict>();
  const todo: MessageSummary[] = [];
  const key = verdictCacheKey(CLASSIFIER_VERSION, profile, context.learned);
  for (const m of inbox) {
    const cached = cachedVerdict(m, key);
    if (cached) verdicts.set(m.id, cached);
    else todo.push(m);
  }
  const cached = verdicts.size;
  todo.sort((a, b) => Date.parse(b.receivedDateTime) - Date.parse(a.receivedDateTime));
  if (options.max !== undefined) todo.splice(Math.max(0, options.max));
  options.onProgress?.({ done: cached, total: inbox.length, cached });

  const byId = new Map(todo.map((m) => [m.id, m]));
  // Replies and forwards continue a conversation: they are classified with its earlier message's verdict.
  const { threads, fetched } = await resolveThreads(todo, listed, verdicts, (m) => classify(m, profile, { ...context, thread: null }), (ids) => mailbox.getMessages(ids));
  const contextFor = (id: MessageId): ClassifyContext => ({ ...context, thread: threads.get(id) ?? null });
  let notCached = 0;
  for (let i = 0; i < todo.length; i += pageSize) {
    if (options.signal?.aborted) break;
    const ids = todo.slice(i, i + pageSize).map((m) => m.id);
    const toFetch = ids.filter((id) => !fetched.has(id));
    const bodies = toFetch.length > 0 ? await mailbox.getMessages(toFetch) : [];
    const page = [...ids.filter((id) => fetched.has(id)).map((id) => fetched.get(id)!), ...bodies];
    const writes: PropertyWrite[] = page.map((full) => {
      const verdict = classify(full, profile, contextFor(full.id));
      verdicts.set(full.id, verdict);
      const previous = parseState(byId.get(full.id)?.properties.state);
      const state = { v: 1 as const, classifier: key, verdict, ...(previous?.deferredAt ? { deferredAt: previous.deferredAt } : {}) };
      return { id: full.id, property: 'state', value: serializeState(state) };
    });
    // A verdict that could not be cached is still returned; only the next run pays for it again.
    const written = await mailbox.setProperties(writes);
    notCached += written.failed.length + written.notAttempted.length;
    options.onProgress?.({ done: verdicts.size, total: inbox.length, cached });
  }
  return { messages: inbox, verdicts, cached, classified: verdicts.size - cached, notCached, learned: context.learned ?? {}, ...(learningFailed ? { learningFailed } : {}) };
}
