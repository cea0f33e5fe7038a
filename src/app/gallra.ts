// "Gallra": permanent delete, guarded. A registrera verdict needs an explicit override with a
// reason; nothing is deleted while a request for the e-mail log is being handled; the log rows of
// what is deleted are journalled first (purging never removes a row from the server's log), and a
// registrera message purged under the override is journalled with the reason whatever its age.

import type { Profile } from '../domain/policy/types';
import { MAIL_FOLDERS, type EmailAddress, type Verdict } from '../domain/types';
import { DAY_MS } from '../domain/reports/calendar';
import { logPlacement, messageDate } from '../domain/reports/logRow';
import { appendJournal } from '../domain/reports/journal';
import type { Clock } from '../ports/clock';
import type { BulkFailure, BulkProgress, JournalEntry, MailboxPort, MessageId, MessageSummary } from '../ports/mailbox';
import { UseCaseError, isNotFound } from './errors';
import type { LogRequestListPort } from '../ports/admin';
import { holdError, purgeBlocked } from './logRequestHold';
import { refuseGallraOfDeliveries } from './registrar/guardGallra';

export interface GallraDeps {
  mailbox: MailboxPort;
  profile: Profile;
  clock: Clock;
  /** The organisation's log-request list: an open request for this mailbox blocks gallring too. */
  logRequests?: LogRequestListPort;
}

export interface GallraInput {
  ids: readonly MessageId[];
  /** Proposed verdicts by id; a registrera verdict needs `override`. */
  verdicts: ReadonlyMap<string, Verdict>;
  override?: { reason: string };
  onProgress?: (progress: BulkProgress) => void;
  signal?: AbortSignal;
  /** Summaries the caller already holds (saves listing the log window again). */
  messages?: readonly MessageSummary[];
  /** Milliseconds bulk delete keeps re-queueing throttled items. */
  budgetMs?: number;
}

export interface GallraOutcome {
  done: MessageId[];
  failed: BulkFailure[];
  notAttempted: MessageId[];
  /** Rows recorded in the journal: log rows inside the window, and every purge under the override (with its reason). */
  journaled: number;
  /** How many registrera messages were purged under the override. */
  overridden: number;
}

/** What a journal row needs of a message, from a listed summary or a fetched message. */
type Loggable = Pick<MessageSummary, 'id' | 'folder' | 'receivedDateTime' | 'sentDateTime' | 'toRecipients' | 'ccRecipients' | 'subject'> & {
  from: EmailAddress | null;
  isDraft?: boolean;
};

/** Overridden messages the caller did not list (log row outside the window): fetched one by one, they are few. */
async function fetchLoggable(mailbox: MailboxPort, ids: readonly MessageId[]): Promise<Loggable[]> {
  const out: Loggable[] = [];
  for (const id of ids) {
    try {
      out.push(await mailbox.getMessage(id));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  return out;
}

export async function gallra(deps: GallraDeps, input: GallraInput): Promise<GallraOutcome> {
  const { mailbox, profile, clock } = deps;
  const ids = [...new Set(input.ids)];
  const registrera = ids.filter((id) => input.verdicts.get(id)?.category === 'registrera');
  if (registrera.length > 0 && !input.override?.reason.trim()) {
    throw new UseCaseError('needs_override', { count: registrera.length });
  }
  if (ids.length === 0) return { done: [], failed: [], notAttempted: [], journaled: 0, overridden: 0 };
  await refuseGallraOfDeliveries(deps, ids);

  const store = await mailbox.loadStore();
  if (await purgeBlocked(store, deps)) throw holdError();

  // Rows inside the log window are journalled before the delete: a crash after it must not lose them.
  const now = clock.now();
  const windowStart = Date.parse(now) - profile.logWindowDays * DAY_MS;
  const wanted = new Set<string>(ids);
  let known = (input.messages ?? []).filter((m) => wanted.has(m.id));
  if (known.length < ids.length) {
    const have = new Set<string>(known.map((m) => m.id));
    const listed = await mailbox.listMessages({ folders: MAIL_FOLDERS, since: new Date(windowStart).toISOString() });
    known = [...known, ...listed.filter((m) => wanted.has(m.id) && !have.has(m.id))];
  }
  const reason = input.override?.reason.trim();
  const overridden = new Set<string>(reason ? registrera : []);
  const knownIds = new Set<string>(known.map((m) => m.id));
  const loggable: Loggable[] = [...known, ...(await fetchLoggable(mailbox, registrera.filter((id) => overridden.has(id) && !knownIds.has(id))))];
  const entries: JournalEntry[] = loggable
    .filter((m) => !m.isDraft && (Date.parse(messageDate(m)) >= windowStart || overridden.has(m.id)))
    .map((m) => ({
      ...logPlacement(m, mailbox.address),
      from: m.from,
      to: m.toRecipients,
      cc: m.ccRecipients,
      subject: m.subject,
      action: 'gallrad',
      actedAt: now,
      messageId: m.id,
      ref: `gallrad:${m.id}`,
      ...(reason && overridden.has(m.id) ? { overrideReason: reason } : {}),
    }));
  if (entries.length > 0) {
    await mailbox.saveStore({ ...store, journal: appendJournal(store.journal, entries, now, profile.logWindowDays) });
  }

  const result = await mailbox.permanentDeleteMany(ids, {
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
    ...(input.signal ? { signal: input.signal } : {}),
    ...(input.budgetMs !== undefined ? { budgetMs: input.budgetMs } : {}),
  });
  const done = new Set<string>(result.done);
  return {
    done: result.done,
    failed: result.failed,
    notAttempted: result.notAttempted,
    journaled: entries.length,
    overridden: registrera.filter((id) => done.has(id)).length,
  };
}
