// The confirmation before an irreversible action on the open message; purging a public record
// asks for the reason here.

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { useMessageActions } from './useMessageActions';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  button: { minHeight: '44px' },
});

export function ConfirmActionDialog({ actions }: { actions: ReturnType<typeof useMessageActions> }) {
  const styles = useStyles();
  const strings = useStrings();
  return (
    <Dialog open={actions.pending !== null} onOpenChange={(_, data) => !data.open && actions.close()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{actions.pending === 'send' ? strings.confirmSendTitle : strings.confirmGallraTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text block>{actions.pending === 'send' ? strings.confirmSendText : strings.confirmGallraText}</Text>
            {actions.pending === 'gallra' && actions.needsReason && (
              <>
                <MessageBar intent="warning">
                  <MessageBarBody>{strings.publicRecordWarning}</MessageBarBody>
                </MessageBar>
                <Field label={strings.reason} hint={strings.reasonHint} validationMessage={actions.reasonError ?? undefined} required>
                  <Textarea value={actions.reason} onChange={(_, data) => actions.setReason(data.value)} />
                </Field>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button className={styles.button} appearance="secondary" onClick={actions.close}>
              {strings.cancel}
            </Button>
            <Button className={styles.button} appearance="primary" onClick={actions.confirm}>
              {actions.pending === 'send' ? strings.sendToRegistrar : strings.gallra}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
