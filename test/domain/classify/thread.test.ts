// Conversations: the indexed lookup of a reply's earlier message answers as a walk through the thread does.

import { conversationKey, earlierInSameConversation, isReplySubject } from '../../../src/domain/classify/thread';

interface Item {
  id: string;
  subject: string;
  sentDateTime: string;
}

/** The oracle: a walk through the candidates keeping the latest one of the conversation sent before `message`. */
function earlierInConversation<T extends Item>(message: Item, candidates: readonly T[]): T | undefined {
  if (!isReplySubject(message.subject)) return undefined;
  const key = conversationKey(message.subject);
  const sent = Date.parse(message.sentDateTime);
  let earlier: T | undefined;
  let earlierAt = -Infinity;
  for (const m of candidates) {
    if (m.id === message.id || m === message) continue;
    const t = Date.parse(m.sentDateTime);
    if (!(t < sent) || t <= earlierAt || conversationKey(m.subject) !== key) continue;
    earlier = m;
    earlierAt = t;
  }
  return earlier;
}

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 8, minute)).toISOString();

describe('the earlier message of a reply in a thread', () => {
  it('is the one a walk through the thread finds, with equal times, repeated ids and unreadable dates', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const thread: Item[] = Array.from({ length: 1 + Math.floor(next() * 30) }, (_, i) => ({
        // Few distinct times and ids, so ties and repeats are common.
        id: `m${Math.floor(next() * 12)}`,
        subject: i % 2 ? 'Sv: Budget 2027' : 'Budget 2027',
        sentDateTime: next() < 0.05 ? 'not a date' : at(Math.floor(next() * 10)),
      }));
      for (const message of [...thread, { id: 'new', subject: 'Re: Budget 2027', sentDateTime: at(Math.floor(next() * 12)) }]) {
        const reply = { ...message, subject: `Sv: ${message.subject}` };
        expect([seed, earlierInSameConversation(reply, thread)]).toEqual([seed, earlierInConversation(reply, thread)]);
        // The message itself, as the list holds it, is never its own earlier message.
        if (message.subject.startsWith('Sv:')) expect(earlierInSameConversation(message, thread)).not.toBe(message);
      }
    }
  });

  it('in a thread of one message is that message only when it is another one sent strictly before', () => {
    const only: Item = { id: 'a', subject: 'Sv: Skolskjuts', sentDateTime: at(5) };
    const cases: [Item, Item][] = [
      [{ id: 'r', subject: 'Sv: Skolskjuts', sentDateTime: at(9) }, only],
      [{ id: 'r', subject: 'Sv: Skolskjuts', sentDateTime: at(5) }, only],
      [{ id: 'a', subject: 'Sv: Skolskjuts', sentDateTime: at(9) }, only],
      [only, only],
      [{ id: 'r', subject: 'Sv: Skolskjuts', sentDateTime: at(9) }, { ...only, sentDateTime: 'not a date' }],
    ];
    expect(cases.map(([reply, item]) => earlierInSameConversation(reply, [item])?.id ?? null)).toEqual(['a', null, null, null, null]);
    for (const [reply, item] of cases) expect(earlierInSameConversation(reply, [item])).toBe(earlierInConversation(reply, [item]));
  });

  it('is looked up again when the thread has grown since it was indexed', () => {
    const thread: Item[] = [{ id: 'a', subject: 'Skolskjuts', sentDateTime: at(1) }];
    const reply = { id: 'r', subject: 'Sv: Skolskjuts', sentDateTime: at(9) };
    expect(earlierInSameConversation(reply, thread)?.id).toBe('a');
    thread.push({ id: 'b', subject: 'Sv: Skolskjuts', sentDateTime: at(5) });
    expect(earlierInSameConversation(reply, thread)?.id).toBe('b');
  });

  it('is none for a message that is not a reply, or sent before the whole thread', () => {
    const thread: Item[] = [{ id: 'a', subject: 'Skolskjuts', sentDateTime: at(5) }];
    expect(earlierInSameConversation({ id: 'x', subject: 'Skolskjuts', sentDateTime: at(9) }, thread)).toBeUndefined();
    expect(earlierInSameConversation({ id: 'y', subject: 'Sv: Skolskjuts', sentDateTime: at(2) }, thread)).toBeUndefined();
  });
});
