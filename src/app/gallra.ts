// "Gallra": permanent delete, guarded. A registrera verdict needs an explicit override with a
// reason; nothing is deleted while a request for the e-mail log is being handled; the log rows of
// what is deleted are journalled first (purging never removes a row from the server's log).

import type { Profile } from '../domain/policy/types';
import { MAIL_FOLDERS, type Verdict } from '../domain/types';
import { DAY_MS } from '../domain/reports/calendar';
import { messageDate } from '../domain/reports/hygiene';
import { appendJournal } from '../domain/reports/journal';
import type { Clock } from '../ports/clock';
import type { BulkFailure, BulkProgress, JournalEntry, MailboxPort, MessageId, MessageSummary } from '../ports/mailbox';
import { UseCaseError } from './errors';
import { holdError } from './logRequestHold';

export interface GallraDeps {
  mailbox: MailboxPort;
  profile: Profile;
  clock: Clock;
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
  /** Log rows recorded in the journal for the exposure report. */
  journaled: number;
  /** How many registrera messages were purged under the override. */
  overridden: number;
}

function ownerDirection(m: MessageSummary, owner: string): 'in' | 'out' {
  return m.folder === 'sentitems' || m.from?.address.toLowerCase() === owner.toLowerCase() ? 'out' : 'in';
}

export async function gallra(deps: GallraDeps, input: GallraInput): Promise<GallraOutcome> {
  const { mailbox, profile, clock } = deps;
  const ids = [...new Set(input.ids)];
  const registrera = ids.filter((id) => input.verdicts.get(id)?.category === 'registrera');
  if (registrera.length > 0 && !input.override?.reason.trim()) {
    throw new UseCaseError(
      'needs_override',
      `${registrera.length} av meddelandena är bedömda som allmänna handlingar som ska diarieföras. Skicka dem till registrator först, eller ange en motivering för att gallra ändå.`,
      `${registrera.length} of the messages were judged to be public records to register. Send them to the registrar first, or give a reason to purge anyway.`,
    );
  }
  if (ids.length === 0) return { done: [], failed: [], notAttempted: [], journaled: 0, overridden: 0 };

  const store = await mailbox.loadStore();
  if (store.holds.length > 0) throw holdError();

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
  const entries: JournalEntry[] = known
    .filter((m) => !m.isDraft && Date.parse(messageDate(m)) >= windowStart)
    .map((m) => ({
      dateTime: messageDate(m),
      direction: ownerDirection(m, mailbox.address),
      from: m.from,
      to: m.toRecipients,
      cc: m.ccRecipients,
      subject: m.subject,
      action: 'gallrad',
      actedAt: now,
      messageId: m.id,
      ref: `gallrad:${m.id}`,
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
