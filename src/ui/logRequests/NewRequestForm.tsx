// Records a request for someone's e-mail log: whose, who asked (may be anonymous), when it came
// in and the period. Recording it holds gallring in that mailbox until the request is closed.

import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { LogRequestRecord } from '../../ports/admin';
import { useAdminServices } from '../dashboard/adminServices';
import { describeError } from '../describe';
import { useLanguage, useStrings } from '../i18n';

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  full: { maxWidth: '100%', minWidth: 0 },
});

/** YYYY-MM-DD and HH:MM of a Date in the browser's local time (the form's inputs speak local time). */
function localParts(d: Date): { date: string; time: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** A local date's start as an ISO instant; "" stays "" (the use case names what is missing). */
function dayStart(date: string, plusDays = 0): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return '';
  const d = new Date(`${date}T00:00:00`);
  d.setDate(d.getDate() + plusDays);
  return d.toISOString();
}

export function NewRequestForm({ onCreated }: { onCreated(request: LogRequestRecord): void }) {
  const styles = useStyles();
  const services = useAdminServices();
  const strings = useStrings();
  const language = useLanguage();
  const now = new Date(services.now());
  const monthAgo = new Date(now.getTime() - 30 * 86_400_000);
  const [mailbox, setMailbox] = useState(services.mailboxes[0]?.address ?? '');
  const [requestedBy, setRequestedBy] = useState('');
  const [received, setReceived] = useState(`${localParts(now).date}T${localParts(now).time}`);
  const [start, setStart] = useState(localParts(monthAgo).date);
  const [end, setEnd] = useState(localParts(now).date);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const receivedAt = received ? new Date(received).toISOString() : '';
      const created = await services.createRequest({ mailbox, requestedBy, receivedAt, periodStart: dayStart(start), periodEnd: dayStart(end, 1) });
      onCreated(created);
    } catch (e) {
      setError(describeError(e, strings));
    } finally {
      setBusy(false);
    }
  }

  const s = strings.admin;
  return (
    <form className={styles.form} onSubmit={submit} aria-label={s.newRequest}>
      <Field label={s.whoseLog} required>
        <Select className={styles.full} value={mailbox} onChange={(_, d) => setMailbox(d.value)}>
          {services.mailboxes.map((m) => (
            <option key={m.address} value={m.address}>
              {m.name} ({m.address})
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.requestedBy}>
        <Input className={styles.full} value={requestedBy} onChange={(_, d) => setRequestedBy(d.value)} placeholder="anonym" />
      </Field>
      <Field label={s.receivedAt} required>
        <Input className={styles.full} type="datetime-local" value={received} onChange={(_, d) => setReceived(d.value)} />
      </Field>
      <Field label={s.periodStart} required>
        <Input className={styles.full} type="date" value={start} onChange={(_, d) => setStart(d.value)} />
      </Field>
      <Field label={s.periodEnd} required>
        <Input className={styles.full} type="date" value={end} onChange={(_, d) => setEnd(d.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy || !mailbox}>
        {s.create}
      </Button>
      {error && (
        <p role="alert" style={{ gridColumn: '1 / -1', margin: 0 }}>
          {error}
        </p>
      )}
    </form>
  );
}
