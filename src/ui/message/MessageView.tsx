// "Det här meddelandet": the verdict on the open message and the three actions, each irreversible
// one behind a confirmation dialog; purging a public record needs a stated reason.

import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useEffect } from 'react';
import { ArchiveArrowBackRegular, ClockRegular, DeleteRegular } from '@fluentui/react-icons';
import { describeError } from '../describe';
import { lazyWithPreload } from '../lazy';
import { useLanguage, useStrings } from '../i18n';
import type { CurrentMessage, CurrentState } from '../services';
import { useMessageActions } from './useMessageActions';
import { VerdictCard } from './VerdictCard';

// The confirmation dialog (Dialog, Field, Textarea) is not in the first bundle: it is fetched once
// the verdict is on screen, so it never competes with the first verdict for the network.
const ConfirmActionDialog = lazyWithPreload(() => import(/* webpackChunkName: "lazy-confirm" */ './ConfirmActionDialog.js').then((m) => m.ConfirmActionDialog));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  action: { minHeight: '44px', minWidth: '44px', flexGrow: 1, '@media (min-width: 600px)': { flexGrow: 0 } },
});

export function MessageView({ state }: { state: CurrentState }) {
  const strings = useStrings();
  const language = useLanguage();
  if (state.status === 'loading') return <Spinner label={strings.loading} />;
  if (state.status === 'none') return <Text>{strings.noItem}</Text>;
  if (state.status === 'error')
    return (
      <MessageBar intent="error">
        <MessageBarBody>{describeError(state.error, strings)}</MessageBarBody>
      </MessageBar>
    );
  return <MessageActions key={state.current.message.subject + state.current.verdict.category} current={state.current} />;
}

function MessageActions({ current }: { current: CurrentMessage }) {
  const styles = useStyles();
  const strings = useStrings();
  const a = useMessageActions(current);
  useEffect(() => {
    // A failed fetch is tried again when the dialog is opened.
    ConfirmActionDialog.preload().catch(() => undefined);
  }, []);
  const done = a.outcome !== null;
  // The proposed action is the primary button; for "osäker" none is.
  const category = current.verdict.category;
  const sendAppearance = category === 'registrera' ? 'primary' : 'secondary';
  const gallraAppearance = category === 'gallra_ej_allman' || category === 'gallra_ringa' ? 'primary' : 'secondary';
  return (
    <div className={styles.root}>
      <VerdictCard current={current} />
      {!done && (
        <div className={styles.actions}>
          <Button className={styles.action} appearance={sendAppearance} icon={<ArchiveArrowBackRegular />} disabled={a.busy} onClick={() => a.open('send')}>
            {strings.sendToRegistrar}
          </Button>
          <Button className={styles.action} appearance={gallraAppearance} icon={<DeleteRegular />} disabled={a.busy} onClick={() => a.open('gallra')}>
            {strings.gallra}
          </Button>
          <Button className={styles.action} icon={<ClockRegular />} disabled={a.busy} onClick={() => void a.defer()}>
            {strings.defer}
          </Button>
        </div>
      )}
      {a.busy && <Spinner size="small" label={strings.working} />}
      {a.outcome && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{a.outcome}</MessageBarBody>
        </MessageBar>
      )}
      {a.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{a.error}</MessageBarBody>
        </MessageBar>
      )}
      {a.pending !== null && (
        <Suspense fallback={null}>
          <ConfirmActionDialog.Component actions={a} />
        </Suspense>
      )}
    </div>
  );
}
