// The terminal middleware: the only place that touches the network (swap it to test the chain).

import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { RequestTag } from './accounting';

export type FetchImpl = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

function bodyBytes(body: unknown): number {
  if (body == null) return 0;
  if (typeof body === 'string') return new TextEncoder().encode(body).byteLength;
  if (typeof Blob !== 'undefined' && body instanceof Blob) return body.size;
  if (body instanceof ArrayBuffer) return body.byteLength;
  if (ArrayBuffer.isView(body)) return body.byteLength;
  return 0;
}

function withoutAuthorization(headers: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(headers).forEach((value, key) => {
    if (key.toLowerCase() !== 'authorization') out[key] = value;
  });
  return out;
}

export class FetchHandler implements Middleware {
  constructor(private readonly fetchImpl: FetchImpl) {}

  async execute(context: Context): Promise<void> {
    const tag = context.middlewareControl?.getMiddlewareOptions(RequestTag) as RequestTag | undefined;
    const init: RequestInit = { ...(context.options as RequestInit) };
    if (tag?.anonymous) init.headers = withoutAuthorization(init.headers);
    const response = await this.fetchImpl(context.request, init);
    // A browser's redirect: 'manual' answer (status 0) cannot be rebuilt; it is passed on as it is.
    if (tag?.recorder && response.type === 'opaqueredirect') {
      tag.recorder.record(tag.category, bodyBytes(init.body), 0);
      context.response = response;
      return;
    }
    if (!tag?.recorder) {
      context.response = response;
      return;
    }
    // Buffer the body once so its size can be counted; Graph responses here are small JSON
    // pages or one message's MIME.
    const buffer = await response.arrayBuffer();
    tag.recorder.record(tag.category, bodyBytes(init.body), buffer.byteLength);
    const headers: [string, string][] = [];
    response.headers.forEach((value, key) => headers.push([key, value]));
    context.response = new Response(NULL_BODY_STATUSES.has(response.status) ? null : buffer, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  }
}
