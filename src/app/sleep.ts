// The one place use cases wait: injected so tests and benchmarks run without real delays.

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Backoff delays: first, doubled each time, capped; `attempts` entries. */
export function backoffDelays(attempts: number, firstMs = 250, maxMs = 4000): number[] {
  return Array.from({ length: attempts }, (_, i) => Math.min(maxMs, firstMs * 2 ** i));
}
