// The delivery card: the original's sender, datum inkommen (the day it reached the elected member),
// recipients, subject, the attachments listed from its MIME, who forwarded it, Postvakt's verdict
// with its reasons, the reference and any duplicate link. Everything is rendered as text.

import { Badge, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { LoadedDelivery } from '../../app/registrar/loadDeliveries';
import { CATEGORY_LABELS } from '../../domain/labels';
import type { DuplicateLink } from '../../domain/registrar/queue';
import { localDate, localDateTime } from '../../domain/reports/calendar';
import type { EmailAddress } from '../../domain/types';
import { useLanguage } from '../i18n';
import { useRegistrarStrings } from './registrarStrings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  // Term above value in a narrow pane; side by side from 480 px.
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    '@media (min-width: 480px)': { gridTemplateColumns: 'minmax(7em, max-content) minmax(0, 1fr)' },
  },
  term: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  badge: { height: 'auto', whiteSpace: 'normal', textAlign: 'start' },
  value: { margin: 0, overflowWrap: 'anywhere' },
  note: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function person(a: EmailAddress | null | undefined, unknown: string): string {
  if (!a) return unknown;
  return a.name && a.name !== a.address ? `${a.name} <${a.address}>` : a.address;
}

function kb(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${Math.round(bytes / 1024)} kB`;
}

export interface DeliveryCardProps {
  delivery: LoadedDelivery;
  duplicate: DuplicateLink | null;
  /** How to name the delivery a duplicate points at (its diarienummer or reference). */
  nameOf: (id: string) => string;
}

export function DeliveryCard({ delivery, duplicate, nameOf }: DeliveryCardProps) {
  const styles = useStyles();
  const s = useRegistrarStrings();
  const language = useLanguage();
  const m = delivery.metadata;
  const eml = delivery.eml?.summary ?? null;
  const sender = m?.original.from ?? eml?.from ?? null;
  const to = m ? [...m.original.to, ...m.original.cc] : [...(eml?.to ?? []), ...(eml?.cc ?? [])];
  const subject = m?.original.subject ?? eml?.subject ?? '';
  const reasonText = (r: DuplicateLink['reasons'][number]) => (r === 'key' ? s.reasonKey : r === 'messageId' ? s.reasonMessageId : s.reasonEml);
  return (
    <section className={styles.root} aria-labelledby={`delivery-${delivery.ref}`}>
      <h2 className={styles.title} id={`delivery-${delivery.ref}`}>
        {s.deliveryTitle} · {s.reference} {delivery.ref}
      </h2>
      {!m && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.metadataInvalid}</MessageBarBody>
        </MessageBar>
      )}
      {delivery.eml?.problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.emlProblem}</MessageBarBody>
        </MessageBar>
      )}
      {duplicate && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.duplicateOf(nameOf(duplicate.of), duplicate.reasons.map(reasonText).join(', '))}</MessageBarBody>
        </MessageBar>
      )}
      <dl className={styles.facts}>
        <dt className={styles.term}>{s.datumInkommen}</dt>
        <dd className={styles.value}>
          {m ? localDateTime(m.original.receivedDateTime) : localDate(delivery.deliveredAt)}
          <Text className={styles.note}>{m ? s.datumInkommenNote : s.datumUnknown}</Text>
        </dd>
        <dt className={styles.term}>{s.originalSender}</dt>
        <dd className={styles.value}>{person(sender, s.unknownSender)}</dd>
        <dt className={styles.term}>{s.recipients}</dt>
        <dd className={styles.value}>{to.length ? to.map((a) => person(a, '')).join(', ') : '–'}</dd>
        <dt className={styles.term}>{s.subject}</dt>
        <dd className={styles.value}>{subject || '–'}</dd>
        <dt className={styles.term}>{s.attachments}</dt>
        <dd className={styles.value}>
          {eml && eml.attachments.length > 0 ? (
            <ul className={styles.list}>
              {eml.attachments.map((a, i) => (
                <li key={i}>
                  {a.name} ({a.contentType}, {kb(a.size)})
                </li>
              ))}
            </ul>
          ) : (
            s.noAttachments
          )}
        </dd>
        <dt className={styles.term}>{s.forwardedBy}</dt>
        <dd className={styles.value}>
          {person(delivery.forwardedBy, s.unknownSender)}
          {m && <Text className={styles.note}>{s.direction[m.original.direction]}</Text>}
        </dd>
        {m && (
          <>
            <dt className={styles.term}>{s.verdict}</dt>
            <dd className={styles.value}>
              <Badge className={styles.badge} appearance="outline" color="informative">
                {CATEGORY_LABELS[m.verdict.category][language]}
              </Badge>
              <ul className={styles.list}>
                {m.verdict.reasons.map((r, i) => (
                  <li key={i}>
                    {r.rule}
                    {r.evidence ? ` – ${r.evidence}` : ''}
                  </li>
                ))}
              </ul>
              {m.override && <Text className={styles.note}>{s.override(m.override)}</Text>}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
