// Whether the Office host shows a dark theme (its body background is dark): no Fluent UI here, so the
// entry's first paint can ask as well as the React shell's theme.

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

/** The host's own answer: false outside Office or when it gives no theme. */
export function hostIsDark(): boolean {
  return typeof Office !== 'undefined' && isDark(Office.context?.officeTheme?.bodyBackgroundColor);
}
