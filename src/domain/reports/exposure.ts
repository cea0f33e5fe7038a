// buildExposureReport: what a request for the last N days of the politician's e-mail log would
// disclose today — every message still in a folder inside the window plus Postvakt's journal of
// what it purged or forwarded (purging never removes a log row), with sensitive rows flagged.

import type { JournalEntry, MessageSummary } from '../mailbox';
import type { Profile } from '../policy/types';
import type { RegistrarFeedback } from '../registrar/registration.types';
import type { MailboxOwner } from '../types';
import { DAY_MS, addDays, addMs, daysBetween, localDate, localTime } from './calendar';
import type { ExposureCounts, ExposureReport, ExposureRow, TimelineDay } from './exposure.types';
import { logPlacement, messageDate } from './logRow';
import { SENSITIVE_KINDS, sensitiveFlags, type SensitiveKind } from './sensitive';

export type { ExposureReport, ExposureRow } from './exposure.types';

export interface ExposureInput {
  messages: MessageSummary[];
  journal: JournalEntry[];
  owner: MailboxOwner;
  profile: Profile;
  now: string;
  /** The registrar's receipts (RegistrarFeedback), shown on the forwarded original's row. */
  feedback?: readonly RegistrarFeedback[];
}

export const EXPOSURE_STATEMENT = {
  sv:
    'E-postloggen är e-postserverns egen förteckning över in- och utgående meddelanden. Att gallra ett meddelande tar inte bort dess rad ur loggen, ' +
    'och en vidarebefordran till registrator lägger till en rad. Raderna nedan är det en begäran om loggen skulle lämna ut i dag.',
  en:
    "The e-mail log is the mail server's own record of incoming and outgoing messages. Purging a message does not remove its row from the log, " +
    'and a forward to the registrar adds a row. The rows below are what a request for the log would disclose today.',
};

function row(base: Omit<ExposureRow, 'localDate' | 'localTime' | 'leavesWindowAt' | 'leavesWindowOn' | 'sensitive'>, input: ExposureInput): ExposureRow {
  const leavesWindowAt = addMs(base.dateTime, input.profile.logWindowDays * DAY_MS);
  const counterparts = base.direction === 'in' ? (base.from ? [base.from] : []) : [...base.to, ...base.cc];
  return {
    ...base,
    localDate: localDate(base.dateTime),
    localTime: localTime(base.dateTime),
    leavesWindowAt,
    leavesWindowOn: localDate(leavesWindowAt),
    sensitive: sensitiveFlags({ subject: base.subject, counterparts }, input.profile),
  };
}

function mailboxRows(input: ExposureInput, start: number): ExposureRow[] {
  const owner = input.owner.address.toLowerCase();
  return input.messages
    .filter((m) => !m.isDraft && Date.parse(messageDate(m)) >= start)
    .map((m) =>
      row(
        {
          ...logPlacement(m, owner),
          from: m.from,
          to: m.toRecipients,
          cc: m.ccRecipients,
          subject: m.subject,
          source: 'brevlada',
          folder: m.folder,
        },
        input,
      ),
    );
}

function receiptOf(f: RegistrarFeedback | undefined): Pick<ExposureRow, 'receipt'> {
  if (!f) return {};
  return { receipt: { kind: f.kind, at: f.at, ...(f.diarienummer ? { diarienummer: f.diarienummer } : {}) } };
}

function journalRows(input: ExposureInput, start: number): ExposureRow[] {
  const listed = new Set<string>(input.messages.map((m) => m.id));
  const seenRefs = new Set<string>();
  const receipts = new Map<string, RegistrarFeedback>();
  for (const f of [...(input.feedback ?? [])].sort((a, b) => a.at.localeCompare(b.at))) receipts.set(`${f.key}:original`, f);
  const rows: ExposureRow[] = [];
  for (const e of input.journal) {
    if (Date.parse(e.dateTime) < start) continue;
    if (e.messageId && listed.has(e.messageId)) continue;
    if (e.ref) {
      if (seenRefs.has(e.ref)) continue;
      seenRefs.add(e.ref);
    }
    rows.push(
      row(
        {
          dateTime: e.dateTime,
          direction: e.direction,
          from: e.from,
          to: e.to,
          cc: e.cc,
          subject: e.subject,
          source: 'journal',
          action: e.action,
          ...(e.overrideReason ? { overrideReason: e.overrideReason } : {}),
          ...receiptOf(e.ref ? receipts.get(e.ref) : undefined),
        },
        input,
      ),
    );
  }
  return rows;
}

function counts(rows: ExposureRow[]): ExposureCounts {
  const bySensitiveKind = Object.fromEntries(SENSITIVE_KINDS.map((k) => [k, 0])) as Record<SensitiveKind, number>;
  for (const r of rows) for (const f of r.sensitive) bySensitiveKind[f.kind]++;
  return {
    total: rows.length,
    inMailbox: rows.filter((r) => r.source === 'brevlada').length,
    purgedOrForwarded: rows.filter((r) => r.source === 'journal').length,
    incoming: rows.filter((r) => r.direction === 'in').length,
    outgoing: rows.filter((r) => r.direction === 'out').length,
    withSensitive: rows.filter((r) => r.sensitive.length > 0).length,
    bySensitiveKind,
  };
}

/** One entry per local date from today until the window has emptied of today's rows. */
function timeline(rows: ExposureRow[], now: string, windowDays: number): TimelineDay[] {
  const today = localDate(now);
  const leavingOn = new Map<string, number>();
  for (const r of rows) leavingOn.set(r.leavesWindowOn, (leavingOn.get(r.leavesWindowOn) ?? 0) + 1);
  const last = rows.reduce((max, r) => (r.leavesWindowOn > max ? r.leavesWindowOn : max), addDays(today, windowDays));
  const days: TimelineDay[] = [];
  let remaining = rows.length;
  for (let i = 0; i <= daysBetween(today, last); i++) {
    const date = addDays(today, i);
    const leaving = leavingOn.get(date) ?? 0;
    remaining -= leaving;
    days.push({ date, leaving, remaining });
  }
  return days;
}

export function buildExposureReport(input: ExposureInput): ExposureReport {
  const windowDays = input.profile.logWindowDays;
  const start = Date.parse(input.now) - windowDays * DAY_MS;
  const rows = [...mailboxRows(input, start), ...journalRows(input, start)].sort((a, b) => Date.parse(b.dateTime) - Date.parse(a.dateTime));
  return {
    now: input.now,
    windowDays,
    windowStart: new Date(start).toISOString(),
    mailbox: input.owner.address,
    statement: EXPOSURE_STATEMENT,
    rows,
    counts: counts(rows),
    timeline: timeline(rows, input.now, windowDays),
  };
}
