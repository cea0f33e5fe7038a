// "Begäran om e-postlogg": the organisation's requests with their status and time to disclosure,
// a form to record a new one, and one request opened for review, export and closing.

import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { timeToExport } from '../../app/logRequests/steps';
import { localDateTime } from '../../domain/reports/calendar';
import type { LogRequestRecord } from '../../ports/admin';
import { useAdminServices } from '../dashboard/adminServices';
import { useTableStyles } from '../dashboard/tableStyles';
import { useStrings } from '../i18n';
import { useLoad } from '../useLoad';
import { NewRequestForm } from './NewRequestForm';
import { RequestDetail } from './RequestDetail';
import { formatDuration } from './formatDuration';
import { ColumnHeads } from '../dashboard/ColumnHeads';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

export function LogRequestsView() {
  const styles = useStyles();
  const services = useAdminServices();
  const strings = useStrings();
  const table = useTableStyles();
  const [version, setVersion] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  // `version` reloads the list after a change.
  const load = useCallback(() => services.listRequests(), [services, version]);
  const state = useLoad(load);
  const s = strings.admin;
  const requests = state.status === 'ready' ? state.value : [];
  const opened = requests.find((r) => r.id === openId);

  if (opened) {
    return (
      <RequestDetail
        request={opened}
        onBack={() => {
          setOpenId(null);
          setVersion((v) => v + 1);
        }}
        onChanged={() => setVersion((v) => v + 1)}
      />
    );
  }
  return (
    <div className={styles.root}>
      <section>
        <Text className={table.heading} as="h2" id="new-request-heading" size={400} weight="semibold">
          {s.newRequest}
        </Text>
        <NewRequestForm
          onCreated={(r: LogRequestRecord) => {
            setNotice(s.created);
            setVersion((v) => v + 1);
            setOpenId(r.id);
          }}
        />
        {notice && <Text role="status">{notice}</Text>}
      </section>
      <section>
        <Text className={table.heading} as="h2" id="requests-heading" size={400} weight="semibold">
          {s.requestsTitle}
        </Text>
        {state.status === 'loading' && <Text>{strings.loading}</Text>}
        {state.status === 'error' && <Text role="alert">{state.message}</Text>}
        {state.status === 'ready' && requests.length === 0 && <Text as="p">{s.noRequests}</Text>}
        {requests.length > 0 && (
          <div className={table.scroll} role="region" aria-labelledby="requests-heading" tabIndex={0}>
            <table className={table.table}>
              <ColumnHeads labels={[s.whoseLog, s.receivedAt, s.period, 'Status', s.timeToExport, s.open]} />
              <tbody>
                {requests.map((r) => {
                  const ms = timeToExport(r);
                  return (
                    <tr key={r.id}>
                      <th scope="row">{r.mailbox}</th>
                      <td>{localDateTime(r.receivedAt)}</td>
                      <td>{`${localDateTime(r.periodStart).slice(0, 10)} – ${localDateTime(r.periodEnd).slice(0, 10)}`}</td>
                      <td>{s.status[r.status]}</td>
                      <td>{ms === null ? s.notExported : formatDuration(ms, s.duration)}</td>
                      <td>
                        <Button size="small" onClick={() => setOpenId(r.id)} aria-label={`${s.open}: ${r.mailbox} ${localDateTime(r.receivedAt)}`}>
                          {s.open}
                        </Button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
