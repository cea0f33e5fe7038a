// Per-mailbox request accounting: what each call costs in requests and bytes, by purpose.

import type { MiddlewareOptions } from '@microsoft/microsoft-graph-client';

/** Why a request was made: listing/counting, fetching bodies to classify, or acting on mail. */
export type TrafficCategory = 'metadata' | 'classification' | 'action';

export interface CategoryStats {
  requests: number;
  bytes: number;
}

export interface GraphStats {
  /** HTTP requests actually sent, retries included. */
  requests: number;
  /** Request plus response body bytes. */
  bytes: number;
  requestBytes: number;
  responseBytes: number;
  byCategory: Record<TrafficCategory, CategoryStats>;
  /** Most operations in flight at once on this mailbox ($batch items counted). */
  maxInFlight: number;
}

export class StatsRecorder {
  private requests = 0;
  private requestBytes = 0;
  private responseBytes = 0;
  private readonly categories: Record<TrafficCategory, CategoryStats> = {
    metadata: { requests: 0, bytes: 0 },
    classification: { requests: 0, bytes: 0 },
    action: { requests: 0, bytes: 0 },
  };

  record(category: TrafficCategory, requestBytes: number, responseBytes: number): void {
    this.requests += 1;
    this.requestBytes += requestBytes;
    this.responseBytes += responseBytes;
    this.categories[category].requests += 1;
    this.categories[category].bytes += requestBytes + responseBytes;
  }

  snapshot(maxInFlight: number): GraphStats {
    const byCategory = {
      metadata: { ...this.categories.metadata },
      classification: { ...this.categories.classification },
      action: { ...this.categories.action },
    };
    return {
      requests: this.requests,
      bytes: this.requestBytes + this.responseBytes,
      requestBytes: this.requestBytes,
      responseBytes: this.responseBytes,
      byCategory,
      maxInFlight,
    };
  }

  reset(): void {
    this.requests = 0;
    this.requestBytes = 0;
    this.responseBytes = 0;
    for (const c of Object.values(this.categories)) {
      c.requests = 0;
      c.bytes = 0;
    }
  }
}

/**
 * Middleware option carried by one request: where to count it, and whether it must go out
 * without the Authorization header (upload-session PUTs carry their own token in the URL).
 */
export class RequestTag implements MiddlewareOptions {
  constructor(
    readonly category: TrafficCategory,
    readonly recorder: StatsRecorder | null,
    readonly anonymous = false,
  ) {}
}
