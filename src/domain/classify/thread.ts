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
 * The latest message of `candidates` (the same conversation, or any list: the key is checked) sent
 * before `message`, when `message` is a reply or forward; undefined otherwise.
 */
export function earlierInConversation<T extends Dated>(message: Dated, candidates: Iterable<T>): T | undefined {
  if (!isReplySubject(message.subject)) return undefined;
  return latestBefore(message, candidates, conversationKey(message.subject));
}

/**
 * As earlierInConversation for a reply or forward, when every candidate is already known to be in its
 * conversation (buildClassifyContext's lists): no candidate's key is computed again.
 */
export function earlierInSameConversation<T extends Dated>(message: Dated, conversation: readonly T[]): T | undefined {
  return latestBefore(message, conversation, null);
}

/** The latest candidate sent before `message` (not itself), with conversation key `key` unless key is null. */
function latestBefore<T extends Dated>(message: Dated, candidates: Iterable<T>, key: string | null): T | undefined {
  const sent = Date.parse(message.sentDateTime);
  let earlier: T | undefined;
  let earlierAt = -Infinity;
  for (const m of candidates) {
    if (m.id === message.id || (m as unknown) === message) continue;
    const t = Date.parse(m.sentDateTime);
    if (!(t < sent) || t <= earlierAt || (key !== null && conversationKey(m.subject) !== key)) continue;
    earlier = m;
    earlierAt = t;
  }
  return earlier;
}
