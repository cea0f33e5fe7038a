// The request layer of the admin adapters (reports, lists, message trace): counting, paging, raw responses, errors.

import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import { RequestTag, StatsRecorder, type GraphStats, type TrafficCategory } from './accounting';
import { GraphError, graphErrorFromBody, toGraphError } from './errors';
import { perform } from './session';

// Graph's admin APIs throttle for minutes at a time: the client factory's RetryHandler waits out only
// short Retry-Afters (MAX_RETRY_WAIT_SECONDS); a longer one becomes a `throttled` GraphError with
// `retryAfterSeconds` for the view to show.

interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

export interface AdminRequestOptions {
  category?: TrafficCategory;
  headers?: Record<string, string>;
}

/** One per adapter; `stats()` reports its requests and bytes like `mailbox.stats()` does. */
export class AdminSession {
  readonly recorder = new StatsRecorder();

  constructor(readonly client: Client) {}

  async json<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown, options: AdminRequestOptions = {}): Promise<T> {
    let request = this.client.api(path).middlewareOptions([new RequestTag(options.category ?? (method === 'GET' ? 'metadata' : 'action'), this.recorder)]);
    for (const [key, value] of Object.entries(options.headers ?? {})) request = request.header(key, value);
    return perform<T>(request, method, body);
  }

  /** Every item of a paged collection, following @odata.nextLink (which repeats the query). */
  async all<T>(path: string, options: AdminRequestOptions = {}): Promise<T[]> {
    const out: T[] = [];
    let next: string | undefined = path;
    while (next) {
      const page: Page<T> = await this.json<Page<T>>('GET', next, undefined, options);
      out.push(...(page?.value ?? []));
      next = page?.['@odata.nextLink'];
    }
    return out;
  }

  /**
   * A GET answered as the raw Response (redirects not followed when `manual`); `anonymous` sends it without
   * the Authorization header (pre-authenticated URLs must never see the token).
   */
  async raw(url: string, options: { anonymous?: boolean; redirect?: 'manual' | 'follow' } = {}): Promise<Response> {
    let request = this.client
      .api(url)
      .middlewareOptions([new RequestTag('metadata', this.recorder, options.anonymous ?? false)])
      .responseType(ResponseType.RAW);
    if (options.redirect) request = request.option('redirect', options.redirect);
    try {
      return (await request.get()) as Response;
    } catch (thrown) {
      throw toGraphError(thrown);
    }
  }

  /** Graph's error for a non-2xx raw response. */
  async failure(response: Response): Promise<never> {
    const body: unknown = await response.json().catch(() => null);
    const e = graphErrorFromBody(response.status, body, response.headers.get('request-id'));
    const retryAfter = Number(response.headers.get('Retry-After') ?? NaN);
    throw new GraphError({ code: e.code, message: e.message, statusCode: e.statusCode, graphCode: e.graphCode, requestId: e.requestId, retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : null });
  }

  stats(): GraphStats {
    return this.recorder.snapshot(0);
  }
}

/** OData string literal: single quotes doubled. */
export const odataString = (value: string): string => `'${value.replace(/'/g, "''")}'`;
