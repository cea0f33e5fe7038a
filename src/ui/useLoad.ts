// Loads one value once for a view and turns a failure into the person's error sentence.

import { useEffect, useState } from 'react';
import { describeError } from './describe';
import { useLanguage, useStrings } from './i18n';

export type LoadState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

export function useLoad<T>(load: () => Promise<T>): LoadState<T> {
  const strings = useStrings();
  const language = useLanguage();
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) => live && setState({ status: 'error', message: describeError(error, strings) }),
    );
    return () => {
      live = false;
    };
  }, [load, language, strings]);
  return state;
}
