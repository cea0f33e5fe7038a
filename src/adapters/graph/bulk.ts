// Bulk work through $batch (permanent delete, property writes, body reads): re-queues items throttled inside a
// batch until the budget ends, then reports exactly what was done, failed or never attempted.

import type { Clock } from '../../ports/clock';
import type { BulkFailure, BulkOptions, BulkResult, MessageId, PostvaktProperty, PropertyWrite } from '../../ports/mailbox';
import type { TrafficCategory } from './accounting';
import { GraphError } from './errors';
import { propertyPayload } from './properties';
import { BATCH_LIMIT, isThrottled, itemError, retryAfterMs, sleep, type BatchItem, type BatchItemResult, type MailboxSession } from './session';

export const DEFAULT_BUDGET_MS = 120_000;

/** One item of bulk work: the message it acts on and the request (without its batch id). */
export interface BulkEntry {
  id: MessageId;
  request: Omit<BatchItem, 'id'>;
}

/** How a caller of runBulk sees the wire: Prefer values for the batch, and each item's final answer. */
export interface BulkHooks {
  prefer?: string[];
  /** Called once per item with its final (non-throttled) answer, success or not. */
  onItem?: (id: MessageId, result: BatchItemResult) => void;
}

/** BulkResult plus the error that stopped the run, when a whole $batch was refused (401, 403, 400). */
export interface BulkRun extends BulkResult {
  fatal?: unknown;
}

interface Pending {
  entry: BulkEntry;
  notBefore: number;
  attempted: boolean;
}

/**
 * The RetryHandler retries a throttled $batch as a whole but never a 429/503 answered for one
 * item inside it, so those items go back into the queue (after their Retry-After) until
 * `budgetMs` has passed. Whatever is left is reported: throttled items as failed, untried ones
 * as notAttempted. One entry per message id (the last one given wins). Batches go out one at a
 * time: the session's limiter lets one $batch per mailbox through.
 */
export async function runBulk(
  session: MailboxSession,
  clock: Clock,
  entries: readonly BulkEntry[],
  category: TrafficCategory,
  options: BulkOptions = {},
  hooks: BulkHooks = {},
): Promise<BulkRun> {
  const now = (): number => Date.parse(clock.now());
  const started = now();
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const unique = [...new Map(entries.map((e) => [e.id, e])).values()];
  let queue: Pending[] = unique.map((entry) => ({ entry, notBefore: 0, attempted: false }));
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
    const items: BatchItem[] = chunk.map((p, i) => ({ ...p.entry.request, id: String(i + 1) }));
    let results;
    try {
      results = await session.batch(items, category, hooks.prefer);
    } catch (error) {
      const e = error instanceof GraphError ? error : null;
      if (e && (e.code === 'throttled' || e.code === 'network' || e.code === 'server_error')) {
        for (const p of chunk) queue.push({ ...p, attempted: true, notBefore: now() + 1000 });
        continue;
      }
      // Not worth repeating (401/403/400): this chunk failed; the rest was not attempted.
      for (const p of chunk) failed.push({ id: p.entry.id, code: e?.code ?? 'unknown', message: e?.message ?? String(error) });
      progress();
      return { done, failed, notAttempted: queue.map((p) => p.entry.id), fatal: error };
    }
    chunk.forEach((p, i) => {
      const result = results.get(String(i + 1));
      if (!result) {
        queue.push({ ...p, attempted: true, notBefore: now() });
      } else if (result.status >= 200 && result.status < 300) {
        done.push(p.entry.id);
        hooks.onItem?.(p.entry.id, result);
      } else if (isThrottled(result.status)) {
        queue.push({ ...p, attempted: true, notBefore: now() + retryAfterMs(result) });
      } else {
        hooks.onItem?.(p.entry.id, result);
        const err = itemError(result);
        failed.push({ id: p.entry.id, code: err.graphCode ?? err.code, message: err.message });
      }
    });
    progress();
  }

  const notAttempted: MessageId[] = [];
  for (const p of queue) {
    if (p.attempted) {
      failed.push({
        id: p.entry.id,
        code: 'throttled',
        message:
          stopReason === 'cancelled'
            ? 'Throttled by Microsoft Graph and not retried: the run was cancelled.'
            : 'Throttled by Microsoft Graph until the time budget ran out.',
      });
    } else {
      notAttempted.push(p.entry.id);
    }
  }
  if (queue.length > 0) progress();
  return { done, failed, notAttempted };
}

const messageUrl = (session: MailboxSession, id: MessageId): string => `${session.userPath}/messages/${encodeURIComponent(id)}`;

/** Bulk permanent delete: one `permanentDelete` per message, 20 to a $batch. */
export function permanentDeleteMany(session: MailboxSession, clock: Clock, ids: readonly MessageId[], options: BulkOptions = {}): Promise<BulkResult> {
  const entries = ids.map((id): BulkEntry => ({ id, request: { method: 'POST', url: `${messageUrl(session, id)}/permanentDelete` } }));
  return runBulk(session, clock, entries, 'action', options);
}

/** Bulk property writes: one PATCH of singleValueExtendedProperties per message (its writes merged), 20 to a $batch. */
export function setPropertyMany(session: MailboxSession, clock: Clock, writes: readonly PropertyWrite[], options: BulkOptions = {}): Promise<BulkResult> {
  const byId = new Map<MessageId, Partial<Record<PostvaktProperty, string>>>();
  for (const w of writes) byId.set(w.id, { ...byId.get(w.id), [w.property]: w.value });
  const entries = [...byId].map(
    ([id, values]): BulkEntry => ({
      id,
      request: { method: 'PATCH', url: messageUrl(session, id), body: { singleValueExtendedProperties: propertyPayload(values) } },
    }),
  );
  const category: TrafficCategory = writes.every((w) => w.property === 'state') ? 'classification' : 'action';
  return runBulk(session, clock, entries, category, options);
}
