// Port: the current time. The domain never reads the clock; use cases get it from here.

export interface Clock {
  /** ISO 8601 instant. */
  now(): string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };
