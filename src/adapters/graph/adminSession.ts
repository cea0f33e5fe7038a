// The request layer of the admin adapters (reports, lists, message trace): counting, paging, raw responses, errors.

import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import { RequestTag, StatsRecorder, type GraphStats, type TrafficCategory } from './accounting';
import { graphErrorFromBody, toGraphError } from './errors';

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
    try {
      switch (method) {
        case 'GET':
          return (await request.get()) as T;
        case 'POST':
          return (await request.post(body)) as T;
        case 'PATCH':
          return (await request.patch(body)) as T;
        case 'DELETE':
          return (await request.delete()) as T;
      }
    } catch (thrown) {
      throw toGraphError(thrown);
    }
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
    throw graphErrorFromBody(response.status, body, response.headers.get('request-id'));
  }

  stats(): GraphStats {
    return this.recorder.snapshot(0);
  }
}

/** OData string literal: single quotes doubled. */
export const odataString = (value: string): string => `'${value.replace(/'/g, "''")}'`;
