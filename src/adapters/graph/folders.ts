// Well-known folder counts in one $batch, the folder-id → well-known-name map it yields, and the
// placement of a message in any other folder (its nearest well-known ancestor and its folder path).

import { MAIL_FOLDERS, type WellKnownFolder } from '../../domain/types';
import type { FolderSummary } from '../../ports/mailbox';
import { GraphError } from './errors';
import { isThrottled, itemError, retryAfterMs, sleep, type BatchItem, type MailboxSession } from './session';

const KNOWN: readonly WellKnownFolder[] = [...MAIL_FOLDERS, 'drafts'];
const MAX_ROUNDS = 5;

export interface FolderIndex {
  summaries: FolderSummary[];
  byId: Map<string, WellKnownFolder>;
  /** Display names of the well-known folders by id (e.g. "Inkorgen"). */
  names: Map<string, string>;
  /** The mailbox root's id (msgfolderroot), when Graph gave it. */
  rootId: string | null;
}

/** Where a message is: the well-known folder the port knows, and the real folder when it is another. */
export interface Placement {
  folder: WellKnownFolder;
  /** Path of display names from the well-known folder (or the root) down, e.g. "Inkorgen/Nämnd". */
  folderName?: string;
}

/** Folders deeper than this below a well-known one are named by their nearest levels only. */
const MAX_DEPTH = 10;

/** inbox, sentitems and deleteditems counts (plus drafts' id) in one request when not throttled. */
export async function loadFolders(session: MailboxSession): Promise<FolderIndex> {
  const found = new Map<WellKnownFolder, FolderSummary>();
  const names = new Map<string, string>();
  let rootId: string | null = null;
  let pending = [...KNOWN];
  for (let round = 0; pending.length > 0; round++) {
    const items: BatchItem[] = pending.map((folder) => ({
      id: folder,
      method: 'GET',
      url: `${session.userPath}/mailFolders/${folder}?$select=id,displayName,totalItemCount,unreadItemCount`,
    }));
    if (round === 0) items.push({ id: 'msgfolderroot', method: 'GET', url: `${session.userPath}/mailFolders/msgfolderroot?$select=id` });
    const results = await session.batch(items, 'metadata');
    const root = results.get('msgfolderroot');
    if (root?.status === 200) rootId = String((root.body as { id?: unknown }).id ?? '') || null;
    const retry: WellKnownFolder[] = [];
    let waitMs = 0;
    for (const folder of pending) {
      const result = results.get(folder);
      if (!result) throw new GraphError({ code: 'invalid_response', message: `$batch lost the ${folder} request.` });
      if (result.status === 200) {
        const body = result.body as { id?: unknown; displayName?: unknown; totalItemCount?: unknown; unreadItemCount?: unknown };
        if (typeof body.id === 'string' && typeof body.displayName === 'string') names.set(body.id, body.displayName);
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
  return { summaries: MAIL_FOLDERS.map((f) => found.get(f)!), byId, names, rootId };
}

/**
 * Places messages whose parentFolderId is not a well-known folder: walks up the folder tree (one
 * GET per folder not seen before, cached) to the nearest well-known ancestor. A folder with none
 * (e.g. a folder of its own at the root, or Archive) is placed under 'inbox', the port's default,
 * with its real path in folderName.
 */
export class FolderPlacer {
  private readonly folders = new Map<string, { name: string; parent: string | null }>();
  private readonly placed = new Map<string, Placement>();

  constructor(private readonly session: MailboxSession) {}

  async resolve(index: FolderIndex, parentFolderIds: readonly unknown[]): Promise<(parentFolderId: unknown) => Placement> {
    for (const id of new Set(parentFolderIds)) {
      if (typeof id === 'string' && id && !index.byId.has(id) && !this.placed.has(id)) this.placed.set(id, await this.walk(index, id));
    }
    return (id) => {
      if (typeof id !== 'string') return { folder: 'inbox' };
      const known = index.byId.get(id);
      return known ? { folder: known } : (this.placed.get(id) ?? { folder: 'inbox' });
    };
  }

  private async walk(index: FolderIndex, start: string): Promise<Placement> {
    const path: string[] = [];
    let current: string | null = start;
    for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
      const known = index.byId.get(current);
      if (known) return { folder: known, folderName: [index.names.get(current) ?? known, ...path].join('/') };
      if (current === index.rootId) break;
      const info = await this.folder(current);
      if (!info) break;
      path.unshift(info.name);
      current = info.parent;
    }
    return { folder: 'inbox', ...(path.length ? { folderName: path.join('/') } : {}) };
  }

  private async folder(id: string): Promise<{ name: string; parent: string | null } | null> {
    const cached = this.folders.get(id);
    if (cached) return cached;
    try {
      const raw = await this.session.get<{ displayName?: unknown; parentFolderId?: unknown }>(
        `${this.session.userPath}/mailFolders/${encodeURIComponent(id)}`,
        { $select: 'id,displayName,parentFolderId' },
        { category: 'metadata' },
      );
      const info = { name: typeof raw?.displayName === 'string' ? raw.displayName : '?', parent: typeof raw?.parentFolderId === 'string' ? raw.parentFolderId : null };
      this.folders.set(id, info);
      return info;
    } catch (error) {
      // A folder the mailbox cannot show (deleted meanwhile): the message keeps the default placement.
      if (error instanceof GraphError && (error.code === 'not_found' || error.code === 'forbidden')) return null;
      throw error;
    }
  }
}
