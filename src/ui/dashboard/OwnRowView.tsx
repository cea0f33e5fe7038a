// A politician on the admin page: a sentence saying the overview is for the kansli, and their own
// row, nothing else (the list answers only their own row, and the domain filters again).

import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useStrings } from '../i18n';
import { useLoad } from '../useLoad';
import { useAdminServices } from './adminServices';
import { PoliticianTable } from './PoliticianTable';
import { useTableStyles } from './tableStyles';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM } });

export function OwnRowView() {
  const styles = useStyles();
  const table = useTableStyles();
  const services = useAdminServices();
  const strings = useStrings();
  const load = useCallback(() => services.loadDashboard(), [services]);
  const state = useLoad(load);
  return (
    <div className={styles.root}>
      <Text as="p" role="note">
        {strings.admin.politicianNotice}
      </Text>
      <Text className={table.heading} as="h2" id="own-heading" size={400} weight="semibold">
        {strings.admin.politicians}
      </Text>
      {state.status === 'loading' && <Text>{strings.loading}</Text>}
      {state.status === 'error' && <Text role="alert">{state.message}</Text>}
      {state.status === 'ready' && <PoliticianTable rows={state.value.rows} labelledBy="own-heading" />}
    </div>
  );
}
