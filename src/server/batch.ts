// JSON $batch: at most 20 requests, dependsOn (424 when a dependency failed), up to 4 items dispatched at once.

import { badRequest, HttpError } from './errors';
import { isRec } from './parseMessage';
import { DroppedConnection, faultError, type DispatchDeps } from './router';
import type { GraphRequest, GraphResponse } from './types';
import { preferences } from './types';

export const BATCH_LIMIT = 20;
/** Graph hands at most this many batch items to the mailbox at once. */
const BATCH_PARALLEL = 4;

interface Item {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

function parseItems(body: unknown): Item[] {
  if (!isRec(body) || !Array.isArray(body.requests)) throw badRequest('BadRequest', 'Invalid batch payload format.');
  if (body.requests.length === 0) throw badRequest('BadRequest', 'The batch request has no requests.');
  if (body.requests.length > BATCH_LIMIT) throw badRequest('BadRequest', `Limit of ${BATCH_LIMIT} requests per batch exceeded.`);
  const ids = new Set<string>();
  const items = body.requests.map((r): Item => {
    if (!isRec(r) || typeof r.id !== 'string' || !r.id || typeof r.method !== 'string' || typeof r.url !== 'string') {
      throw badRequest('BadRequest', 'Each batch request needs an id, a method and a url.');
    }
    if (ids.has(r.id)) throw badRequest('BadRequest', `Batch request ids must be unique: '${r.id}' appears twice.`);
    ids.add(r.id);
    if (/^https?:/i.test(r.url)) throw badRequest('BadRequest', 'Batch request urls must be relative.');
    const headers: Record<string, string> = {};
    if (r.headers !== undefined) {
      if (!isRec(r.headers)) throw badRequest('BadRequest', 'Batch request headers must be an object.');
      for (const [k, v] of Object.entries(r.headers)) headers[k.toLowerCase()] = String(v);
    }
    if (r.body !== undefined && !headers['content-type']) {
      throw badRequest('BadRequest', `Content-Type header is required for request '${r.id}' with a body.`);
    }
    const dependsOn = r.dependsOn === undefined ? [] : r.dependsOn;
    if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string')) throw badRequest('BadRequest', 'dependsOn must be a list of request ids.');
    return { id: r.id, method: r.method.toUpperCase(), url: r.url, headers, body: r.body, dependsOn: dependsOn as string[] };
  });
  for (const item of items) {
    for (const d of item.dependsOn) if (!ids.has(d) || d === item.id) throw badRequest('BadRequest', `Request '${item.id}' depends on unknown request '${d}'.`);
  }
  return items;
}

type Run = (req: GraphRequest) => Promise<GraphResponse>;

function itemResponse(id: string, response: GraphResponse): Record<string, unknown> {
  const headers: Record<string, string> = { ...(response.headers ?? {}) };
  let body: unknown = response.json;
  if (response.bytes) {
    body = response.bytes.toString('base64');
  } else if (body !== undefined) {
    headers['Content-Type'] ??= 'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';
  }
  return { id, status: response.status, headers, ...(body === undefined ? {} : { body }) };
}

export function errorResponse(error: unknown): GraphResponse {
  if (error instanceof HttpError) {
    return { status: error.status, headers: error.headers, json: { error: { code: error.code, message: error.message } } };
  }
  if (error instanceof DroppedConnection) {
    return faultErrorResponse(503);
  }
  return { status: 500, json: { error: { code: 'generalException', message: 'An internal server error occurred.' } } };
}

function faultErrorResponse(status: number): GraphResponse {
  const e = faultError({ status, latencyMs: 0, drop: false });
  return { status: e.status, headers: e.headers, json: { error: { code: e.code, message: e.message } } };
}

export async function runBatch(deps: DispatchDeps, outer: GraphRequest, run: Run): Promise<GraphResponse> {
  const items = parseItems(outer.body);
  const results = new Map<string, GraphResponse>();
  const pending = new Map(items.map((i) => [i.id, i]));
  const running = new Map<string, Promise<void>>();
  const start = (item: Item): void => {
    pending.delete(item.id);
    const failedDep = item.dependsOn.find((d) => (results.get(d)?.status ?? 0) >= 400);
    const p = (async () => {
      if (failedDep) {
        results.set(item.id, { status: 424, json: { error: { code: 'FailedDependency', message: `The dependent request '${failedDep}' failed.` } } });
        return;
      }
      const url = new URL(item.url.startsWith('/') ? item.url : `/${item.url}`, 'https://batch.invalid');
      const prefer = preferences(item.headers.prefer ?? outer.headers.prefer);
      const req: GraphRequest = {
        ...outer,
        method: item.method,
        path: url.pathname,
        query: url.searchParams,
        headers: { ...outer.headers, ...item.headers },
        body: item.body,
        textBody: prefer.textBody,
        immutableIds: prefer.immutableIds,
      };
      try {
        results.set(item.id, await run(req));
      } catch (error) {
        results.set(item.id, errorResponse(error));
      }
    })().finally(() => running.delete(item.id));
    running.set(item.id, p);
  };
  while (pending.size || running.size) {
    for (const item of [...pending.values()]) {
      if (running.size >= BATCH_PARALLEL) break;
      if (item.dependsOn.every((d) => results.has(d))) start(item);
    }
    if (running.size) await Promise.race(running.values());
    else if (pending.size) {
      // A dependency cycle: nothing can start.
      for (const item of pending.values()) results.set(item.id, { status: 424, json: { error: { code: 'FailedDependency', message: 'Circular dependsOn.' } } });
      pending.clear();
    }
  }
  // Items do not persist one by one: the batch is answered once all its changes are in the data file.
  if (items.some((i) => i.method !== 'GET')) await deps.tenant.save();
  return { status: 200, json: { responses: items.map((i) => itemResponse(i.id, results.get(i.id)!)) } };
}
