// `npm start` itself (scripts/start.js: tsc, the local Graph server, webpack-dev-server) on the hostile
// tenant: the CSP header and no violation, no host beyond the origin, and a terminal free of
// tokens, subjects, bodies and addresses after opening and classifying the mailbox.

import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { parseCorpus, type Corpus } from '../../src/domain/corpus';
import { openAs, openTab } from './support/page';
import { secretsIn, TOKEN_OR_ADDRESS } from './support/logScan';
import { foreignHosts, root } from './support/stack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findChromium, CHROMIUM_ARGS } = require(path.join(root, 'scripts/chromium.js')) as { findChromium(): string | null; CHROMIUM_ARGS: string[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { dataFileFor } = require(path.join(root, 'scripts/demo-stack.js')) as { dataFileFor(tenant: string): string };

const TENANT = path.join(root, 'test/fixtures/tenants/hostile.json');
const POLITICIAN = 'hanna.hostil@pol.kramfors.se';

jest.setTimeout(420_000);

let child: ChildProcess | null = null;
let browser: Browser | null = null;
let output = '';

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  fs.rmSync(dataFileFor(TENANT), { force: true });
});

/** Starts `node scripts/start.js` on a free port and answers the URL it prints. */
function startDevServer(): Promise<string> {
  fs.rmSync(dataFileFor(TENANT), { force: true });
  child = spawn(process.execPath, [path.join(root, 'scripts/start.js'), '--tenant', TENANT, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /open (https:\/\/localhost:\d+\/demo\.html)/.exec(output);
      if (url) resolve(url[1]);
    };
    child!.stdout!.on('data', seen);
    child!.stderr!.on('data', seen);
    child!.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}

describe('npm start (the dev server)', () => {
  it('serves the demo under the CSP, reaches only its origin and logs nothing of the mailbox', async () => {
    const url = await startDevServer();
    browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const requests: string[] = [];
    const consoleLog: string[] = [];
    const tokens: string[] = [];
    context.on('request', (r) => void requests.push(r.url()));
    // Anything off this origin would be the internet: refuse it (it is recorded above all the same).
    await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    page.on('console', (m) => void consoleLog.push(m.text()));
    page.on('pageerror', (e) => void consoleLog.push(String(e)));
    page.on('response', (r) => {
      if (r.url().endsWith('/_dev/token')) void r.json().then((b: { access_token?: string }) => b.access_token && tokens.push(b.access_token)).catch(() => undefined);
    });

    // The dev server holds the first request until webpack's first compile is done (14 s on a quiet
    // machine, minutes on a loaded one).
    const response = await page.goto(url, { timeout: 240_000 });
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    await openAs(page, url, POLITICIAN);
    await page.getByRole('region', { name: 'Bedömning' }).waitFor({ timeout: 60_000 });
    await openTab(page, 'Inkorgen');
    await page.getByRole('grid', { name: 'Meddelanden som väntar på beslut' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: /^Öppna: / }).first().click();
    await page.getByRole('region', { name: 'Bedömning' }).waitFor();

    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(foreignHosts(requests, new URL(url).origin)).toEqual([]);
    expect(tokens.length).toBeGreaterThan(0);

    const corpus = parseCorpus(fs.readFileSync(TENANT, 'utf8')).corpus as Corpus;
    const secrets = new Set(tokens);
    for (const mailbox of corpus.mailboxes) {
      for (const m of mailbox.messages) {
        secrets.add(m.subject.slice(0, 40));
        for (const a of [m.from, ...m.toRecipients]) secrets.add(a.address.toLowerCase());
      }
    }
    const logs = `${output}\n${consoleLog.join('\n')}`;
    expect(secretsIn([logs], [...secrets].filter((s) => s.length >= 8))).toEqual([]);
    expect(logs.match(TOKEN_OR_ADDRESS)).toBeNull();
  });
});
