// One mailbox's request layer: user path, Prefer headers, the shared limiter, accounting, errors.

import type { Client, GraphRequest } from '@microsoft/microsoft-graph-client';
import { RequestTag, StatsRecorder, type TrafficCategory } from './accounting';
import { GraphError, graphErrorFromBody, toGraphError } from './errors';
import { BATCH_WEIGHT, type Limiter } from './limiter';

export const PREFER_IMMUTABLE = 'IdType="ImmutableId"';
export const PREFER_TEXT_BODY = 'outlook.body-content-type="text"';

/** Graph allows at most 20 requests in one JSON $batch. */
export const BATCH_LIMIT = 20;

export type Query = Record<string, string | number | undefined>;

export interface BatchItem {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version root, e.g. "/me/messages/{id}". */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface BatchItemResult {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

interface RequestOptions {
  category: TrafficCategory;
  prefer?: string[];
  headers?: Record<string, string>;
  anonymous?: boolean;
  responseType?: 'json' | 'arraybuffer';
}

/** Encodes OData query options; values are percent-encoded so `=`, `&`, `+` survive. */
export function queryString(query: Query): string {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export class MailboxSession {
  readonly recorder = new StatsRecorder();

  constructor(
    readonly client: Client,
    /** "/me" or "/users/{upn}". */
    readonly userPath: string,
    readonly limiter: Limiter,
  ) {}

  async request<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT', path: string, body: unknown, options: RequestOptions): Promise<T> {
    return this.limiter.run(1, () => this.send<T>(method, path, body, options));
  }

  /** A request outside the limiter's count of mailbox operations (upload-session PUTs). */
  async send<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT', path: string, body: unknown, options: RequestOptions): Promise<T> {
    const prefer = [PREFER_IMMUTABLE, ...(options.prefer ?? [])].join(', ');
    let request = this.client
      .api(path)
      .header('Prefer', prefer)
      .middlewareOptions([new RequestTag(options.category, this.recorder, options.anonymous ?? false)]);
    for (const [key, value] of Object.entries(options.headers ?? {})) request = request.header(key, value);
    if (options.responseType === 'arraybuffer') request = request.responseType('arraybuffer' as never);
    return perform<T>(request, method, body);
  }

  get<T>(path: string, query: Query, options: RequestOptions): Promise<T> {
    return this.request<T>('GET', path + queryString(query), undefined, options);
  }

  /** One JSON $batch (≤ 20 items); holds the mailbox's whole concurrency budget while in flight. */
  async batch(items: readonly BatchItem[], category: TrafficCategory, prefer: string[] = []): Promise<Map<string, BatchItemResult>> {
    if (items.length === 0) return new Map();
    if (items.length > BATCH_LIMIT) {
      throw new GraphError({ code: 'bad_request', message: `A $batch holds at most ${BATCH_LIMIT} requests.` });
    }
    const preferHeader = [PREFER_IMMUTABLE, ...prefer].join(', ');
    const payload = {
      requests: items.map((item) => ({
        id: item.id,
        method: item.method,
        url: item.url,
        headers: {
          Prefer: preferHeader,
          ...(item.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...item.headers,
        },
        ...(item.body !== undefined ? { body: item.body } : {}),
      })),
    };
    const response = await this.limiter.run(BATCH_WEIGHT, () =>
      this.send<{ responses?: unknown }>('POST', '/$batch', payload, { category }),
    );
    const results = new Map<string, BatchItemResult>();
    if (!response || !Array.isArray(response.responses)) {
      throw new GraphError({ code: 'invalid_response', message: '$batch answered without responses.' });
    }
    for (const raw of response.responses as Partial<BatchItemResult>[]) {
      if (typeof raw.id !== 'string' || typeof raw.status !== 'number') continue;
      const headers: Record<string, string> = {};
      for (const [key, value] of Object.entries(raw.headers ?? {})) headers[key.toLowerCase()] = String(value);
      results.set(raw.id, { id: raw.id, status: raw.status, headers, body: raw.body });
    }
    return results;
  }
}

export const isThrottled = (status: number): boolean => status === 429 || status === 503 || status === 504;

/** Retry-After of a $batch item, in milliseconds (Graph sends seconds). */
export function retryAfterMs(result: BatchItemResult, fallbackMs = 1000): number {
  const raw = result.headers['retry-after'];
  const seconds = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : fallbackMs;
}

export function itemError(result: BatchItemResult): GraphError {
  return graphErrorFromBody(result.status, result.body, result.headers['request-id'] ?? null);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a built request with its method; failures become GraphErrors (shared by every Graph session). */
export async function perform<T>(request: GraphRequest, method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT', body?: unknown): Promise<T> {
  try {
    switch (method) {
      case 'GET':
        return (await request.get()) as T;
      case 'POST':
        return (await request.post(body)) as T;
      case 'PATCH':
        return (await request.patch(body)) as T;
      case 'PUT':
        return (await request.put(body)) as T;
      case 'DELETE':
        return (await request.delete()) as T;
    }
  } catch (thrown) {
    throw toGraphError(thrown);
  }
}
