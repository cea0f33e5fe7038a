// Well-known folder counts in one $batch, and the folder-id → well-known-name map it yields.

import { MAIL_FOLDERS, type WellKnownFolder } from '../../domain/types';
import type { FolderSummary } from '../../ports/mailbox';
import { GraphError } from './errors';
import { isThrottled, itemError, retryAfterMs, sleep, type BatchItem, type MailboxSession } from './session';

const KNOWN: readonly WellKnownFolder[] = [...MAIL_FOLDERS, 'drafts'];
const MAX_ROUNDS = 5;

export interface FolderIndex {
  summaries: FolderSummary[];
  byId: Map<string, WellKnownFolder>;
}

/** inbox, sentitems and deleteditems counts (plus drafts' id) in one request when not throttled. */
export async function loadFolders(session: MailboxSession): Promise<FolderIndex> {
  const found = new Map<WellKnownFolder, FolderSummary>();
  let pending = [...KNOWN];
  for (let round = 0; pending.length > 0; round++) {
    const items: BatchItem[] = pending.map((folder) => ({
      id: folder,
      method: 'GET',
      url: `${session.userPath}/mailFolders/${folder}?$select=id,displayName,totalItemCount,unreadItemCount`,
    }));
    const results = await session.batch(items, 'metadata');
    const retry: WellKnownFolder[] = [];
    let waitMs = 0;
    for (const folder of pending) {
      const result = results.get(folder);
      if (!result) throw new GraphError({ code: 'invalid_response', message: `$batch lost the ${folder} request.` });
      if (result.status === 200) {
        const body = result.body as { id?: unknown; totalItemCount?: unknown; unreadItemCount?: unknown };
        found.set(folder, {
          folder,
          id: String(body.id ?? ''),
          totalItemCount: typeof body.totalItemCount === 'number' ? body.totalItemCount : 0,
          unreadItemCount: typeof body.unreadItemCount === 'number' ? body.unreadItemCount : 0,
        });
      } else if (isThrottled(result.status) && round < MAX_ROUNDS) {
        retry.push(folder);
        waitMs = Math.max(waitMs, retryAfterMs(result));
      } else if (folder !== 'drafts') {
        // drafts is only needed to name the folder of a draft; the three mail folders are required.
        throw itemError(result);
      }
    }
    pending = retry;
    if (pending.length > 0) await sleep(waitMs);
  }
  const byId = new Map<string, WellKnownFolder>();
  for (const summary of found.values()) if (summary.id) byId.set(summary.id, summary.folder);
  return { summaries: MAIL_FOLDERS.map((f) => found.get(f)!), byId };
}
