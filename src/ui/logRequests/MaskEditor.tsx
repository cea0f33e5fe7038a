// Edits one row's masking: the whole subject, the sender, the recipient, under which provision.
// A personnummer proposal stays a partial mask unless the whole subject is chosen.

import { Button, Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { PROVISIONS, type MaskItem, type MaskReason } from '../../domain/admin/masking';
import { useLanguage, useStrings } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: '220px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const REASONS = Object.keys(PROVISIONS) as MaskReason[];

export function MaskEditor(props: { initial: MaskItem[]; busy: boolean; onSave(items: MaskItem[]): void; onCancel(): void }) {
  const styles = useStyles();
  const s = useStrings().admin;
  const cancel = useStrings().cancel;
  const language = useLanguage();
  const partial = props.initial.filter((i) => i.field === 'subject' && i.match);
  const [whole, setWhole] = useState(props.initial.some((i) => i.field === 'subject' && !i.match));
  const [keepPartial, setKeepPartial] = useState(partial.length > 0);
  const [sender, setSender] = useState(props.initial.some((i) => i.field === 'senderAddress'));
  const [recipient, setRecipient] = useState(props.initial.some((i) => i.field === 'recipientAddress'));
  const [reason, setReason] = useState<MaskReason>(props.initial[0]?.reason ?? 'annat');

  function save() {
    const provision = PROVISIONS[reason].provision;
    const items: MaskItem[] = [];
    if (whole) items.push({ field: 'subject', reason, provision });
    else if (keepPartial) items.push(...partial);
    if (sender) items.push({ field: 'senderAddress', reason, provision });
    if (recipient) items.push({ field: 'recipientAddress', reason, provision });
    props.onSave(items);
  }

  return (
    <div className={styles.root} role="group" aria-label={s.edit}>
      {partial.length > 0 && <Checkbox label={`${PROVISIONS.personnummer[language]}: ${partial.map((p) => p.match).join(', ')}`} checked={keepPartial} onChange={(_, d) => setKeepPartial(Boolean(d.checked))} />}
      <Checkbox label={s.maskSubject} checked={whole} onChange={(_, d) => setWhole(Boolean(d.checked))} />
      <Checkbox label={s.maskSender} checked={sender} onChange={(_, d) => setSender(Boolean(d.checked))} />
      <Checkbox label={s.maskRecipient} checked={recipient} onChange={(_, d) => setRecipient(Boolean(d.checked))} />
      <Field label={s.provision}>
        <Select value={reason} onChange={(_, d) => setReason(d.value as MaskReason)}>
          {REASONS.map((r) => (
            <option key={r} value={r}>
              {`${PROVISIONS[r][language]} – ${PROVISIONS[r].provision}`}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button size="small" appearance="primary" disabled={props.busy} onClick={save}>
          {s.saveEdit}
        </Button>
        <Button size="small" onClick={props.onCancel}>
          {cancel}
        </Button>
      </div>
    </div>
  );
}
