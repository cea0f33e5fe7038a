// Learning when the person acts: the features of the messages about to be purged or sent are read
// before the action (it removes the original), and recorded as decisions once the action succeeded.
// Learning never fails the action: its failure comes back as a code in the outcome.

import { buildClassifyContext } from '../domain/classify';
import type { DecisionRecord } from '../domain/classify/learn';
import type { Leaning } from '../domain/classify/signals';
import type { Profile } from '../domain/policy/types';
import type { MailboxOwner, Verdict } from '../domain/types';
import type { Clock } from '../ports/clock';
import type { FullMessage, MailboxPort, MessageId } from '../ports/mailbox';
import { isNotFound } from './errors';
import { decisionFor, recordDecisions } from './learnFromDecisions';

export interface LearnDeps {
  mailbox: MailboxPort;
  profile: Profile;
  owner: MailboxOwner;
  clock: Clock;
}

/** What became of learning from an action: decisions recorded, or the stable code of what failed. */
export type LearningResult = { recorded: number } | { failed: string };

/** A message about to be acted on, with what the action says about it. */
export interface Deciding {
  id: MessageId;
  verdict: Verdict | null;
  decided: Leaning;
}

/** Decision records waiting for their action's success (a failed capture keeps its code). */
export interface Captured {
  records: Map<MessageId, DecisionRecord>;
  failed?: string;
}

const PAGE = 60;

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code ? code : 'unknown';
}

/** The category a purge implies: the proposed gallra category, else "not a public record". */
export function purgeLeaning(verdict: Verdict | null | undefined): Leaning {
  return verdict?.category === 'gallra_ringa' || verdict?.category === 'gallra_ej_allman' ? verdict.category : 'gallra_ej_allman';
}

/** Reads the messages' features before the action; a message the model did not score (a decisive rule) has no record. */
export async function captureDecisions(deps: LearnDeps, items: readonly Deciding[]): Promise<Captured> {
  const records = new Map<MessageId, DecisionRecord>();
  const byId = new Map(items.map((i) => [i.id, i]));
  const context = buildClassifyContext(deps.owner, []);
  const at = deps.clock.now();
  let failed: string | undefined;
  const add = (message: FullMessage) => {
    const item = byId.get(message.id);
    const record = item && decisionFor(message, deps.profile, context, item.decided, item.verdict?.category ?? 'osaker', at);
    if (item && record) records.set(item.id, record);
  };
  for (let i = 0; i < items.length; i += PAGE) {
    const page = items.slice(i, i + PAGE);
    try {
      (await deps.mailbox.getMessages(page.map((d) => d.id))).forEach(add);
    } catch {
      // One vanished message fails a page: read that page one by one; a vanished one has nothing to learn.
      for (const item of page) {
        try {
          add(await deps.mailbox.getMessage(item.id));
        } catch (error) {
          if (!isNotFound(error)) failed ??= codeOf(error);
        }
      }
    }
  }
  return failed ? { records, failed } : { records };
}

/** Records the decisions of the messages the action finished (with the delivery key of a send). */
export async function commitDecisions(mailbox: Pick<MailboxPort, 'loadStore' | 'saveStore'>, captured: Captured, finished: readonly { id: MessageId; deliveryKey?: string }[]): Promise<LearningResult> {
  const records = finished.flatMap(({ id, deliveryKey }) => {
    const r = captured.records.get(id);
    return r ? [deliveryKey ? { ...r, deliveryKey } : r] : [];
  });
  try {
    await recordDecisions(mailbox, records);
  } catch (error) {
    return { failed: codeOf(error) };
  }
  return captured.failed ? { failed: captured.failed } : { recorded: records.length };
}
