// Conversations by subject: which earlier message a reply or forward continues (its verdict is the thread's).

const REPLY_PREFIX = /^\s*(?:(?:sv|re|svar|vb|vs|fw|fwd|vidarebefordrat|ang)\s*:\s*)+/i;

/** True when the subject starts with a reply or forward prefix (Sv:, Re:, Vb:, Fwd: …). */
export function isReplySubject(subject: string | undefined): boolean {
  return REPLY_PREFIX.test(subject ?? '');
}

/** A message's conversation key: its subject without reply and forward prefixes, lower case. */
export function conversationKey(subject: string): string {
  return subject.replace(REPLY_PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

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
  const key = conversationKey(message.subject);
  const sent = Date.parse(message.sentDateTime);
  let earlier: T | undefined;
  let earlierAt = -Infinity;
  for (const m of candidates) {
    if (m.id === message.id || (m as unknown) === message) continue;
    const t = Date.parse(m.sentDateTime);
    if (!(t < sent) || t <= earlierAt || conversationKey(m.subject) !== key) continue;
    earlier = m;
    earlierAt = t;
  }
  return earlier;
}
