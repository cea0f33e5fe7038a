// Named moments of the task pane's cold start (performance.mark "pv-<name>": names only, no message
// data), which bench:ui reads to show where the time to the first verdict goes.

export type StartMark = 'entry' | 'start' | 'ready' | 'item' | 'engine' | 'judged' | 'painted';

export function markStart(name: StartMark): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`pv-${name}`);
}
