// Conversations by subject: which earlier message a reply or forward continues (its verdict is the thread's).

const REPLY_PREFIX = /^\s*(?:(?:sv|re|svar|vb|vs|fw|fwd|vidarebefordrat|ang)\s*:\s*)+/i;

/** True when the subject starts with a reply or forward prefix (Sv:, Re:, Vb:, Fwd: …). */
export function isReplySubject(subject: string | undefined): boolean {
  return REPLY_PREFIX.test(subject ?? '');
}

/** A message's conversation key: its subject without reply and forward prefixes, lower case. */
export function conversationKey(subject: string): string {
  const bare = subject.replace(REPLY_PREFIX, '');
  // Most subjects hold no whitespace but single spaces: nothing to collapse, so no copy is made.
  return (ODD_SPACE.test(bare) ? bare.replace(/\s+/g, ' ') : bare).trim().toLowerCase();
}

/** Whitespace that /\s+/ → ' ' would change: a run of two, or any but a plain space. */
const ODD_SPACE = /\s\s|[^\S ]/;

interface Dated {
  id: string;
  subject: string;
  sentDateTime: string;
}

/**
 * The latest message of `conversation` (buildClassifyContext's lists: every candidate is in the
 * conversation) sent before `message`, when `message` is a reply or forward; undefined otherwise. The
 * list is indexed by time once, so each reply is a binary search instead of a walk through its thread.
 */
export function earlierInSameConversation<T extends Dated>(message: Dated, conversation: readonly T[]): T | undefined {
  if (!isReplySubject(message.subject)) return undefined;
  const sent = Date.parse(message.sentDateTime);
  if (Number.isNaN(sent)) return undefined;
  // A reply whose conversation holds one message (its own, mostly: the first message is not in the
  // mailbox) needs no index: the answer of the search below, without building and caching one per list.
  if (conversation.length === 1) {
    const only = conversation[0];
    return Date.parse(only.sentDateTime) < sent && only.id !== message.id && (only as unknown) !== message ? only : undefined;
  }
  const { order, times } = byTime(conversation);
  // The last position sent strictly before `message`, then back through the groups of equal times.
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid] < sent) lo = mid + 1;
    else hi = mid;
  }
  for (let end = lo; end > 0; ) {
    let start = end - 1;
    while (start > 0 && times[start - 1] === times[end - 1]) start--;
    // Within a group of one time, the first in the list wins (as a walk through the list keeps it).
    for (let i = start; i < end; i++) {
      const m = conversation[order[i]];
      if (m.id !== message.id && (m as unknown) !== message) return m;
    }
    end = start;
  }
  return undefined;
}

/** A conversation's positions by sending time (list order among equal times), made once per list. */
interface TimeIndex {
  length: number;
  order: Uint32Array;
  times: Float64Array;
}

const timeIndexes = new WeakMap<readonly Dated[], TimeIndex>();

function byTime(conversation: readonly Dated[]): TimeIndex {
  const cached = timeIndexes.get(conversation);
  if (cached && cached.length === conversation.length) return cached;
  const parsed = conversation.map((m) => Date.parse(m.sentDateTime));
  const positions = [...parsed.keys()].filter((i) => !Number.isNaN(parsed[i])).sort((a, b) => parsed[a] - parsed[b] || a - b);
  const index = { length: conversation.length, order: Uint32Array.from(positions), times: Float64Array.from(positions, (i) => parsed[i]) };
  timeIndexes.set(conversation, index);
  return index;
}
