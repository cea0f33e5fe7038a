// The dashboard's politician rows as CSV for Swedish Excel (the exposure CSV's conventions: UTF-8
// BOM, ';', CRLF, formula cells neutralised). Columns are named here; no party column exists.

import { csvDocument } from '../reports/exposureCsv';
import type { Dashboard, Problem } from './dashboard.types';

export const PROBLEM_LABELS: Record<Problem, { sv: string; en: string }> = {
  not_forwarded: { sv: 'Allmänna handlingar ej vidarebefordrade', en: 'Public records not forwarded' },
  overdue_unread: { sv: 'Oläst över läsrytmen', en: 'Unread past the read cadence' },
  awaiting_decision: { sv: 'Väntar på beslut', en: 'Awaiting decision' },
  flagged_log_rows: { sv: 'Flaggade rader i loggen', en: 'Flagged log rows' },
  out_of_office: { sv: 'Frånvaromeddelande på', en: 'Out of office on' },
  hold: { sv: 'Spärr: begäran om e-postlogg', en: 'Hold: e-mail log request' },
  low_score: { sv: 'Lågt hygienbetyg', en: 'Low hygiene score' },
  stale: { sv: 'Ingen färsk ögonblicksbild', en: 'No recent snapshot' },
};

const HEADER = [
  'Namn',
  'Adress',
  'Nämnder',
  'Datum',
  'Hygienbetyg',
  'Inkorg',
  'Skickat',
  'Papperskorg',
  'Olästa över rytmen',
  'Äldsta olästa (dagar)',
  'Väntar på beslut',
  'Allmänna handlingar ej vidarebefordrade',
  'Rader i loggfönstret',
  'Flaggade loggrader',
  'Frånvaro',
  'Spärrar',
  'Senaste aktivitet',
  'Problem',
];

export function dashboardToCsv(dashboard: Dashboard): string {
  const lines: string[][] = [HEADER];
  for (const r of dashboard.rows) {
    lines.push([
      r.displayName,
      r.mailbox,
      r.namnder.join(', '),
      r.date,
      String(r.hygieneScore),
      String(r.backlog.inbox),
      String(r.backlog.sentitems),
      String(r.backlog.deleteditems),
      String(r.unreadOverdue),
      r.oldestUnreadDays === null ? '' : String(r.oldestUnreadDays),
      String(r.awaitingDecision),
      String(r.publicRecordsNotForwarded),
      String(r.logWindowRows),
      String(r.flaggedLogRows),
      r.outOfOffice ? 'ja' : 'nej',
      String(r.logRequestHolds),
      r.lastActivityDate ?? '',
      r.problems.map((p) => PROBLEM_LABELS[p].sv).join(', '),
    ]);
  }
  return csvDocument(lines);
}
