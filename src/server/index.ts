// startGraphServer: the local Microsoft Graph v1.0-compatible mail server (https, tenant from a corpus file, data file).

import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { parseCorpus, type Corpus } from '../domain/corpus';
import { ReportDownloads } from './adminContext';
import { Tokens } from './auth';
import { runBatch } from './batch';
import { makeCertificate } from './cert';
import { HttpError } from './errors';
import { Faults, parseFault } from './faults';
import { putUploadChunk, uploadSessionStatus } from './handlers/attachments';
import { MAX_BODY_BYTES, preflight, readBody, send, sendError } from './http';
import { requestId } from './ids';
import { isRec } from './parseMessage';
import { dispatch, DroppedConnection, faultError, type DispatchDeps } from './router';
import { parseScopes, rolesFor } from './roles';
import { Tenant } from './tenant';
import { Throttle } from './throttle';
import { COMPLIANCE_LIST, LOG_REQUEST_LIST } from './trace';
import { preferences, type GraphRequest, type GraphResponse } from './types';

export interface GraphServerOptions {
  tenantFile?: string;
  tenant?: Corpus;
  dataFile: string;
  port?: number;
  host?: string;
  /** Exposes /_dev (tokens, faults, reset). */
  dev?: boolean;
  /** The server's clock (tests move it to reach the ends of limits and windows). */
  now?: () => Date;
  log?: (line: string) => void;
}

export interface GraphServer {
  url: string;
  caCertPem: string;
  close(): Promise<void>;
}

async function loadCorpus(options: GraphServerOptions, log: (line: string) => void): Promise<Corpus> {
  if (options.tenant) return options.tenant;
  if (!options.tenantFile) throw new Error('startGraphServer needs tenant or tenantFile.');
  const { corpus, errors } = parseCorpus(await readFile(options.tenantFile, 'utf8'));
  if (!corpus) throw new Error(`The tenant file cannot be used: ${errors.map((e) => `${e.field} ${e.message}`).slice(0, 5).join('; ')}`);
  // Counts only: the errors quote ids and fields, never content.
  if (errors.length) log(`tenant: ${errors.length} problem(s) in the tenant file; the affected messages or mailboxes were skipped`);
  return corpus;
}

/**
 * The origin clients see, for nextLink and uploadUrl: behind a dev proxy (X-Forwarded-Host, e.g.
 * webpack-dev-server with xfwd) links must point at the proxy, not at this server.
 */
function publicOrigin(req: IncomingMessage, own: string): string {
  const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim();
  const host = first(req.headers['x-forwarded-host']);
  if (!host || !/^[A-Za-z0-9.[\]:-]+$/.test(host)) return own;
  const proto = first(req.headers['x-forwarded-proto']) === 'http' ? 'http' : 'https';
  return `${proto}://${host}`;
}

function parseJson(bytes: Buffer): unknown {
  if (!bytes.length) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new HttpError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
}

/** What the demo and the dashboard need to configure themselves against this tenant (dev only). */
function devTenantInfo(tenant: Tenant): Record<string, unknown> {
  const site = tenant.state.site;
  const lists = Object.values(site.lists);
  return {
    siteId: site.id,
    complianceListId: lists.find((l) => l.name === COMPLIANCE_LIST)!.id,
    logRequestListId: lists.find((l) => l.name === LOG_REQUEST_LIST)!.id,
    users: Object.values(tenant.state.mailboxes).map((m) => ({ address: m.address, displayName: m.displayName, roles: rolesFor(tenant.corpus, m.address) })),
  };
}

export async function startGraphServer(options: GraphServerOptions): Promise<GraphServer> {
  const log = options.log ?? (() => undefined);
  const corpus = await loadCorpus(options, log);
  const tenant = await Tenant.open(corpus, options.dataFile);
  const cert = await makeCertificate();
  const faults = new Faults();
  const tokens = new Tokens();
  const now = options.now ?? (() => new Date());
  const throttle = new Throttle();
  const downloads = new ReportDownloads();
  const deps: DispatchDeps = { tenant, faults, now, throttle, downloads };
  let origin = '';

  async function graph(req: IncomingMessage, url: URL, raw: Buffer): Promise<GraphResponse> {
    const { mailbox: caller, principal } = tokens.authenticate(tenant, req.headers.authorization);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    const prefer = preferences(headers.prefer);
    const graphReq: GraphRequest = {
      method: req.method ?? 'GET',
      path: url.pathname.slice('/v1.0'.length),
      query: url.searchParams,
      headers,
      body: parseJson(raw),
      caller,
      principal,
      origin: publicOrigin(req, origin),
      textBody: prefer.textBody,
      immutableIds: prefer.immutableIds,
    };
    if (graphReq.path === '/$batch') {
      if (graphReq.method !== 'POST') throw new HttpError(405, 'ErrorInvalidRequest', '$batch takes POST.');
      const hit = faults.take(url.pathname, req.method);
      if (hit?.latencyMs) await new Promise((r) => setTimeout(r, hit.latencyMs));
      if (hit?.drop) throw new DroppedConnection('dropped');
      if (hit?.status) throw faultError(hit);
      const answer = await runBatch(deps, graphReq, (item) => dispatch(deps, item, false));
      if (hit?.dropAfter) throw new DroppedConnection('dropped after the change');
      return answer;
    }
    return dispatch(deps, graphReq);
  }

  async function devRoute(req: IncomingMessage, url: URL, raw: Buffer): Promise<GraphResponse> {
    const body = parseJson(raw);
    const route = `${req.method} ${url.pathname}`;
    if (route === 'POST /_dev/token') {
      const user = isRec(body) && typeof body.user === 'string' ? body.user : '';
      const box = tenant.mailboxByAddress(user);
      if (!box) throw new HttpError(404, 'ErrorInvalidUser', 'No mailbox in this tenant has that address.');
      const scopes = parseScopes(isRec(body) ? body.scopes : undefined);
      return {
        status: 200,
        json: { token_type: 'Bearer', expires_in: 3600, scope: scopes.join(' '), roles: rolesFor(tenant.corpus, box.address), access_token: tokens.issue(box, scopes) },
      };
    }
    if (route === 'POST /_dev/faults') {
      const list = Array.isArray(body) ? body : [body];
      for (const f of list.map(parseFault)) faults.add(f);
      return { status: 204 };
    }
    if (route === 'DELETE /_dev/faults') {
      faults.clear();
      return { status: 204 };
    }
    if (route === 'POST /_dev/reset') {
      await tenant.reset();
      throttle.clear();
      downloads.clear();
      return { status: 204 };
    }
    if (route === 'GET /_dev/mailboxes') {
      return { status: 200, json: { value: Object.values(tenant.state.mailboxes).map((m) => ({ id: m.id, address: m.address, displayName: m.displayName })) } };
    }
    if (route === 'GET /_dev/tenant') return { status: 200, json: devTenantInfo(tenant) };
    if (route === 'DELETE /_dev/throttle') {
      throttle.clear();
      return { status: 204 };
    }
    throw new HttpError(404, 'NotFound', 'No such dev endpoint.');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const id = requestId();
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'https://local.invalid');
    let status = 0;
    try {
      if (req.method === 'OPTIONS') {
        preflight(req, res);
        status = 204;
        return;
      }
      let response: GraphResponse;
      const upload = /^\/upload\/AttachmentSessions\/([^/]+)$/.exec(url.pathname);
      if (upload) {
        if (req.method !== 'PUT' && req.method !== 'GET' && req.method !== 'DELETE') {
          throw new HttpError(405, 'ErrorInvalidRequest', 'Upload URLs take PUT, GET or DELETE.');
        }
        const raw = await readBody(req, MAX_BODY_BYTES + 1024);
        const sessionId = decodeURIComponent(upload[1]!);
        if (req.method === 'DELETE') {
          const s = tenant.state.uploads[sessionId];
          if (!s || s.token !== url.searchParams.get('authtoken')) throw new HttpError(404, 'ErrorItemNotFound', 'The upload session was not found.');
          delete tenant.state.uploads[sessionId];
          response = { status: 204 };
          await tenant.save();
        } else {
          const hit = faults.take(url.pathname, req.method);
          if (hit?.latencyMs) await new Promise((r) => setTimeout(r, hit.latencyMs));
          if (hit?.drop) throw new DroppedConnection('dropped');
          if (hit?.status) throw faultError(hit);
          const token = url.searchParams.get('authtoken');
          if (req.method === 'GET') {
            response = uploadSessionStatus(tenant, sessionId, token, new Date());
          } else {
            response = putUploadChunk(tenant, sessionId, token, req.headers['content-range'], raw, new Date());
            await tenant.save();
          }
          if (hit?.dropAfter) throw new DroppedConnection('dropped after the change');
        }
      } else if (url.pathname.startsWith('/_reports/download/')) {
        // A pre-authenticated download: the URL is the credential; Graph clients send no token here.
        if (req.method !== 'GET') throw new HttpError(405, 'ErrorInvalidRequest', 'Report downloads take GET.');
        const bytes = downloads.get(decodeURIComponent(url.pathname.slice('/_reports/download/'.length)), now().getTime());
        response = { status: 200, bytes, headers: { 'Content-Type': 'application/octet-stream' } };
      } else if (url.pathname.startsWith('/v1.0/')) {
        const raw = await readBody(req);
        response = await graph(req, url, raw);
      } else if (options.dev && url.pathname.startsWith('/_dev/')) {
        response = await devRoute(req, url, await readBody(req));
      } else {
        throw new HttpError(404, 'NotFound', 'Resource not found. Graph lives under /v1.0.');
      }
      status = response.status;
      send(req, res, id, response);
    } catch (error) {
      if (error instanceof DroppedConnection) {
        status = -1;
        req.socket.destroy();
        return;
      }
      const rendered = error instanceof HttpError ? error : null;
      if (!rendered) log(`error ${req.method} ${url.pathname}: ${(error as Error).message}`);
      const e = rendered ?? new HttpError(500, 'generalException', 'An internal server error occurred.');
      status = e.status;
      if (e.status === 413) res.setHeader('Connection', 'close');
      sendError(req, res, id, e);
    } finally {
      // Method, path and status only: never tokens, subjects, bodies or addresses.
      log(`${req.method} ${url.pathname.replace(/\/users\/[^/]+/, '/users/{id}').replace(/AAMkAG[A-Za-z0-9_=-]+/g, '{id}').replace(/\/_reports\/download\/.*/, '/_reports/download/{token}')} ${status} ${Date.now() - started}ms ${id}`);
    }
  }

  const server = createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    void handle(req, res);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `https://${host}:${address.port}`;
  return {
    url: origin,
    caCertPem: cert.cert,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }).then(() => tenant.save()),
  };
}
