// The registrar's archive export: a Swedish local day (default today), a range of days or one case;
// "Exportera" downloads the zip and says what went in and which registered documents were left out.

import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowExportRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { ArchiveExport, ArchiveSelection } from '../../app/registrar/exportArchive';
import { localDate } from '../../domain/reports/calendar';
import { describeError } from '../describe';
import { STRINGS, useLanguage } from '../i18n';
import { useRegistrarServices } from './registrarServices';
import { useRegistrarStrings } from './registrarStrings';
import { downloadBytes } from './downloadBytes';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  dates: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  field: { minWidth: '140px', flexGrow: 1 },
  button: { minHeight: '44px', alignSelf: 'flex-start' },
  note: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Kind = ArchiveSelection['kind'];

/** `now` is the desk's clock reading: the default day is today in Swedish local time. */
export function ExportPanel({ now }: { now: string }) {
  const styles = useStyles();
  const s = useRegistrarStrings();
  const language = useLanguage();
  const services = useRegistrarServices();
  const noteId = useId();
  const today = localDate(now);
  const [kind, setKind] = useState<Kind>('day');
  const [day, setDay] = useState(today);
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [diarienummer, setDiarienummer] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Omit<ArchiveExport, 'bytes'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const exportRegistrations = services.exportRegistrations;

  async function run(): Promise<void> {
    if (!exportRegistrations) return;
    const selection: ArchiveSelection =
      kind === 'day' ? { kind, date: day.trim() } : kind === 'range' ? { kind, from: from.trim(), to: to.trim() } : { kind, diarienummer };
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const { bytes, ...summary } = await exportRegistrations(selection);
      downloadBytes(bytes, summary.fileName);
      setResult(summary);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.panel} aria-labelledby={`${noteId}-title`}>
      <h3 id={`${noteId}-title`} className={styles.heading}>
        {s.exportTitle}
      </h3>
      <Field label={s.exportChoice}>
        <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as Kind)} disabled={!exportRegistrations}>
          <Radio value="day" label={s.exportDay} />
          <Radio value="range" label={s.exportRange} />
          <Radio value="case" label={s.exportCase} />
        </RadioGroup>
      </Field>
      {kind === 'day' && (
        <Field className={styles.field} label={s.exportDate}>
          <Input type="date" value={day} onChange={(_, d) => setDay(d.value)} disabled={!exportRegistrations} />
        </Field>
      )}
      {kind === 'range' && (
        <div className={styles.dates}>
          <Field className={styles.field} label={s.exportFrom}>
            <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
          </Field>
          <Field className={styles.field} label={s.exportTo}>
            <Input type="date" value={to} onChange={(_, d) => setTo(d.value)} />
          </Field>
        </div>
      )}
      {kind === 'case' && (
        <Field className={styles.field} label={s.exportCaseLabel}>
          <Input value={diarienummer} onChange={(_, d) => setDiarienummer(d.value)} />
        </Field>
      )}
      <Button
        className={styles.button}
        appearance="primary"
        icon={<ArrowExportRegular />}
        disabled={!exportRegistrations || busy}
        aria-describedby={exportRegistrations ? undefined : noteId}
        onClick={() => void run()}
      >
        {busy ? s.exporting : s.exportButton}
      </Button>
      {!exportRegistrations && (
        <Text id={noteId} className={styles.note} size={200}>
          {s.exportNote}
        </Text>
      )}
      <div aria-live="polite">
        {error !== null && (
          <MessageBar intent="error">
            <MessageBarBody>{describeError(error, STRINGS[language])}</MessageBarBody>
          </MessageBar>
        )}
        {result && (
          <MessageBar intent={result.missing.length ? 'warning' : 'success'}>
            <MessageBarBody>
              <div>{s.exportDone(result.fileName, result.registrations, result.cases)}</div>
              {result.missing.length > 0 && (
                <>
                  <div>{s.exportMissing(result.missing.length)}</div>
                  <ul className={styles.list}>
                    {result.missing.map((m) => (
                      <li key={m.reference}>
                        {m.diarienummer} (ref {m.reference}): {s.missingReason[m.reason]}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
