// One row per politician: score, backlog per folder, oldest unread, awaiting decision, public
// records not forwarded, the 30-day log, out-of-office, holds and the problems found.

import type { PoliticianRow } from '../../domain/admin/dashboard.types';
import { PROBLEM_LABELS } from '../../domain/admin/dashboardCsv';
import { useLanguage, useStrings } from '../i18n';
import { useTableStyles } from './tableStyles';
import { ColumnHeads } from './ColumnHeads';

export function PoliticianTable({ rows, labelledBy }: { rows: PoliticianRow[]; labelledBy: string }) {
  const table = useTableStyles();
  const strings = useStrings().admin;
  const language = useLanguage();
  if (rows.length === 0) return <p>{strings.noRows}</p>;
  return (
    <div className={table.scroll} role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className={table.table}>
        <ColumnHeads labels={[strings.name, strings.namndColumn, strings.score, strings.backlog, strings.oldestUnread, strings.awaiting, strings.notForwarded, strings.logRows, strings.flaggedRows, strings.outOfOffice, strings.holds, strings.snapshotDate, strings.problems]} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.mailbox}>
              <th scope="row">
                {r.displayName}
                <br />
                <small>{r.mailbox}</small>
              </th>
              <td className={table.wide}>{r.namnder.join(', ')}</td>
              <td>{r.hygieneScore}</td>
              <td>{`${r.backlog.inbox} / ${r.backlog.sentitems} / ${r.backlog.deleteditems}`}</td>
              <td>{r.oldestUnreadDays === null ? strings.none : `${r.oldestUnreadDays}${r.unreadOverdue > 0 ? ` (${r.unreadOverdue} ${strings.unreadOverdue.toLowerCase()})` : ''}`}</td>
              <td>{r.awaitingDecision}</td>
              <td>{r.publicRecordsNotForwarded}</td>
              <td>{r.logWindowRows}</td>
              <td>{r.flaggedLogRows}</td>
              <td>{r.outOfOffice ? strings.yes : strings.no}</td>
              <td>{r.logRequestHolds}</td>
              <td>{r.date}</td>
              <td className={table.wide}>{r.problems.length ? r.problems.map((p) => PROBLEM_LABELS[p][language]).join(', ') : strings.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
