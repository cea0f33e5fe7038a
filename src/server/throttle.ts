// Sliding-window request limits with Graph's 429 answer and Retry-After (reports, message trace).

import { HttpError } from './errors';

export interface Limit {
  requests: number;
  windowMs: number;
}

/** Graph's usage reports: 14 CSV requests per 10 minutes per app per tenant, counted per report API. */
export const REPORTS_LIMIT: Limit = { requests: 14, windowMs: 10 * 60_000 };
/** Exchange message trace: 100 requests per 5 minutes. */
export const MESSAGE_TRACE_LIMIT: Limit = { requests: 100, windowMs: 5 * 60_000 };

export class Throttle {
  private readonly seen = new Map<string, number[]>();

  /** Counts one request under `key`, or answers 429 with the seconds until the oldest one leaves the window. */
  take(key: string, limit: Limit, nowMs: number): void {
    const times = (this.seen.get(key) ?? []).filter((t) => t > nowMs - limit.windowMs);
    if (times.length >= limit.requests) {
      this.seen.set(key, times);
      const retryAfter = Math.max(1, Math.ceil((times[0]! + limit.windowMs - nowMs) / 1000));
      throw new HttpError(429, 'TooManyRequests', 'Too many requests. Retry after the time in the Retry-After header.', { 'Retry-After': String(retryAfter) });
    }
    times.push(nowMs);
    this.seen.set(key, times);
  }

  clear(): void {
    this.seen.clear();
  }
}
