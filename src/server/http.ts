// HTTP plumbing: body reading with Graph's 4 MB limit, CORS, request-id headers and JSON/bytes responses.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorBody, HttpError } from './errors';
import { requestId } from './ids';
import type { GraphResponse } from './types';

/** Graph refuses request bodies over 4 MB. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

const ALLOW_HEADERS = 'Authorization, Content-Type, Prefer, client-request-id, return-client-request-id, SdkVersion, Content-Range, ConsistencyLevel, Cache-Control, If-Match';
const EXPOSE_HEADERS = 'Retry-After, request-id, client-request-id, Location, Content-Range, x-ms-ags-diagnostic';

export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) {
      reject(new HttpError(413, 'RequestEntityTooLarge', `The request body exceeds the ${limit / 1024 / 1024} MB limit.`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(new HttpError(413, 'RequestEntityTooLarge', `The request body exceeds the ${limit / 1024 / 1024} MB limit.`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (e) => {
      if (!failed) reject(e);
    });
  });
}

export function baseHeaders(req: IncomingMessage, id: string): Record<string, string> {
  const origin = req.headers.origin;
  const clientId = req.headers['client-request-id'];
  return {
    'request-id': id,
    'client-request-id': typeof clientId === 'string' ? clientId : id,
    'x-ms-ags-diagnostic': JSON.stringify({ ServerInfo: { DataCenter: 'Local', Slice: 'E', Ring: '0', ScaleUnit: '000', RoleInstance: 'postvakt' } }),
    'Access-Control-Allow-Origin': typeof origin === 'string' ? origin : '*',
    'Access-Control-Expose-Headers': EXPOSE_HEADERS,
    Vary: 'Origin',
    'Cache-Control': 'no-store',
  };
}

export function preflight(req: IncomingMessage, res: ServerResponse): void {
  const id = requestId();
  res.writeHead(204, {
    ...baseHeaders(req, id),
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': typeof req.headers['access-control-request-headers'] === 'string' ? req.headers['access-control-request-headers'] : ALLOW_HEADERS,
    'Access-Control-Max-Age': '600',
  });
  res.end();
}

export function send(req: IncomingMessage, res: ServerResponse, id: string, response: GraphResponse): void {
  const headers: Record<string, string> = { ...baseHeaders(req, id), ...(response.headers ?? {}) };
  let payload: Buffer | undefined;
  if (response.bytes) {
    payload = response.bytes;
  } else if (response.json !== undefined) {
    payload = Buffer.from(JSON.stringify(response.json), 'utf8');
    headers['Content-Type'] = 'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';
    headers['OData-Version'] = '4.0';
  }
  if (payload) headers['Content-Length'] = String(payload.length);
  res.writeHead(response.status, headers);
  res.end(payload);
}

export function sendError(req: IncomingMessage, res: ServerResponse, id: string, error: HttpError): void {
  const json = errorBody(error.status, error.code, error.message, id, new Date().toISOString().replace(/\.\d+Z$/, ''));
  send(req, res, id, { status: error.status, headers: error.headers, json });
}
