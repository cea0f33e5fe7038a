// Follows the Office theme when the host gives one: a dark body background picks Fluent's dark theme.

import { webLightTheme, type Theme } from '@fluentui/react-components';
import { hostIsDark } from './darkHost';

/** The light theme at once; the dark one (a separate chunk) when the host's body is dark. */
export function officeTheme(apply: (theme: Theme) => void): Theme {
  if (hostIsDark()) {
    void import(/* webpackChunkName: "lazy-dark" */ './darkTheme.js').then((m) => apply(m.darkTheme));
  }
  return webLightTheme;
}
