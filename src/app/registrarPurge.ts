// The last phase of "Skicka till registrator", run only after the Sent Items copy is confirmed:
// journal the log rows, then purge the original, any copy in Deleted Items, stale drafts and
// finally the Sent Items copy (last, because its presence is what tells a resume "already sent").

import type { LogRequestListPort } from '../ports/admin';
import type { Clock } from '../ports/clock';
import type { JournalEntry, MailboxPort, MessageId, MessageSummary } from '../ports/mailbox';
import type { Profile } from '../domain/policy/types';
import type { EmailAddress } from '../domain/types';
import type { LoggedRow } from '../domain/registrar/intent';
import { appendJournal } from '../domain/reports/journal';
import { isNotFound } from './errors';
import { purgeBlocked } from './logRequestHold';

export interface PurgePlan {
  key: string;
  originalId: MessageId;
  /** The original's log row, when known (from the original or from the forward's marker). */
  original: LoggedRow | null;
  sentCopy: { id: MessageId; sentDateTime: string; subject: string; to: EmailAddress[] };
  staleDrafts: MessageId[];
  owner: EmailAddress;
}

export interface PurgeResult {
  purged: MessageId[];
  blockedByHold: boolean;
}

async function deleteIfPresent(mailbox: MailboxPort, id: MessageId): Promise<boolean> {
  try {
    await mailbox.permanentDelete(id);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

/** Only for markers written before the Message-ID was kept: sender, subject and sent time. */
function looksLikeSameMessage(a: MessageSummary, row: LoggedRow): boolean {
  return (
    !!row.sentDateTime &&
    a.subject === row.subject &&
    (a.from?.address ?? '').toLowerCase() === (row.from?.address ?? '').toLowerCase() &&
    Date.parse(a.sentDateTime) === Date.parse(row.sentDateTime)
  );
}

/** Copies of the original in Deleted Items (a second delivery, a copy the person deleted), by Message-ID. */
async function copiesInDeletedItems(mailbox: MailboxPort, plan: PurgePlan): Promise<MessageId[]> {
  const row = plan.original;
  if (!row) return [];
  const other = (m: MessageSummary): boolean => m.id !== plan.originalId && m.id !== plan.sentCopy.id && !m.isDraft && m.folder === 'deleteditems';
  if (row.internetMessageId) {
    return (await mailbox.findByInternetMessageId(row.internetMessageId)).filter(other).map((m) => m.id);
  }
  const since = new Date(Date.parse(row.dateTime) - 60_000).toISOString();
  const listed = await mailbox.listMessages({ folders: ['deleteditems'], since });
  return listed.filter((m) => other(m) && looksLikeSameMessage(m, row)).map((m) => m.id);
}

export async function purgeAfterSend(deps: { mailbox: MailboxPort; profile: Profile; clock: Clock; logRequests?: LogRequestListPort }, plan: PurgePlan): Promise<PurgeResult> {
  const { mailbox, profile, clock } = deps;
  const store = await mailbox.loadStore();
  if (await purgeBlocked(store, deps)) return { purged: [], blockedByHold: true };

  const now = clock.now();
  const entries: JournalEntry[] = [
    {
      dateTime: plan.sentCopy.sentDateTime,
      direction: 'out',
      from: plan.owner,
      to: plan.sentCopy.to,
      cc: [],
      subject: plan.sentCopy.subject,
      action: 'vidarebefordran',
      actedAt: now,
      messageId: plan.sentCopy.id,
      ref: `${plan.key}:forward`,
    },
  ];
  if (plan.original) {
    const { dateTime, direction, from, to, cc, subject } = plan.original;
    entries.push({
      dateTime,
      direction,
      from,
      to,
      cc,
      subject,
      action: 'skickad_till_registrator',
      actedAt: now,
      messageId: plan.originalId,
      ref: `${plan.key}:original`,
    });
  }
  // Journal first: a crash after a purge must not lose the row the log still holds.
  if (entries.some((e) => !store.journal.some((j) => j.ref === e.ref))) {
    await mailbox.saveStore({ ...store, journal: appendJournal(store.journal, entries, now, profile.logWindowDays) });
  }

  const purged: MessageId[] = [];
  const copies = await copiesInDeletedItems(mailbox, plan);
  for (const id of [...plan.staleDrafts, ...copies, plan.originalId, plan.sentCopy.id]) {
    if (await deleteIfPresent(mailbox, id)) purged.push(id);
  }
  return { purged, blockedByHold: false };
}
