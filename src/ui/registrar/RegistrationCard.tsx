// The registration card (OSL 5 kap. 2 §) for an unregistered delivery, the makulera choices (a
// duplicate, or not an allmän handling), and, once decided, the entry with Kvittera. No purge here.

import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { LoadedDelivery } from '../../app/registrar/loadDeliveries';
import { publicEntry, type FormField } from '../../domain/registrar/parseRegistrationForm';
import type { DuplicateLink } from '../../domain/registrar/queue';
import { localDate, localDateTime } from '../../domain/reports/calendar';
import { asMessageId } from '../../ports/mailbox';
import { describeError } from '../describe';
import { STRINGS, useLanguage } from '../i18n';
import { useRegistrarStrings } from './registrarStrings';
import type { RegistrarDeskState } from './useRegistrarDesk';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  sekretess: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalM, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  action: { minHeight: '44px', flexGrow: 1, '@media (min-width: 600px)': { flexGrow: 0 } },
  note: { color: tokens.colorNeutralForeground2 },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  value: { overflowWrap: 'anywhere' },
});

export interface RegistrationCardProps {
  delivery: LoadedDelivery;
  duplicate: DuplicateLink | null;
  nameOf: (id: string) => string;
  desk: RegistrarDeskState;
  diarienummerExample: string;
  organisation: string;
  now: string;
}

export function RegistrationCard(props: RegistrationCardProps) {
  return props.delivery.registration ? <Decided {...props} /> : <RegisterForm {...props} />;
}

function ActionError({ desk }: { desk: RegistrarDeskState }) {
  const language = useLanguage();
  if (!desk.actionError) return null;
  return (
    <MessageBar intent="error">
      <MessageBarBody>{describeError(desk.actionError, STRINGS[language])}</MessageBarBody>
    </MessageBar>
  );
}

function RegisterForm({ delivery, duplicate, nameOf, desk, diarienummerExample, organisation, now }: RegistrationCardProps) {
  const styles = useStyles();
  const s = useRegistrarStrings();
  const language = useLanguage();
  const m = delivery.metadata;
  const eml = delivery.eml?.summary ?? null;
  const [diarienummer, setDiarienummer] = useState('');
  const [arende, setArende] = useState(m?.original.subject ?? eml?.subject ?? '');
  const [withSekretess, setWithSekretess] = useState(false);
  const [provision, setProvision] = useState('');
  const [markingDate, setMarkingDate] = useState(localDate(now));
  const [authority, setAuthority] = useState(organisation);
  const [publicTitle, setPublicTitle] = useState('');
  const duplicateName = duplicate ? nameOf(duplicate.of) : '';
  const [reason, setReason] = useState(duplicate ? s.makuleraDuplicateReason(duplicateName) : s.notPublicReason);
  const errorOf = (field: FormField) => {
    const e = desk.formErrors.find((x) => x.field === field);
    return e ? (language === 'sv' ? e.sv : e.en) : undefined;
  };
  const id = asMessageId(delivery.id);
  const submit = () =>
    void desk.register(id, {
      diarienummer,
      arende,
      avsandare: m?.original.from ?? eml?.from ?? null,
      sekretess: withSekretess ? { provision, date: markingDate, authority } : null,
      publicTitle,
    });
  return (
    <section className={styles.root} aria-labelledby={`register-${delivery.ref}`}>
      <h2 className={styles.title} id={`register-${delivery.ref}`}>
        {s.registerTitle}
      </h2>
      <Text className={styles.note}>{s.notDeliveryNote}</Text>
      <form
        className={styles.root}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Field label={s.diarienummer} hint={s.diarienummerHint(diarienummerExample)} required validationMessage={errorOf('diarienummer')}>
          <Input value={diarienummer} onChange={(_, d) => (setDiarienummer(d.value), desk.clearFormError('diarienummer'))} autoComplete="off" />
        </Field>
        <Field label={s.arende} required validationMessage={errorOf('arende')}>
          <Textarea value={arende} onChange={(_, d) => (setArende(d.value), desk.clearFormError('arende'))} resize="vertical" />
        </Field>
        <Checkbox checked={withSekretess} onChange={(_, d) => setWithSekretess(d.checked === true)} label={s.sekretessToggle} />
        {withSekretess && (
          <div className={styles.sekretess}>
            <Field label={s.provision} hint={s.provisionHint} required validationMessage={errorOf('sekretess.provision')}>
              <Input value={provision} onChange={(_, d) => (setProvision(d.value), desk.clearFormError('sekretess.provision'))} />
            </Field>
            <Field label={s.markingDate} required validationMessage={errorOf('sekretess.date')}>
              <Input value={markingDate} onChange={(_, d) => (setMarkingDate(d.value), desk.clearFormError('sekretess.date'))} placeholder="ÅÅÅÅ-MM-DD" />
            </Field>
            <Field label={s.authority} required validationMessage={errorOf('sekretess.authority')}>
              <Input value={authority} onChange={(_, d) => (setAuthority(d.value), desk.clearFormError('sekretess.authority'))} />
            </Field>
            <Field label={s.publicTitle} hint={s.publicTitleHint} required validationMessage={errorOf('publicTitle')}>
              <Input value={publicTitle} onChange={(_, d) => (setPublicTitle(d.value), desk.clearFormError('publicTitle'))} />
            </Field>
          </div>
        )}
        <div className={styles.actions}>
          <Button className={styles.action} appearance="primary" type="submit" disabled={desk.busy}>
            {desk.busy ? s.registering : s.register}
          </Button>
        </div>
      </form>
      <h3 className={styles.subtitle}>{s.makuleraTitle}</h3>
      <Field label={s.makuleraReason}>
        <Input value={reason} onChange={(_, d) => setReason(d.value)} />
      </Field>
      <div className={styles.actions}>
        {duplicate && (
          <Button className={styles.action} disabled={desk.busy} onClick={() => void desk.makulera({ id, kind: 'duplicate', duplicateOfId: asMessageId(duplicate.of), reason })}>
            {s.makuleraDuplicate}
          </Button>
        )}
        <Button className={styles.action} disabled={desk.busy} onClick={() => void desk.makulera({ id, kind: 'inte_allman_handling', reason })}>
          {s.notPublic}
        </Button>
      </div>
      <ActionError desk={desk} />
    </section>
  );
}

function Decided({ delivery, desk }: RegistrationCardProps) {
  const styles = useStyles();
  const s = useRegistrarStrings();
  const r = delivery.registration!;
  const entry = publicEntry(r);
  return (
    <section className={styles.root} aria-labelledby={`decided-${delivery.ref}`}>
      <h2 className={styles.title} id={`decided-${delivery.ref}`}>
        {r.status === 'registrerad' ? s.registered(r.diarienummer) : s.makulerad(r.makuleradReason ?? '')}
      </h2>
      {r.status === 'registrerad' && (
        <Text className={styles.value}>
          {s.publicEntry}: {entry.diarienummer} · {localDate(entry.datumInkommen)} · {entry.title}
          {entry.avsandare ? ` · ${entry.avsandare}` : ''}
        </Text>
      )}
      {r.sekretess && (
        <Text className={styles.note}>
          {r.sekretess.provision} · {r.sekretess.date} · {r.sekretess.authority}
        </Text>
      )}
      {r.receiptSentAt ? (
        <Text>{s.kvitterad(localDateTime(r.receiptSentAt))}</Text>
      ) : (
        <div className={styles.actions}>
          <Button className={styles.action} appearance="primary" disabled={desk.busy} onClick={() => void desk.sendReceipt(asMessageId(delivery.id))}>
            {s.kvittera}
          </Button>
          <Text className={styles.note}>{s.kvitteraHint}</Text>
        </div>
      )}
      {desk.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{desk.notice.kind === 'receipt_sent' ? s.receiptSent(desk.notice.to) : s.receiptAlready}</MessageBarBody>
        </MessageBar>
      )}
      <ActionError desk={desk} />
    </section>
  );
}
