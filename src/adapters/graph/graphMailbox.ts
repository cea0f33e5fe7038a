// MailboxPort over Microsoft Graph: the one mailbox implementation (real tenant, demo, tests).

import type { Client } from '@microsoft/microsoft-graph-client';
import type { WellKnownFolder } from '../../domain/types';
import { systemClock, type Clock } from '../../ports/clock';
import {
  asMessageId,
  type AutomaticReplies,
  type FullMessage,
  type ListMessagesOptions,
  type MailboxPort,
  type MessageId,
  type MessageSummary,
  type PostvaktProperty,
} from '../../ports/mailbox';
import type { GraphStats } from './accounting';
import { permanentDeleteMany, runBulk, setPropertyMany, type BulkEntry } from './bulk';
import { GraphError, toGraphError } from './errors';
import { FolderPlacer, loadFolders, type FolderIndex, type Placement } from './folders';
import { limiterFor } from './limiter';
import { FULL_SELECT, SUMMARY_SELECT, fromAddress, toFullMessage, toSummary, type RawMessage } from './mapMessage';
import { extendedPropertiesExpand, odataString, PROPERTY_IDS, propertyPayload } from './properties';
import { itemError, MailboxSession, PREFER_TEXT_BODY } from './session';
import { StoreAccess } from './store';
import { addAttachment } from './upload';

export interface GraphMailboxOptions {
  /** 'me' (default) or an address for /users/{upn} (delegated access). */
  user?: string;
  /** The owner's SMTP address when `user` is 'me'; otherwise openGraphMailbox resolves it. */
  address?: string;
  clock?: Clock;
  /** How long getMessages keeps re-queueing throttled items (ms). */
  budgetMs?: number;
  /** First pause before the adapter's own retries of upload ranges (ms, doubling; default 250). */
  retryDelayMs?: number;
}

export interface GraphMailbox extends MailboxPort {
  /** Requests, bytes (by metadata/classification/action) and max operations in flight so far. */
  stats(): GraphStats;
  resetStats(): void;
}

/** Graph's largest page. */
export const PAGE_SIZE = 1000;
const TRANSLATE_LIMIT = 1000;
const ATTACHMENT_EXPAND = 'attachments($select=name,contentType,size)';

interface Page {
  value?: RawMessage[];
  '@odata.nextLink'?: string;
}

/** $filter and matching $orderby: Graph requires the ordered property to lead the filter. */
function windowQuery(folder: WellKnownFolder, since: string | undefined): { $filter?: string; $orderby: string } {
  const field = folder === 'sentitems' ? 'sentDateTime' : 'receivedDateTime';
  if (!since) return { $orderby: `${field} desc` };
  const instant = new Date(since);
  if (Number.isNaN(instant.getTime())) throw new GraphError({ code: 'bad_request', message: `Not an instant: ${since}` });
  return { $filter: `${field} ge ${instant.toISOString()}`, $orderby: `${field} desc` };
}

export function createGraphMailbox(client: Client, options: GraphMailboxOptions = {}): GraphMailbox {
  const user = options.user ?? 'me';
  const userPath = user === 'me' ? '/me' : `/users/${encodeURIComponent(user)}`;
  const clock = options.clock ?? systemClock;
  const budgetMs = options.budgetMs ?? 120_000;
  const limiter = limiterFor(client, user);
  const session = new MailboxSession(client, userPath, limiter);
  const store = new StoreAccess(session);
  let folders: FolderIndex | null = null;
  const msgPath = (id: MessageId | string): string => `${userPath}/messages/${encodeURIComponent(id)}`;

  async function folderIndex(refresh = false): Promise<FolderIndex> {
    if (!folders || refresh) folders = await loadFolders(session);
    return folders;
  }
  const placer = new FolderPlacer(session);
  /** Where each message found across folders is (subfolders resolved up to a well-known folder). */
  async function placeAll(raws: readonly RawMessage[]): Promise<(raw: RawMessage) => Placement> {
    const place = await placer.resolve(await folderIndex(), raws.map((m) => m.parentFolderId));
    return (raw) => place(raw.parentFolderId);
  }

  async function collect(firstPath: string, query: Record<string, string | number | undefined>): Promise<RawMessage[]> {
    const out: RawMessage[] = [];
    let page = await session.get<Page>(firstPath, query, { category: 'metadata' });
    for (;;) {
      out.push(...(page?.value ?? []));
      const next = page?.['@odata.nextLink'];
      if (!next) return out;
      page = await session.request<Page>('GET', next, undefined, { category: 'metadata' });
    }
  }

  /** Message metadata under a listing path, newest first, inside the window when `since` is given. */
  function summaries(path: string, dateOf: WellKnownFolder, since: string | undefined): Promise<RawMessage[]> {
    return collect(path, { $select: SUMMARY_SELECT, ...windowQuery(dateOf, since), $top: PAGE_SIZE, $expand: extendedPropertiesExpand() });
  }

  async function listFolder(folder: WellKnownFolder, since: string | undefined): Promise<MessageSummary[]> {
    const raw = await summaries(`${userPath}/mailFolders/${folder}/messages`, folder, since);
    return raw.map((m) => toSummary(m, folder));
  }

  /** Every folder's messages in one listing (/messages), each placed by its parent folder. */
  async function listEverywhere(since: string | undefined): Promise<MessageSummary[]> {
    const [listed, storeFolder] = await Promise.all([
      // Across folders the received time dates every message (Exchange sets it on sent items too).
      summaries(`${userPath}/messages`, 'inbox', since),
      store.folderId(),
    ]);
    // Postvakt's own document is not mail.
    const raw = listed.filter((m) => m.parentFolderId !== storeFolder);
    const place = await placeAll(raw);
    return raw.map((m) => toSummary(m, place(m)));
  }

  /** Full messages through the bulk runner ($batch of 20, throttled items re-queued); 404s are skipped. */
  async function fetchFull(ids: readonly MessageId[]): Promise<Map<MessageId, FullMessage>> {
    const raws = new Map<MessageId, RawMessage>();
    const errors: GraphError[] = [];
    const query = `$select=${FULL_SELECT}&$expand=${encodeURIComponent(`${ATTACHMENT_EXPAND},${extendedPropertiesExpand(true)}`)}`;
    const entries = ids.map((id): BulkEntry => ({ id, request: { method: 'GET', url: `${msgPath(id)}?${query}` } }));
    const run = await runBulk(session, clock, entries, 'classification', { budgetMs }, {
      prefer: [PREFER_TEXT_BODY],
      onItem: (id, result) => {
        if (result.status === 200) {
          raws.set(id, result.body as RawMessage);
        } else if (result.status !== 404) {
          errors.push(itemError(result));
        }
      },
    });
    if (run.fatal) throw toGraphError(run.fatal);
    if (errors[0]) throw errors[0];
    const left = run.failed.filter((f) => f.code === 'throttled').length + run.notAttempted.length;
    if (left > 0) {
      throw new GraphError({ code: 'throttled', statusCode: 429, message: `${left} messages stayed throttled past the time budget.` });
    }
    const place = await placeAll([...raws.values()]);
    return new Map([...raws].map(([id, raw]) => [id, toFullMessage(raw, place(raw))]));
  }

  const mailbox: GraphMailbox = {
    get address(): string {
      if (options.address) return options.address;
      return user.includes('@') ? user : '';
    },

    stats: () => session.recorder.snapshot(limiter.maxInFlight),
    resetStats: () => {
      session.recorder.reset();
      limiter.resetMax();
    },

    async folderSummaries() {
      return (await folderIndex(true)).summaries;
    },

    async listMessages(list: ListMessagesOptions) {
      if (list.everywhere) return (await listEverywhere(list.since)).filter((m) => list.folders.includes(m.folder));
      const parts = await Promise.all(list.folders.map((folder) => listFolder(folder, list.since)));
      return parts.flat();
    },

    async getMessage(id) {
      const raw = await session.get<RawMessage>(msgPath(id), {
        $select: FULL_SELECT,
        $expand: `${ATTACHMENT_EXPAND},${extendedPropertiesExpand(true)}`,
      }, { category: 'classification', prefer: [PREFER_TEXT_BODY] });
      return toFullMessage(raw, (await placeAll([raw]))(raw));
    },

    async getMessages(ids) {
      const found = await fetchFull(ids);
      return ids.map((id) => found.get(id)).filter((m): m is FullMessage => m !== undefined);
    },

    async listAttachments(id) {
      const page = await session.get<{ value?: Record<string, unknown>[] }>(`${msgPath(id)}/attachments`, {
        $select: 'id,name,contentType,size',
      }, { category: 'metadata' });
      // Item and reference attachments have no bytes of their own: only file attachments are listed.
      return (page?.value ?? [])
        .filter((a) => a['@odata.type'] === undefined || a['@odata.type'] === '#microsoft.graph.fileAttachment')
        .filter((a) => typeof a.id === 'string' && typeof a.name === 'string')
        .map((a) => ({
          id: a.id as string,
          name: a.name as string,
          contentType: typeof a.contentType === 'string' ? a.contentType : 'application/octet-stream',
          size: typeof a.size === 'number' ? a.size : 0,
        }));
    },

    async getAttachmentBytes(id, attachmentId, maxBytes) {
      const path = `${msgPath(id)}/attachments/${encodeURIComponent(attachmentId)}`;
      const listed = await session.get<{ size?: unknown }>(path, { $select: 'id,size' }, { category: 'metadata' });
      // Graph's size counts the attachment item's overhead as well as the bytes.
      if (typeof listed?.size === 'number' && listed.size > maxBytes + 64 * 1024) {
        throw new GraphError({ code: 'too_large', message: `The attachment is larger than ${maxBytes} bytes.` });
      }
      const buffer = await session.request<ArrayBuffer>('GET', `${path}/$value`, undefined, { category: 'action', responseType: 'arraybuffer' });
      const bytes = new Uint8Array(buffer);
      if (bytes.length > maxBytes) throw new GraphError({ code: 'too_large', message: `The attachment is larger than ${maxBytes} bytes.` });
      return bytes;
    },

    async getMime(id) {
      const buffer = await session.request<ArrayBuffer>('GET', `${msgPath(id)}/$value`, undefined, {
        category: 'action',
        responseType: 'arraybuffer',
      });
      return new Uint8Array(buffer);
    },

    async setProperty(id: MessageId, property: PostvaktProperty, value: string) {
      await session.request('PATCH', msgPath(id), { singleValueExtendedProperties: propertyPayload({ [property]: value }) }, {
        category: property === 'state' ? 'classification' : 'action',
      });
    },

    setProperties: (writes, bulk) => setPropertyMany(session, clock, writes, bulk),

    async findByInternetMessageId(internetMessageId: string) {
      const raw = await collect(`${userPath}/messages`, {
        $filter: `internetMessageId eq ${odataString(internetMessageId)}`,
        $select: SUMMARY_SELECT,
        $expand: extendedPropertiesExpand(),
        $top: 100,
      });
      const place = await placeAll(raw);
      return raw.map((m) => toSummary(m, place(m)));
    },

    async findByIntentKey(key: string) {
      const raw = await collect(`${userPath}/messages`, {
        $filter: `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(PROPERTY_IDS.intent)} and contains(ep/value, ${odataString(key)}))`,
        $select: SUMMARY_SELECT,
        $expand: extendedPropertiesExpand(),
        $top: 100,
      });
      const place = await placeAll(raw);
      return raw.map((m) => toSummary(m, place(m)));
    },

    async createDraft(message) {
      const created = await session.request<{ id?: unknown }>('POST', `${userPath}/messages`, {
        subject: message.subject,
        body: { contentType: 'text', content: message.body },
        toRecipients: message.toRecipients.map(fromAddress),
        ...(message.properties ? { singleValueExtendedProperties: propertyPayload(message.properties) } : {}),
      }, { category: 'action' });
      if (typeof created?.id !== 'string') throw new GraphError({ code: 'invalid_response', message: 'The new draft has no id.' });
      return asMessageId(created.id);
    },

    addAttachment: (draftId, attachment) => addAttachment(session, draftId, attachment, options.retryDelayMs),

    async sendDraft(draftId) {
      await session.request('POST', `${msgPath(draftId)}/send`, undefined, { category: 'action' });
    },

    async permanentDelete(id) {
      await session.request('POST', `${msgPath(id)}/permanentDelete`, undefined, { category: 'action' });
    },

    permanentDeleteMany: (ids, bulk) => permanentDeleteMany(session, clock, ids, bulk),

    async automaticReplies(): Promise<AutomaticReplies> {
      const raw = await session.get<Record<string, unknown>>(`${userPath}/mailboxSettings/automaticRepliesSetting`, {}, { category: 'metadata' });
      const status = raw?.status === 'alwaysEnabled' || raw?.status === 'scheduled' ? raw.status : 'disabled';
      const instant = (value: unknown): string | undefined => {
        const v = value as { dateTime?: unknown; timeZone?: unknown } | undefined;
        if (typeof v?.dateTime !== 'string') return undefined;
        const utc = typeof v.timeZone !== 'string' || /^(utc|etc\/utc|gmt)$/i.test(v.timeZone);
        return utc && !/(z|[+-]\d\d:\d\d)$/i.test(v.dateTime) ? `${v.dateTime.replace(/\.\d+$/, '')}Z` : v.dateTime;
      };
      const start = instant(raw?.scheduledStartDateTime);
      const end = instant(raw?.scheduledEndDateTime);
      return {
        status,
        ...(start ? { scheduledStartDateTime: start } : {}),
        ...(end ? { scheduledEndDateTime: end } : {}),
      };
    },

    async toImmutableIds(restIds) {
      const out: MessageId[] = [];
      for (let i = 0; i < restIds.length; i += TRANSLATE_LIMIT) {
        const inputIds = restIds.slice(i, i + TRANSLATE_LIMIT);
        const answer = await session.request<{ value?: { sourceId?: unknown; targetId?: unknown }[] }>(
          'POST',
          `${userPath}/translateExchangeIds`,
          { inputIds, sourceIdType: 'restId', targetIdType: 'restImmutableEntryId' },
          { category: 'metadata' },
        );
        const map = new Map<string, string>();
        for (const pair of answer?.value ?? []) {
          if (typeof pair.sourceId === 'string' && typeof pair.targetId === 'string') map.set(pair.sourceId, pair.targetId);
        }
        for (const id of inputIds) {
          const target = map.get(id);
          if (!target) throw new GraphError({ code: 'not_found', statusCode: 404, message: 'An id could not be translated to an immutable id.' });
          out.push(asMessageId(target));
        }
      }
      return out;
    },

    loadStore: () => store.load(),
    saveStore: (value) => store.save(value),
  };
  return mailbox;
}

/** Builds the adapter and, for 'me' without a known address, asks Graph for the owner's address. */
export async function openGraphMailbox(client: Client, options: GraphMailboxOptions = {}): Promise<GraphMailbox> {
  const user = options.user ?? 'me';
  if (options.address || user.includes('@')) return createGraphMailbox(client, options);
  let me: { mail?: unknown; userPrincipalName?: unknown } | undefined;
  try {
    me = await client.api('/me').select('mail,userPrincipalName').get();
  } catch (thrown) {
    throw toGraphError(thrown);
  }
  const address = typeof me?.mail === 'string' && me.mail ? me.mail : String(me?.userPrincipalName ?? '');
  return createGraphMailbox(client, { ...options, address });
}
