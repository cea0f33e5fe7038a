// The registrar's queue (Inkorgen in registrar mode): deliveries not yet registered, oldest first,
// with their age in working days and a mark past one working day; and the handled ones below.

import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { LoadedDelivery } from '../../app/registrar/loadDeliveries';
import type { QueueRow } from '../../domain/registrar/queue';
import { localDate, localDateTime } from '../../domain/reports/calendar';
import type { MessageId } from '../../ports/mailbox';
import { asMessageId } from '../../ports/mailbox';
import { useRegistrarStrings } from './registrarStrings';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { width: '100%', minHeight: '44px', justifyContent: 'flex-start', textAlign: 'start', paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, fontWeight: tokens.fontWeightRegular },
  subject: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  badge: { height: 'auto', whiteSpace: 'normal', textAlign: 'start' },
});

export function deliverySubject(d: LoadedDelivery): string {
  return d.metadata?.original.subject ?? d.eml?.summary?.subject ?? d.ref;
}

function senderOf(d: LoadedDelivery, unknown: string): string {
  const from = d.metadata?.original.from ?? d.eml?.summary?.from ?? null;
  return from ? from.name || from.address : unknown;
}

export function QueueList({ rows, deliveries, selected, onSelect }: { rows: QueueRow[]; deliveries: Map<string, LoadedDelivery>; selected: MessageId | null; onSelect: (id: MessageId) => void }) {
  const styles = useStyles();
  const s = useRegistrarStrings();
  if (rows.length === 0) return <Text>{s.queueEmpty}</Text>;
  return (
    <ul className={styles.list}>
      {rows.map((row) => {
        const d = deliveries.get(row.delivery.id)!;
        const inkom = row.delivery.datumInkommen ?? row.delivery.deliveredAt;
        return (
          <li key={d.id}>
            <Button
              appearance="subtle"
              className={mergeClasses(styles.item, selected === d.id && styles.selected)}
              aria-current={selected === d.id ? 'true' : undefined}
              onClick={() => onSelect(asMessageId(d.id))}
            >
              <span className={styles.content}>
                <span className={styles.subject}>{deliverySubject(d)}</span>
                <span className={styles.meta}>
                  {senderOf(d, s.unknownSender)} · {s.inkom(localDateTime(inkom))}
                </span>
                <span className={styles.badges}>
                  <Badge appearance="tint" color={row.overdue ? 'danger' : 'informative'}>
                    {s.workingDays(row.ageWorkingDays)}
                  </Badge>
                  {row.overdue && (
                    <Badge className={styles.badge} appearance="filled" color="danger">
                      {s.overdue}
                    </Badge>
                  )}
                  {row.duplicate && (
                    <Badge appearance="filled" color="warning">
                      {s.duplicate}
                    </Badge>
                  )}
                </span>
              </span>
            </Button>
          </li>
        );
      })}
    </ul>
  );
}

export function HandledList({ deliveries, selected, onSelect }: { deliveries: LoadedDelivery[]; selected: MessageId | null; onSelect: (id: MessageId) => void }) {
  const styles = useStyles();
  const s = useRegistrarStrings();
  if (deliveries.length === 0) return <Text>{s.handledEmpty}</Text>;
  return (
    <ul className={styles.list}>
      {deliveries.map((d) => {
        const r = d.registration!;
        return (
          <li key={d.id}>
            <Button appearance="subtle" className={mergeClasses(styles.item, selected === d.id && styles.selected)} aria-current={selected === d.id ? 'true' : undefined} onClick={() => onSelect(asMessageId(d.id))}>
              <span className={styles.content}>
                <span className={styles.subject}>{r.status === 'registrerad' ? s.registered(r.diarienummer) : s.makulerad(r.makuleradReason ?? '')}</span>
                <span className={styles.meta}>
                  {deliverySubject(d)} · {s.inkom(localDate(r.datumInkommen))}
                </span>
                <span className={styles.meta}>{r.receiptSentAt ? s.kvitterad(localDateTime(r.receiptSentAt)) : s.notReceipted}</span>
              </span>
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
