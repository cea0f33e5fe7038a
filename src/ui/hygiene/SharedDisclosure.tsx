// "Det här delas med kansliet": exactly the snapshot Postvakt shares today, field by field, and whether it went out.

import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ComplianceSnapshot } from '../../ports/admin';
import { useStrings, type Strings } from '../i18n';
import { useLoad } from '../useLoad';
import type { SharedSnapshotState } from '../services';

const useStyles = makeStyles({
  details: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: 'collapse', marginTop: tokens.spacingVerticalS, width: '100%' },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, verticalAlign: 'top', textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  note: { color: tokens.colorNeutralForeground2 },
});

/** Every field of the snapshot as a label and a plain value: nothing shared is left out of the list. */
export function snapshotRows(s: ComplianceSnapshot, t: Strings['shared']): [string, string][] {
  const yesNo = (v: boolean) => (v ? t.yes : t.no);
  const a = s.awaitingDecision;
  return [
    [t.fields.mailbox, s.mailbox],
    [t.fields.displayName, s.displayName],
    [t.fields.namnder, s.namnder.length ? s.namnder.join(', ') : t.none],
    [t.fields.date, s.date],
    [t.fields.hygieneScore, String(s.hygieneScore)],
    [t.fields.deductions, s.deductions.length ? s.deductions.map((d) => `${d.id}: ${d.points} × ${d.count}`).join(', ') : t.none],
    [t.fields.backlog, `${s.backlog.inbox} / ${s.backlog.sentitems} / ${s.backlog.deleteditems}`],
    [t.fields.unreadOverdue, String(s.unreadOverdue)],
    [t.fields.oldestUnreadDays, s.oldestUnreadDays === null ? t.none : String(s.oldestUnreadDays)],
    [t.fields.awaitingDecision, `${a.registrera} / ${a.gallra_ej_allman} / ${a.gallra_ringa} / ${a.osaker} / ${a.oklassad}`],
    [t.fields.publicRecordsNotForwarded, String(s.publicRecordsNotForwarded)],
    [t.fields.logWindowRows, String(s.logWindowRows)],
    [t.fields.flaggedLogRows, String(s.flaggedLogRows)],
    [t.fields.outOfOffice, yesNo(s.outOfOffice)],
    [t.fields.logRequestHolds, String(s.logRequestHolds)],
  ];
}

export function SharedDisclosure({ load }: { load: () => Promise<SharedSnapshotState | null> }) {
  const styles = useStyles();
  const t = useStrings().shared;
  const state = useLoad(load);
  // Sharing is optional: without a configured list there is nothing to disclose.
  if (state.status !== 'ready' || !state.value) return null;
  const { snapshot, status } = state.value;
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>{t.title}</summary>
      <Text block size={200} className={styles.note}>
        {t.intro}
      </Text>
      <Text block size={200} role="status">
        {status === 'published' ? t.published : status === 'already_today' ? t.alreadyToday : t.failed}
      </Text>
      <table className={styles.table}>
        <tbody>
          {snapshotRows(snapshot, t).map(([label, value]) => (
            <tr key={label}>
              <th scope="row" className={styles.cell}>
                <Text size={200}>{label}</Text>
              </th>
              <td className={styles.cell}>
                <Text size={200}>{value}</Text>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
