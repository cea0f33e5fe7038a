// Follows the Office theme when the host gives one: a dark body background picks Fluent's dark theme.

import { webLightTheme, type Theme } from '@fluentui/react-components';

function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  return (0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255)) / 255;
}

export function isDark(bodyBackgroundColor: string | undefined | null): boolean {
  const l = bodyBackgroundColor ? luminance(bodyBackgroundColor) : null;
  return l !== null && l < 0.5;
}

/** The light theme at once; the dark one (a separate chunk) when the host's body is dark. */
export function officeTheme(apply: (theme: Theme) => void): Theme {
  const theme = typeof Office !== 'undefined' ? Office.context?.officeTheme : undefined;
  if (isDark(theme?.bodyBackgroundColor)) {
    void import(/* webpackChunkName: "lazy-dark" */ './darkTheme.js').then((m) => apply(m.darkTheme));
  }
  return webLightTheme;
}
