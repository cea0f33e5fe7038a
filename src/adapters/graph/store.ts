// Postvakt's small JSON document: one message in a hidden mail folder named "Postvakt".

import type { LogRequestHold, JournalEntry, PostvaktStore } from '../../ports/mailbox';
import type { StoredDecisionRecord } from '../../domain/classify/learn';
import type { RegistrarFeedback, Registration } from '../../domain/registrar/registration.types';
import { GraphError } from './errors';
import { odataString } from './properties';
import { PREFER_TEXT_BODY, type MailboxSession } from './session';

export const STORE_FOLDER = 'Postvakt';
export const STORE_SUBJECT = 'Postvakt';

interface Collection<T> {
  value?: T[];
}

interface StoreLocation {
  folderId: string;
  messageId: string | null;
}

export function parseStore(text: string): PostvaktStore {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new GraphError({ code: 'invalid_response', message: "Postvakt's stored document is not JSON.", cause });
  }
  const doc = json as { journal?: unknown; holds?: unknown } | null;
  if (!doc || !Array.isArray(doc.journal) || !Array.isArray(doc.holds)) {
    throw new GraphError({ code: 'invalid_response', message: "Postvakt's stored document lacks journal or holds." });
  }
  const store: PostvaktStore = { journal: doc.journal as JournalEntry[], holds: doc.holds as LogRequestHold[] };
  // Optional parts (older documents lack them); a part of the wrong shape is an error, not silently dropped.
  const extra = json as { registrations?: unknown; feedback?: unknown; decisions?: unknown };
  for (const field of ['registrations', 'feedback', 'decisions'] as const) {
    if (extra[field] === undefined) continue;
    if (!Array.isArray(extra[field])) throw new GraphError({ code: 'invalid_response', message: `Postvakt's stored ${field} is not a list.` });
  }
  if (extra.registrations !== undefined) store.registrations = extra.registrations as Registration[];
  if (extra.feedback !== undefined) store.feedback = extra.feedback as RegistrarFeedback[];
  if (extra.decisions !== undefined) store.decisions = extra.decisions as StoredDecisionRecord[];
  return store;
}

export class StoreAccess {
  private location: StoreLocation | null = null;
  private looking: Promise<StoreLocation | null> | null = null;

  constructor(private readonly session: MailboxSession) {}

  private async findFolder(): Promise<string | null> {
    const found = await this.session.get<Collection<{ id?: string }>>(`${this.session.userPath}/mailFolders`, {
      $filter: `displayName eq ${odataString(STORE_FOLDER)}`,
      includeHiddenFolders: 'true',
      $select: 'id,displayName',
    }, { category: 'metadata' });
    return found?.value?.[0]?.id ?? null;
  }

  /** The hidden folder's id, null before the first save: listings of the whole mailbox leave it out. */
  async folderId(): Promise<string | null> {
    return (await this.locate(false))?.folderId ?? null;
  }

  private async locate(create: boolean): Promise<StoreLocation | null> {
    if (this.location) return this.location;
    if (create) return this.find(true);
    // Concurrent readers (a report loads the store while listing) share one lookup.
    this.looking ??= this.find(false).finally(() => (this.looking = null));
    return this.looking;
  }

  private async find(create: boolean): Promise<StoreLocation | null> {
    let folderId = await this.findFolder();
    if (!folderId) {
      if (!create) return null;
      try {
        const made = await this.session.request<{ id?: string }>('POST', `${this.session.userPath}/mailFolders`, {
          displayName: STORE_FOLDER,
          isHidden: true,
        }, { category: 'action' });
        folderId = made?.id ?? null;
      } catch (error) {
        // Another device created it in the meantime.
        if (!(error instanceof GraphError) || error.code !== 'conflict') throw error;
        folderId = await this.findFolder();
      }
      if (!folderId) throw new GraphError({ code: 'invalid_response', message: 'The Postvakt folder could not be created.' });
    }
    const messages = await this.session.get<Collection<{ id?: string }>>(
      `${this.session.userPath}/mailFolders/${encodeURIComponent(folderId)}/messages`,
      { $select: 'id', $top: 1 },
      { category: 'metadata' },
    );
    this.location = { folderId, messageId: messages?.value?.[0]?.id ?? null };
    return this.location;
  }

  async load(): Promise<PostvaktStore> {
    const location = await this.locate(false);
    if (!location?.messageId) return { journal: [], holds: [] };
    const message = await this.session.get<{ body?: { content?: unknown } }>(
      `${this.session.userPath}/messages/${encodeURIComponent(location.messageId)}`,
      { $select: 'id,body' },
      { category: 'metadata', prefer: [PREFER_TEXT_BODY] },
    );
    const content = typeof message?.body?.content === 'string' ? message.body.content.trim() : '';
    return content ? parseStore(content) : { journal: [], holds: [] };
  }

  async save(store: PostvaktStore): Promise<void> {
    const location = (await this.locate(true))!;
    const body = { contentType: 'text', content: JSON.stringify({
      journal: store.journal,
      holds: store.holds,
      ...(store.registrations ? { registrations: store.registrations } : {}),
      ...(store.feedback ? { feedback: store.feedback } : {}),
      ...(store.decisions ? { decisions: store.decisions } : {}),
    }) };
    if (location.messageId) {
      try {
        await this.session.request('PATCH', `${this.session.userPath}/messages/${encodeURIComponent(location.messageId)}`, { body }, { category: 'action' });
        return;
      } catch (error) {
        // Someone deleted the document message: write a new one rather than lose this save.
        if (!(error instanceof GraphError) || error.code !== 'not_found') throw error;
      }
    }
    const created = await this.session.request<{ id?: string }>(
      'POST',
      `${this.session.userPath}/mailFolders/${encodeURIComponent(location.folderId)}/messages`,
      { subject: STORE_SUBJECT, body },
      { category: 'action' },
    );
    if (typeof created?.id !== 'string') throw new GraphError({ code: 'invalid_response', message: 'Saving the Postvakt document returned no id.' });
    this.location = { ...location, messageId: created.id };
  }
}
