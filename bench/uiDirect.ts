// bench:ui's browser without request interception: Office.js's CDN host is resolved to a local https
// server serving the stand-in (bench/uiOfficeMock.js), every other foreign host to nowhere, and
// Chromium's own background work that competes with an open (the omnibox WebUI popups) is turned off.

import fs from 'fs';
import http2 from 'http2';
import path from 'path';
import zlib from 'zlib';
import { chromium, type Browser } from 'playwright-core';
import { foreignHosts, root, startStack, type Stack, type StackPage, type StackPageOptions } from '../test/browser/support/stack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findChromium, CHROMIUM_ARGS } = require(path.join(root, 'scripts/chromium.js')) as { findChromium(): string | null; CHROMIUM_ARGS: string[] };

/** The host the pages load Office.js from (taskpane.html's <script> and dist/_headers' Link preload). */
export const OFFICE_HOST = 'appsforoffice.microsoft.com';
const OFFICE_PATH = '/lib/1/hosted/office.js';

/**
 * Chromium features whose background work runs during each open in a fresh context: every new
 * window builds the omnibox's WebUI popups (chrome://omnibox-popup.top-chrome/ and its AI-mode page,
 * two renderers) and may preload other top-chrome WebUI. Found with Target.setDiscoverTargets.
 */
export const BENCH_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup', 'PreloadTopChromeWebUI'];

export interface OfficeStandIn {
  port: number;
  /** Requests for the stand-in so far (the page's <script> and the Link preload share one fetch). */
  served: number;
  /** Paths asked for that the stand-in does not have (a bench bug: fail loudly). */
  unknown: string[];
  close(): Promise<void>;
}

/**
 * An https server (HTTP/2, as the CDN speaks; HTTP/1.1 accepted) with a self-signed certificate naming
 * OFFICE_HOST. Chromium does not trust it any more than the test server's: the contexts accept both
 * through ignoreHTTPSErrors (Security.setIgnoreCertificateErrors, applied in the browser, no Node round trip).
 */
export async function startOfficeStandIn(): Promise<OfficeStandIn> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const selfsigned = require('selfsigned') as { generate(attrs: unknown, options: unknown): Promise<{ private: string; cert: string }> };
  const pems = await selfsigned.generate([{ name: 'commonName', value: OFFICE_HOST }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 7 * 86400000),
    extensions: [{ name: 'basicConstraints', cA: false }, { name: 'subjectAltName', altNames: [{ type: 2, value: OFFICE_HOST }] }],
  });
  const script = fs.readFileSync(path.join(root, 'bench/uiOfficeMock.js'));
  const gzipped = zlib.gzipSync(script);
  const state = { served: 0, unknown: [] as string[] };
  const server = http2.createSecureServer({ key: pems.private, cert: pems.cert, allowHTTP1: true }, (req, res) => {
    const url = new URL(req.url ?? '/', `https://${OFFICE_HOST}`);
    if (url.pathname !== OFFICE_PATH) {
      state.unknown.push(url.pathname);
      res.writeHead(404);
      res.end();
      return;
    }
    state.served += 1;
    const gzip = /gzip/.test(String(req.headers['accept-encoding'] ?? ''));
    // The CDN answers cross-origin preloads too (Access-Control-Allow-Origin: *).
    const headers = { 'content-type': 'text/javascript', 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=86400' };
    res.writeHead(200, gzip ? { ...headers, 'content-encoding': 'gzip', 'content-length': gzipped.length } : headers);
    res.end(gzip ? gzipped : script);
  });
  const sessions = new Set<http2.ServerHttp2Session>();
  server.on('session', (session: http2.ServerHttp2Session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    get served() {
      return state.served;
    },
    unknown: state.unknown,
    async close() {
      for (const session of sessions) session.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * `--host-resolver-rules` (Chromium's net/base/host_mapping_rules.h: MAP rules in order, EXCLUDE
 * exempts a host from all of them): Office.js's host to the stand-in, everything else but localhost to
 * ~NOTFOUND, so nothing leaves the machine even without routes.
 */
export function hostResolverRules(port: number): string {
  return `--host-resolver-rules=MAP ${OFFICE_HOST} 127.0.0.1:${port}, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1`;
}

/** The `--disable-features` list a Playwright launch already passes (a second such switch replaces it, so it is merged). */
async function playwrightDisabledFeatures(browser: Browser): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.goto('chrome://version');
    const line = (await page.locator('#command_line').textContent()) ?? '';
    const all = line.split(/\s+/).filter((a) => a.startsWith('--disable-features='));
    return all.length ? all[all.length - 1].slice('--disable-features='.length).split(',').filter(Boolean) : [];
  } finally {
    await page.context().close();
  }
}

export interface BenchStack extends Stack {
  office: OfficeStandIn;
  /** Throws when `requests` went to any host beside the test server's and Office.js's. */
  assertLocal(requests: string[]): void;
}

/** The browser-test stack (test server, Graph server) with a bench browser of its own: no routes. */
export async function startBenchStack(options: Parameters<typeof startStack>[0] = {}): Promise<BenchStack> {
  const stack = await startStack(options);
  let office: OfficeStandIn | undefined;
  let browser: Browser | undefined;
  try {
    office = await startOfficeStandIn();
    const disabled = [...new Set([...(await playwrightDisabledFeatures(stack.browser)), ...BENCH_DISABLED_FEATURES])];
    const executablePath = findChromium();
    if (!executablePath) throw new Error('No Chromium found: install Debian\'s chromium package or set CHROMIUM_PATH.');
    // Playwright starts no window (--no-startup-window) and opens each page on about:blank.
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, hostResolverRules(office.port), `--disable-features=${disabled.join(',')}`] });
  } catch (error) {
    await office?.close();
    await stack.close();
    throw error;
  }
  const bench = browser;
  const standIn = office;
  await stack.browser.close(); // the stack's routed browser is not used
  async function newPage(pageOptions: StackPageOptions = {}): Promise<StackPage> {
    const context = await bench.newContext({ ignoreHTTPSErrors: true, viewport: { width: pageOptions.width ?? 1024, height: pageOptions.height ?? 800 } });
    const requests: string[] = [];
    // Listening is not routing: the request is not held for this process.
    context.on('request', (request) => void requests.push(request.url()));
    const page = await context.newPage();
    return { context, page, requests };
  }
  return {
    ...stack,
    browser: bench,
    office: standIn,
    newPage,
    assertLocal(requests: string[]) {
      const foreign = foreignHosts(requests, stack.origin, [OFFICE_HOST]);
      if (foreign.length) throw new Error(`the page asked for a host beside the test server and Office.js: ${foreign.join(', ')}`);
      if (standIn.unknown.length) throw new Error(`the Office.js stand-in was asked for ${standIn.unknown.join(', ')}`);
    },
    async close() {
      await bench.close().catch(() => undefined);
      await standIn.close();
      await stack.close();
    },
  };
}
