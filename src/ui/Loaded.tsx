// A view's data loaded once: a spinner while it loads, the person's error sentence if it fails,
// then the view itself (shared by the mailbox-wide views).

import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useStrings } from './i18n';
import { useLoad } from './useLoad';

export function Loaded<T>({ load, children }: { load: () => Promise<T>; children: (value: T) => ReactNode }) {
  const strings = useStrings();
  const state = useLoad(load);
  if (state.status === 'loading') return <Spinner label={strings.loading} />;
  if (state.status === 'error')
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{state.message}</MessageBarBody>
      </MessageBar>
    );
  return <>{children(state.value)}</>;
}
