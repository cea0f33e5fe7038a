// Browser-test stack: the local Graph server on a fresh copy of the demo tenant, and one small
// https server that serves the built dist/ (pages with the CSP header) and proxies /v1.0, /_dev and
// /_reports to it (one origin), plus Chromium with the CDN's Office.js answered from node_modules (tests
// never touch the internet). Every request of every page is recorded, so tests can fail on a foreign host.

import { spawnSync } from 'child_process';
import fs from 'fs';
import type http from 'http';
import http2 from 'http2';
import https from 'https';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startGraphServer } from '../../../src/server';

/** The repository root (this file also runs compiled from lib/ for bench:ui). */
function findRoot(dir: string): string {
  if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'webpack.config.js'))) return dir;
  const parent = path.dirname(dir);
  if (parent === dir) throw new Error('Repository root not found');
  return findRoot(parent);
}
export const root = findRoot(__dirname);
const dist = path.join(root, 'dist');
const officeDist = path.join(root, 'node_modules/@microsoft/office-js/dist');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findChromium, CHROMIUM_ARGS } = require(path.join(root, 'scripts/chromium.js')) as { findChromium(): string | null; CHROMIUM_ARGS: string[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy } = require(path.join(root, 'scripts/csp.js')) as { contentSecurityPolicy(hosts?: { graph: string; signIn: string }): string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseHeadersFile } = require(path.join(root, 'scripts/pageHeaders.js')) as { parseHeadersFile(text: string): Map<string, [string, string][]> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const demoStack = require(path.join(root, 'scripts/demo-stack.js')) as {
  tenantInfo(file: string): { info: unknown; errors: unknown[] };
  devCertificate(dir: string): Promise<{ key: string; cert: string }>;
  DEFAULT_TENANT: string;
};

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.css': 'text/css' };

export interface Stack {
  /** The demo page (demo.html: the task pane without Office.js). */
  url: string;
  /** https://localhost:<port> */
  origin: string;
  browser: Browser;
  /** Every line the local Graph server logged (method, path, status, time, request id). */
  serverLog: string[];
  /** The pages' self-signed certificate (localhost, 127.0.0.1): for other test servers, and as the CA to reach this one. */
  certificate: { key: string; cert: string };
  newPage(options?: StackPageOptions): Promise<StackPage>;
  close(): Promise<void>;
}

export interface StackPageOptions {
  width?: number;
  height?: number;
}

export interface StackPage {
  context: BrowserContext;
  page: Page;
  /** Every URL any page, frame or worker of this context asked for, in order (blocked ones too). */
  requests: string[];
}

/** The Outlook-shaped pages may reach these hosts beside their own origin (connect, script, frame). */
export const OUTLOOK_HOSTS = ['appsforoffice.microsoft.com', 'graph.microsoft.com', 'outlook.office.com', 'login.microsoftonline.com'];

/** The hosts among `requests` that are neither the origin's nor in `allowed` (data: and blob: are local). */
export function foreignHosts(requests: string[], origin: string, allowed: string[] = []): string[] {
  const own = new URL(origin).host;
  const hosts = new Set<string>();
  for (const r of requests) {
    const url = new URL(r);
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.host === own || allowed.includes(url.hostname)) continue;
    hosts.add(url.host || url.protocol);
  }
  return [...hosts];
}

/** Builds dist/ when it is missing (npm test builds it before jest runs). */
export function ensureBuilt(): void {
  if (fs.existsSync(path.join(dist, 'taskpane.html')) && fs.existsSync(path.join(dist, 'demo.html'))) return;
  const r = spawnSync('npx', ['webpack', '--mode', 'production', '--no-stats', '--env', 'taskpaneOnly'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('webpack build failed');
}

/** Headers HTTP/2 forbids or that name the incoming connection (RFC 9113 8.2.2), and HTTP/2's pseudo-headers. */
function forwardable(headers: http.IncomingHttpHeaders | http2.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.startsWith(':') || /^(connection|keep-alive|proxy-connection|transfer-encoding|upgrade|http2-settings)$/i.test(name)) continue;
    out[name] = value;
  }
  return out;
}

export async function startStack(
  options: {
    tenantFile?: string;
    /** A prepared Graph server state to start from (bench:dashboard). */
    stateFile?: string;
    /** Serve over HTTP/2 (HTTP/1.1 still accepted), as production static hosts and CDNs do (bench:ui). */
    http2?: boolean;
  } = {},
): Promise<Stack> {
  ensureBuilt();
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Debian\'s chromium package or set CHROMIUM_PATH.');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'postvakt-browser-'));
  const tenantFile = options.tenantFile ?? demoStack.DEFAULT_TENANT;
  const serverLog: string[] = [];
  if (options.stateFile) fs.copyFileSync(options.stateFile, path.join(tmp, 'state.json'));
  const graph = await startGraphServer({ tenantFile, dataFile: path.join(tmp, 'state.json'), port: 0, host: '127.0.0.1', dev: true, log: (line) => void serverLog.push(line) });
  const target = new URL(graph.url);
  // Idle sockets are dropped after 4 s, before the Graph server's 5 s keep-alive timeout closes them.
  const agent = new https.Agent({ ca: graph.caCertPem, keepAlive: true, timeout: 4_000 });
  const info = JSON.stringify(demoStack.tenantInfo(tenantFile).info);
  const csp = contentSecurityPolicy();
  const cert = await demoStack.devCertificate(tmp);

  const gzipped = new Map<string, Buffer>();
  const handler = (req: http.IncomingMessage | http2.Http2ServerRequest, res: http.ServerResponse | http2.Http2ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'https://localhost');
    // /_reports: the usage reports' pre-authenticated downloads (Graph answers them with a 302 there).
    if (url.pathname.startsWith('/v1.0') || url.pathname.startsWith('/_dev') || url.pathname.startsWith('/_reports')) {
      // The body is read first, so that a request sent on a kept-alive socket the Graph server had just
      // closed can go again once (Node's documented answer to that race: reusedSocket + ECONNRESET).
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const send = (attempt: number): void => {
          const upstream = https.request(
            {
              host: target.hostname,
              port: target.port,
              path: req.url,
              method: req.method,
              headers: { ...forwardable(req.headers), host: target.host, 'x-forwarded-host': String(req.headers.host ?? req.headers[':authority'] ?? ''), 'x-forwarded-proto': 'https' },
              agent,
            },
            (answer) => {
              res.writeHead(answer.statusCode ?? 502, forwardable(answer.headers));
              answer.pipe(res);
            },
          );
          upstream.on('error', (error: NodeJS.ErrnoException) => {
            if (attempt === 0 && upstream.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) return send(1);
            serverLog.push(`proxy ${req.method} ${url.pathname} 502 ${error.code ?? error.message}`);
            if (!res.headersSent) res.writeHead(502);
            res.end();
          });
          upstream.end(body);
        };
        send(0);
      });
      return;
    }
    if (url.pathname === '/_demo/tenant') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(info);
      return;
    }
    const file = path.join(dist, path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    // Compressed like any production web server, so timings under "Fast 4G" mean something.
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    // The pages' policy as a header too, as a production web server should send it.
    if (type.startsWith('text/html')) res.setHeader('Content-Security-Policy', csp);
    // And what dist/_headers says a page is sent with (its first wave's Link preloads), as a static host does.
    const headersFile = path.join(dist, '_headers');
    const own = type.startsWith('text/html') && fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, 'utf8')).get(url.pathname) ?? [] : [];
    for (const name of new Set(own.map(([n]) => n))) res.setHeader(name, own.filter(([n]) => n === name).map(([, v]) => v));
    if (/gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /javascript|html|json|css/.test(type)) {
      let body = gzipped.get(file);
      if (!body) {
        body = zlib.gzipSync(fs.readFileSync(file));
        gzipped.set(file, body);
      }
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(body);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    fs.createReadStream(file).pipe(res);
  };
  const server = options.http2
    ? http2.createSecureServer({ key: cert.key, cert: cert.cert, allowHTTP1: true }, handler)
    : https.createServer({ key: cert.key, cert: cert.cert }, handler);
  const sessions = new Set<http2.ServerHttp2Session>();
  server.on('session', (session: http2.ServerHttp2Session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const origin = `https://localhost:${port}`;
  const url = `${origin}/demo.html`;

  // Playwright gives every launch a fresh temporary --user-data-dir of its own (it refuses the flag).
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    agent.destroy();
    await graph.close();
    throw error;
  }

  async function newPage(options: StackPageOptions = {}): Promise<StackPage> {
    // The test server's certificate is made for this run; trusting it is scoped to this context.
    const context = await browser.newContext({ ignoreHTTPSErrors: true, acceptDownloads: true, viewport: { width: options.width ?? 1024, height: options.height ?? 800 } });
    const requests: string[] = [];
    context.on('request', (request) => void requests.push(request.url()));
    await context.route('https://appsforoffice.microsoft.com/**', async (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
      const local = path.join(officeDist, name);
      if (name && fs.existsSync(local)) await route.fulfill({ path: local, contentType: 'text/javascript' });
      else await route.fulfill({ status: 404, body: '' });
    });
    // Anything else off this origin would be the internet: refuse it.
    await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1|appsforoffice\.microsoft\.com)/, (route) => route.abort());
    const page = await context.newPage();
    return { context, page, requests };
  }

  return {
    url,
    origin,
    serverLog,
    certificate: { key: cert.key, cert: cert.cert },
    browser,
    newPage,
    async close() {
      await browser.close().catch(() => undefined);
      for (const session of sessions) session.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if ('closeAllConnections' in server) server.closeAllConnections();
      agent.destroy();
      await graph.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
