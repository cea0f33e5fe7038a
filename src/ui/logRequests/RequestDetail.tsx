// One log request: the period's rows from message trace with Postvakt's masking proposals; the
// official accepts or edits each (decisions saved on the request), exports CSV and PDF, and closes
// the request behind a confirmation, which lifts the hold on gallring.

import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, LockOpenRegular } from '@fluentui/react-icons';
import { useCallback, useMemo, useState } from 'react';
import { timeToExport } from '../../app/logRequests/steps';
import { applyMasking, rowKey, PROVISIONS, type MaskDecision, type MaskItem, type MaskProposal } from '../../domain/admin/masking';
import { parseMaskingJson } from '../../domain/admin/parseMasking';
import { localDateTime } from '../../domain/reports/calendar';
import type { LogRequestRecord, MessageTraceRow } from '../../ports/admin';
import { useAdminServices } from '../dashboard/adminServices';
import { useTableStyles } from '../dashboard/tableStyles';
import { download } from '../download';
import { describeError } from '../describe';
import { useLanguage, useStrings } from '../i18n';
import { useLoad } from '../useLoad';
import { formatDuration } from './formatDuration';
import { MaskEditor } from './MaskEditor';
import { ColumnHeads } from '../dashboard/ColumnHeads';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0, '& dd': { margin: 0 } },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  proposal: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  shown: { color: tokens.colorNeutralForeground2 },
});

export function RequestDetail(props: { request: LogRequestRecord; onBack(): void; onChanged(): void }) {
  const services = useAdminServices();
  const load = useCallback(() => services.loadRows(props.request), [services, props.request.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const rows = useLoad(load);
  const strings = useStrings();
  if (rows.status === 'loading') return <Text>{strings.loading}</Text>;
  if (rows.status === 'error') return <Text role="alert">{rows.message}</Text>;
  return <Review {...props} rows={rows.value} />;
}

function initialDecisions(request: LogRequestRecord): { decisions: Map<string, MaskDecision>; error: unknown } {
  try {
    return { decisions: new Map(parseMaskingJson(request.maskingJson).map((d) => [d.rowId, d])), error: null };
  } catch (error) {
    return { decisions: new Map(), error };
  }
}

function Review({ request: initial, rows, onBack, onChanged }: { request: LogRequestRecord; rows: MessageTraceRow[]; onBack(): void; onChanged(): void }) {
  const styles = useStyles();
  const table = useTableStyles();
  const services = useAdminServices();
  const strings = useStrings();
  const language = useLanguage();
  const s = strings.admin;
  const [request, setRequest] = useState(initial);
  const start = useMemo(() => initialDecisions(initial), [initial]);
  const [decisions, setDecisions] = useState(start.decisions);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState(start.error ? describeError(start.error, strings) : '');
  const [busy, setBusy] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);
  const [notice, setNotice] = useState('');
  const proposals = useMemo(() => new Map<string, MaskProposal>(services.propose(rows).map((p) => [p.rowId, p])), [services, rows]);
  const undecided = [...proposals.keys()].filter((k) => !decisions.has(k)).length;
  const closed = request.status === 'closed';

  async function run(step: () => Promise<void>) {
    setBusy(true);
    setError('');
    try {
      await step();
    } catch (e) {
      setError(describeError(e, strings));
    } finally {
      setBusy(false);
    }
  }

  function decide(key: string, items: MaskItem[], status: MaskDecision['status']) {
    const next = new Map(decisions);
    next.set(key, { rowId: key, status, items, decidedBy: services.actor.address, decidedAt: services.now() });
    void run(async () => {
      setRequest(await services.saveMasking(request, [...next.values()]));
      setDecisions(next);
      setEditing(null);
    });
  }

  async function exportAs(kind: 'csv' | 'pdf') {
    await run(async () => {
      const result = await services.exportRequest(request, rows, [...decisions.values()]);
      setRequest(result.request);
      const base = `epostlogg-${request.mailbox.split('@')[0]}-${request.receivedAt.slice(0, 10)}`;
      if (kind === 'csv') download(`${base}.csv`, result.csv, 'text/csv;charset=utf-8');
      else download(`${base}.pdf`, result.pdf, 'application/pdf');
      onChanged();
    });
  }

  const ms = timeToExport(request);
  return (
    <div className={styles.root}>
      <div>
        <Button onClick={onBack}>{s.back}</Button>
      </div>
      <Text className={table.heading} as="h2" size={400} weight="semibold" id="request-heading">
        {`${s.requestsTitle}: ${request.mailbox}`}
      </Text>
      <dl className={styles.facts}>
        <dt>{s.requestedBy}</dt>
        <dd>{request.requestedBy}</dd>
        <dt>{s.receivedAt}</dt>
        <dd>{localDateTime(request.receivedAt)}</dd>
        <dt>{s.period}</dt>
        <dd>{`${localDateTime(request.periodStart)} – ${localDateTime(request.periodEnd)}`}</dd>
        <dt>Status</dt>
        <dd>{s.status[request.status]}</dd>
        <dt>{s.timeToExport}</dt>
        <dd>{ms === null ? `${s.notExported}. ${s.sameDay}` : formatDuration(ms, s.duration)}</dd>
      </dl>
      {error && <Text role="alert">{error}</Text>}
      {notice && <Text role="status">{notice}</Text>}
      <Text className={table.heading} as="h3" size={300} weight="semibold" id="rows-heading">
        {s.logRowsTitle(rows.length)}
      </Text>
      {undecided > 0 && !closed && <Text role="status">{s.undecided(undecided)}</Text>}
      <div className={table.scroll} role="region" aria-labelledby="rows-heading" tabIndex={0}>
        <table className={table.table}>
          <ColumnHeads labels={[s.date, s.from, s.to, s.subject, s.proposal]} />
          <tbody>
            {rows.map((row) => {
              const key = rowKey(row);
              const proposal = proposals.get(key);
              const decision = decisions.get(key);
              const shown = applyMasking(row, decision);
              return (
                <tr key={key}>
                  <td>{localDateTime(row.receivedDateTime)}</td>
                  <td>{row.senderAddress}</td>
                  <td>{row.recipientAddress}</td>
                  <td>
                    {row.subject}
                    {decision && decision.items.length > 0 && <div className={styles.shown}>{`→ ${shown.subject}`}</div>}
                  </td>
                  <td>
                    <div className={styles.proposal}>
                      {proposal ? (
                        proposal.items.map((it, i) => <span key={i}>{`${PROVISIONS[it.reason][language]}${it.match ? ` (${it.match})` : ''}, ${it.field === 'subject' ? s.subject : it.field === 'senderAddress' ? s.from : s.to}: ${it.provision}`}</span>)
                      ) : (
                        <span>{s.noProposal}</span>
                      )}
                      {decision && <strong>{decision.status === 'accepted' ? s.accepted : s.edited}</strong>}
                      {!closed && editing !== key && (
                        <span className={styles.actions}>
                          {proposal && !decision && (
                            <Button size="small" appearance="primary" disabled={busy} onClick={() => decide(key, proposal.items, 'accepted')} aria-label={`${s.accept}: ${row.subject}`}>
                              {s.accept}
                            </Button>
                          )}
                          <Button size="small" disabled={busy} onClick={() => setEditing(key)} aria-label={`${s.edit}: ${row.subject}`}>
                            {s.edit}
                          </Button>
                        </span>
                      )}
                      {editing === key && <MaskEditor initial={decision?.items ?? proposal?.items ?? []} busy={busy} onSave={(items) => decide(key, items, 'edited')} onCancel={() => setEditing(null)} />}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {!closed && (
        <div className={styles.actions}>
          <Button icon={<ArrowDownloadRegular />} disabled={busy || undecided > 0} onClick={() => void exportAs('csv')}>
            {s.exportCsv}
          </Button>
          <Button icon={<ArrowDownloadRegular />} disabled={busy || undecided > 0} onClick={() => void exportAs('pdf')}>
            {s.exportPdf}
          </Button>
          <Button icon={<LockOpenRegular />} disabled={busy} onClick={() => setConfirmClose(true)}>
            {s.close}
          </Button>
        </div>
      )}
      <Dialog open={confirmClose} onOpenChange={(_, d) => setConfirmClose(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.closeTitle}</DialogTitle>
            <DialogContent>{s.closeText}</DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirmClose(false)}>{strings.cancel}</Button>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirmClose(false);
                  void run(async () => {
                    setRequest(await services.closeRequest(request));
                    setNotice(s.closed);
                    onChanged();
                  });
                }}
              >
                {s.close}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
