// Bulk permanent delete through $batch: re-queues items throttled inside a batch until the budget ends.

import type { Clock } from '../../ports/clock';
import type { BulkFailure, BulkOptions, BulkResult, MessageId } from '../../ports/mailbox';
import { GraphError } from './errors';
import { BATCH_LIMIT, isThrottled, itemError, retryAfterMs, sleep, type BatchItem, type MailboxSession } from './session';

export const DEFAULT_BUDGET_MS = 120_000;

interface Pending {
  id: MessageId;
  notBefore: number;
  attempted: boolean;
}

/**
 * The RetryHandler retries a throttled $batch as a whole but never a 429/503 answered for one
 * item inside it, so those items go back into the queue (after their Retry-After) until
 * `budgetMs` has passed. Whatever is left is reported: throttled items as failed, untried ones
 * as notAttempted.
 */
export async function permanentDeleteMany(
  session: MailboxSession,
  clock: Clock,
  ids: readonly MessageId[],
  options: BulkOptions = {},
): Promise<BulkResult> {
  const now = (): number => Date.parse(clock.now());
  const started = now();
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const unique = [...new Set(ids)];
  let queue: Pending[] = unique.map((id) => ({ id, notBefore: 0, attempted: false }));
  const done: MessageId[] = [];
  const failed: BulkFailure[] = [];
  const progress = (): void => options.onProgress?.({ done: done.length, failed: failed.length, total: unique.length });
  let stopReason: 'cancelled' | 'budget' | null = null;

  while (queue.length > 0) {
    if (options.signal?.aborted) {
      stopReason = 'cancelled';
      break;
    }
    const t = now();
    if (t - started > budgetMs) {
      stopReason = 'budget';
      break;
    }
    const ready = queue.filter((p) => p.notBefore <= t);
    if (ready.length === 0) {
      const wake = Math.min(...queue.map((p) => p.notBefore));
      if (wake - started > budgetMs) {
        stopReason = 'budget';
        break;
      }
      await sleep(Math.max(0, wake - t));
      continue;
    }
    const chunk = ready.slice(0, BATCH_LIMIT);
    const inChunk = new Set(chunk);
    queue = queue.filter((p) => !inChunk.has(p));
    const items: BatchItem[] = chunk.map((p, i) => ({
      id: String(i + 1),
      method: 'POST',
      url: `${session.userPath}/messages/${encodeURIComponent(p.id)}/permanentDelete`,
    }));
    let results;
    try {
      results = await session.batch(items, 'action');
    } catch (error) {
      const e = error instanceof GraphError ? error : null;
      if (e && (e.code === 'throttled' || e.code === 'network' || e.code === 'server_error')) {
        for (const p of chunk) queue.push({ ...p, attempted: true, notBefore: now() + 1000 });
        continue;
      }
      // Not worth repeating (401/403/400): this chunk failed; the rest was not attempted.
      for (const p of chunk) failed.push({ id: p.id, code: e?.code ?? 'unknown', message: e?.message ?? String(error) });
      progress();
      return { done, failed, notAttempted: queue.map((p) => p.id) };
    }
    chunk.forEach((p, i) => {
      const result = results.get(String(i + 1));
      if (!result) {
        queue.push({ ...p, attempted: true, notBefore: now() });
      } else if (result.status >= 200 && result.status < 300) {
        done.push(p.id);
      } else if (isThrottled(result.status)) {
        queue.push({ ...p, attempted: true, notBefore: now() + retryAfterMs(result) });
      } else {
        const err = itemError(result);
        failed.push({ id: p.id, code: err.graphCode ?? err.code, message: err.message });
      }
    });
    progress();
  }

  const notAttempted: MessageId[] = [];
  for (const p of queue) {
    if (p.attempted) {
      failed.push({
        id: p.id,
        code: 'throttled',
        message:
          stopReason === 'cancelled'
            ? 'Throttled by Microsoft Graph and not retried: the run was cancelled.'
            : 'Throttled by Microsoft Graph until the time budget ran out.',
      });
    } else {
      notAttempted.push(p.id);
    }
  }
  if (queue.length > 0) progress();
  return { done, failed, notAttempted };
}
