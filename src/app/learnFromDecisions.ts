// recordDecisions / learnedWeights: keeps the person's decisions in Postvakt's store and turns them, with the registrar's feedback, into the weight changes classify reads.

import { buildClassifyContext, modelInputs, type ClassifyContext, type WeightDeltas } from '../domain/classify';
import { decisionRecord, learnAdjustments, MAX_DECISIONS, type DecisionRecord } from '../domain/classify/learn';
import { shippedWeights } from '../domain/classify/model';
import type { Leaning } from '../domain/classify/signals';
import type { Profile } from '../domain/policy/types';
import type { Category, MailboxOwner, MailMessage } from '../domain/types';
import type { MailboxPort, PostvaktStore } from '../ports/mailbox';

type StorePort = Pick<MailboxPort, 'loadStore' | 'saveStore'>;

/** The decision record for one message the person acted on; null when a decisive rule (not the model) answered. */
export function decisionFor(message: MailMessage, profile: Profile, context: ClassifyContext, decided: Leaning, proposed: Category, at: string, deliveryKey?: string): DecisionRecord | null {
  const hits = modelInputs(message, profile, context);
  return hits ? decisionRecord(hits, decided, proposed, at, deliveryKey) : null;
}

/** Appends decisions to the store, keeping the newest MAX_DECISIONS. */
export async function recordDecisions(mailbox: StorePort, records: readonly DecisionRecord[]): Promise<void> {
  if (records.length === 0) return;
  const store = await mailbox.loadStore();
  await mailbox.saveStore({ ...store, decisions: [...(store.decisions ?? []), ...records].slice(-MAX_DECISIONS) });
}

/** The weight changes learnt from the store's decisions and feedback, for ClassifyContext.learned. */
export function learnedWeights(store: PostvaktStore): WeightDeltas {
  return learnAdjustments(store.decisions ?? [], store.feedback ?? [], shippedWeights());
}

/** A classify context that carries what was learnt. */
export function learningContext(owner: MailboxOwner, correspondence: Parameters<typeof buildClassifyContext>[1], store: PostvaktStore): ClassifyContext {
  const learned = learnedWeights(store);
  return { ...buildClassifyContext(owner, correspondence), ...(Object.keys(learned).length ? { learned } : {}) };
}
