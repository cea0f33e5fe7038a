// "Verkställ förslagen" in the Inkorgen view: what to purge and what to send, in which order, and a
// coded outcome for every chosen message (the UI words the codes). Purges go first, in one bulk
// run; public records then go to the registrar one by one; uncertain ones are left alone.

import type { MailboxOwner, Verdict } from '../domain/types';
import type { MessageId } from '../ports/mailbox';
import { captureDecisions, commitDecisions, purgeLeaning, type LearnDeps, type LearningResult } from './decide';
import { gallra, type GallraDeps } from './gallra';
import { sendToRegistrar, type SendDeps } from './sendToRegistrar';

export interface ApplyProposalsDeps extends GallraDeps, SendDeps, LearnDeps {
  owner: MailboxOwner;
}

export interface Proposal {
  id: MessageId;
  verdict: Verdict | null;
}

export type ProposalResult =
  | { id: MessageId; result: 'purged' }
  | { id: MessageId; result: 'sent'; ref: string }
  /** `code` is the use case's or the adapter's stable code (`unknown` when the error had none). */
  | { id: MessageId; result: 'failed'; code: string }
  /** Stopped (or out of time) before it was started. */
  | { id: MessageId; result: 'not_attempted' }
  /** No verdict, or osaker: the person decides these one at a time. */
  | { id: MessageId; result: 'skipped' };

export interface ApplyProposalsInput {
  proposals: readonly Proposal[];
  /** Messages finished or failed, of those to act on (purge + send). */
  onProgress?: (progress: { done: number; total: number }) => void;
  signal?: AbortSignal;
}

export interface ApplyProposalsOutcome {
  results: ProposalResult[];
  /** How many were to be purged or sent (the skipped ones not counted). */
  total: number;
  /** The purges and sends recorded as the person's decisions (or the code of why not). */
  learning: LearningResult;
}

const PURGE = new Set(['gallra_ej_allman', 'gallra_ringa']);

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code ? code : 'unknown';
}

export async function applyProposals(deps: ApplyProposalsDeps, input: ApplyProposalsInput): Promise<ApplyProposalsOutcome> {
  const toPurge = input.proposals.filter((p) => p.verdict && PURGE.has(p.verdict.category));
  const toSend = input.proposals.filter((p) => p.verdict?.category === 'registrera');
  const total = toPurge.length + toSend.length;
  const acted = new Set([...toPurge, ...toSend].map((p) => p.id));
  const results: ProposalResult[] = input.proposals.filter((p) => !acted.has(p.id)).map((p) => ({ id: p.id, result: 'skipped' }));
  input.onProgress?.({ done: 0, total });
  const captured = await captureDecisions(deps, [
    ...toPurge.map((p) => ({ id: p.id, verdict: p.verdict, decided: purgeLeaning(p.verdict) })),
    ...toSend.map((p) => ({ id: p.id, verdict: p.verdict, decided: 'registrera' as const })),
  ]);
  const finishedIds: { id: MessageId; deliveryKey?: string }[] = [];

  if (toPurge.length > 0) {
    const outcome = await gallra(deps, {
      ids: toPurge.map((p) => p.id),
      verdicts: new Map(toPurge.map((p) => [p.id, p.verdict!])),
      onProgress: (p) => input.onProgress?.({ done: p.done + p.failed, total }),
      ...(input.signal ? { signal: input.signal } : {}),
    });
    finishedIds.push(...outcome.done.map((id) => ({ id })));
    results.push(
      ...outcome.done.map((id): ProposalResult => ({ id, result: 'purged' })),
      ...outcome.failed.map((f): ProposalResult => ({ id: f.id, result: 'failed', code: f.code })),
      ...outcome.notAttempted.map((id): ProposalResult => ({ id, result: 'not_attempted' })),
    );
  }
  let finished = results.filter((r) => r.result === 'purged' || r.result === 'failed').length;
  for (const p of toSend) {
    if (input.signal?.aborted) {
      results.push({ id: p.id, result: 'not_attempted' });
      continue;
    }
    try {
      const sent = await sendToRegistrar(deps, { id: p.id, verdict: p.verdict!, owner: deps.owner });
      results.push({ id: p.id, result: 'sent', ref: sent.ref });
      if (sent.status !== 'already_delivered') finishedIds.push({ id: p.id, deliveryKey: sent.key });
    } catch (error) {
      results.push({ id: p.id, result: 'failed', code: errorCode(error) });
    }
    finished += 1;
    input.onProgress?.({ done: finished, total });
  }
  return { results, total, learning: await commitDecisions(deps.mailbox, captured, finishedIds) };
}
