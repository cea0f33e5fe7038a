// Sign-in run for real in Chromium: the add-in's own MSAL (@azure/msal-browser as shipped in dist/)
// against a local fake Entra ID. Outlook without nested app authentication: the task pane opens the
// Office dialog (dialog.html), which signs in by redirect and hands the token to the parent; the
// person cancelling; a code whose PKCE check fails. A plain browser: the admin page's MSAL popup, and
// its token on a Graph call. No request leaves the page's origin and the fake authority; no CSP
// violation; nothing kept beyond the dialog's sessionStorage; no token, code or address in any log.

import fs from 'fs';
import https from 'https';
import path from 'path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import type { Corpus } from '../../src/domain/corpus';
import { parseCorpus } from '../../src/domain/corpus';
import { startFakeEntra, unsignedJwt, type FakeEntra, type FakeUser } from './support/fakeEntra';
import { foreignHosts, root, startStack, type Stack, type StackPage } from './support/stack';
import { secretsIn, TOKEN_OR_ADDRESS } from './support/logScan';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy } = require(path.join(root, 'scripts/csp.js')) as { contentSecurityPolicy(hosts: { graph: string; signIn: string }): string };

const CLIENT_ID = '3f2a1c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const HELENA: FakeUser = { username: 'helena.norberg@pol.kramfors.se', name: 'Helena Norberg', oid: '0f7c2a54-1d3e-4b6a-9c8d-7e5f4a3b2c1d' };
const ADMIN: FakeUser = { username: 'kansli@kramfors.se', name: 'Kansliet', oid: '6b1e9d20-3c4f-4a5b-8e7d-2c1b0a9f8e7d' };
const OFFICE_MOCK = fs.readFileSync(path.join(root, 'bench/uiOfficeMock.js'), 'utf8');
const CANCELLED_SV = 'Inloggningen avbröts. Försök igen och logga in med ditt kommunkonto.';
const INBOX_EMPTY_SV = 'Inget väntar på beslut. Inkorgen är i ordning.';

jest.setTimeout(120_000);

/**
 * Office.js stood in for. In the task pane: the bench's Outlook read-mode mock without nested app
 * authentication, whose displayDialogAsync opens the page in a real window (as Outlook on the web
 * does) and relays what the dialog sends. In that window (dialog.html): onReady and messageParent,
 * which records the message in the parent before handing it over.
 */
const OFFICE_STANDIN = `
if (window.opener && window.opener.__postvaktDialog) {
  (function () {
    var parent = window.opener.__postvaktDialog;
    window.Office = {
      context: { ui: { messageParent: function (message) {
        var keys = [];
        for (var i = 0; i < sessionStorage.length; i += 1) keys.push(sessionStorage.key(i));
        parent.sent.push({ message: message, sessionStorageKeys: keys, sessionStorageText: keys.map(function (k) { return sessionStorage.getItem(k); }).join('\\n') });
        parent.receive(message);
      } } },
      onReady: function (cb) { var info = { host: null, platform: null }; return new Promise(function (resolve) { setTimeout(function () { if (cb) cb(info); resolve(info); }, 0); }); },
    };
  })();
} else {
${OFFICE_MOCK}
  (function () {
    var Office = window.Office;
    Office.actions = { associate: function () {} };
    Office.context.requirements.isSetSupported = function (name) { return name !== 'NestedAppAuth'; };
    Office.EventType.DialogMessageReceived = 'dialogMessageReceived';
    Office.EventType.DialogEventReceived = 'dialogEventReceived';
    var record = { opened: [], sent: [], events: [], receive: function () {} };
    window.__postvaktDialog = record;
    var open = false;
    Office.context.ui.displayDialogAsync = function (url, options, callback) {
      record.opened.push(url);
      // As Office: one dialog at a time; a second while one is open fails with 12007.
      if (open) {
        record.events.push(12007);
        setTimeout(function () { callback({ status: 'failed', error: { code: 12007, message: 'A dialog is already opened.' } }); }, 0);
        return;
      }
      open = true;
      var handlers = {};
      var closedByParent = false;
      var win = window.open(url, '_blank', 'popup,width=420,height=640');
      var dialog = {
        addEventHandler: function (type, handler) { handlers[type] = handler; },
        close: function () { closedByParent = true; open = false; win.close(); },
      };
      record.receive = function (message) { if (handlers.dialogMessageReceived) handlers.dialogMessageReceived({ message: message, origin: location.origin }); };
      // The person closing the window: Office's 12006.
      var poll = setInterval(function () {
        if (!win.closed) return;
        clearInterval(poll);
        open = false;
        if (!closedByParent && handlers.dialogEventReceived) { record.events.push(12006); handlers.dialogEventReceived({ error: 12006 }); }
      }, 100);
      setTimeout(function () { callback({ status: 'succeeded', value: dialog }); }, 0);
    };
  })();
}
`;

/** Before any page script, in every window: CSP violations go to the test. */
const WATCH = () => {
  document.addEventListener('securitypolicyviolation', (e) => {
    void (window as unknown as { __violation(v: string): void }).__violation(`${location.pathname} ${e.effectiveDirective} ${e.blockedURI}`);
  });
};

let stack: Stack;
let entra: FakeEntra;
let corpus: Corpus;
const consoleLog: string[] = [];
/** Scopes as the local Graph server's /_dev/token names them (no resource prefix). */
const graphScopes = (scopes: string[]) => scopes.map((s) => s.replace(/^https:\/\/graph\.microsoft\.com\//i, ''));

function post(url: string, body: unknown): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method: 'POST', ca: stack.certificate.cert, headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

beforeAll(async () => {
  stack = await startStack();
  corpus = parseCorpus(fs.readFileSync(path.join(root, 'demo/tenant.json'), 'utf8')).corpus as Corpus;
  entra = await startFakeEntra({
    key: stack.certificate.key,
    cert: stack.certificate.cert,
    clientId: CLIENT_ID,
    // As the README's app registration: the Office dialog and the browser popup's redirect page.
    redirectUris: [`${stack.origin}/dialog.html`, `${stack.origin}/redirect.html`],
    users: [HELENA, ADMIN],
    async issueAccessToken(user, scopes) {
      // The admin page reads who signed in from its first token's payload: a JWT for that one.
      if (scopes.some((s) => /Sites\.Selected$/.test(s))) return unsignedJwt({ aud: 'https://graph.microsoft.com', preferred_username: user.username, roles: [], scp: graphScopes(scopes).join(' ') });
      const answer = await post(`${stack.origin}/_dev/token`, { user: user.username, scopes: graphScopes(scopes) });
      if (answer.status !== 200) throw new Error(`/_dev/token answered ${answer.status}`);
      return (answer.json as { access_token: string }).access_token;
    },
  });
}, 180_000);

afterAll(async () => {
  await entra?.close();
  await stack?.close();
});

interface SignInPage extends StackPage {
  violations: string[];
  /** Every request with an Authorization header: URL and the header. */
  authorized: { url: string; authorization: string }[];
}

/** The deployment's config: the fake authority (trusted by name, no instance discovery) and the stack as Graph. */
function deploymentConfig(): Record<string, unknown> {
  return {
    clientId: CLIENT_ID,
    authority: entra.authority,
    knownAuthorities: [new URL(entra.origin).host],
    graphBaseUrl: stack.origin,
    admin: { siteId: 'kramfors.sharepoint.com,1,2', complianceListId: 'compliance', logRequestListId: 'logrequests' },
  };
}

/**
 * The pages as a deployment with this config builds them: the Content-Security-Policy (the <meta>
 * webpack writes, and the header) names this Graph host and this sign-in host (scripts/csp.js).
 */
async function servePagesForThisDeployment(context: BrowserContext): Promise<void> {
  const policy = contentSecurityPolicy({ graph: stack.origin, signIn: entra.origin });
  const pages = new Set(['/taskpane.html', '/dialog.html', '/dashboard.html', '/redirect.html']);
  await context.route(
    (url) => url.origin === stack.origin && pages.has(url.pathname),
    async (route: Route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
      expect(html).toContain(policy);
      await route.fulfill({ status: response.status(), headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy }, body: html });
    },
  );
  // A deployment has no demo tenant: the admin page signs in instead of offering personas.
  await context.route(`${stack.origin}/_demo/tenant`, (route) => route.fulfill({ status: 404, body: '' }));
  await context.route(`${stack.origin}/postvakt.config.json`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(deploymentConfig()) }));
}

async function signInPage(): Promise<SignInPage> {
  const opened = await stack.newPage({ width: 1024, height: 900 });
  // Pages answered by route.fulfill (the CSP above) have no server address, so Chromium counts them
  // as public and its Local Network Access would refuse their fetch to the fake authority on loopback.
  await opened.context.grantPermissions(['local-network-access']);
  const violations: string[] = [];
  const authorized: { url: string; authorization: string }[] = [];
  await opened.context.exposeFunction('__violation', (v: string) => void violations.push(v));
  await opened.context.addInitScript(WATCH);
  await servePagesForThisDeployment(opened.context);
  opened.context.on('console', (m) => void consoleLog.push(m.text()));
  opened.context.on('weberror', (e) => void consoleLog.push(String(e.error())));
  opened.context.on('request', (r) => {
    const authorization = r.headers().authorization;
    if (authorization) authorized.push({ url: r.url(), authorization });
  });
  return { ...opened, violations, authorized };
}

interface DialogRecord {
  opened: string[];
  sent: { message: string; sessionStorageKeys: string[]; sessionStorageText: string }[];
  events: number[];
}

/** The task pane in Outlook (no NAA) with its first item open. */
async function openTaskPane(w: SignInPage): Promise<void> {
  const item = corpus.mailboxes.find((m) => m.owner.address === HELENA.username)!.messages[0];
  await w.context.addInitScript((items) => void ((window as unknown as { __postvaktBenchItems: unknown }).__postvaktBenchItems = items), [item]);
  // Registered after the stack's own route for Office.js, so it answers first.
  await w.context.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ body: OFFICE_STANDIN, contentType: 'text/javascript' }));
  await w.page.goto(`${stack.origin}/taskpane.html`);
  await w.page.getByRole('region', { name: 'Bedömning' }).waitFor({ timeout: 30_000 });
}

/** Waits until `check` holds (polling), or fails after `timeoutMs`. */
async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const dialogRecord = (page: Page) => page.evaluate(() => (window as unknown as { __postvaktDialog: DialogRecord }).__postvaktDialog);

/** What the fake handed out, and the addresses: none may appear in a log. */
function leaked(lines: string[]): string[] {
  return secretsIn(lines, [...entra.issued, HELENA.username, ADMIN.username, HELENA.oid, ADMIN.oid]);
}

describe('sign-in through the Office dialog (Outlook without nested app authentication)', () => {
  it('signs in by redirect in dialog.html and hands the task pane the access token it then sends to Graph', async () => {
    const w = await signInPage();
    try {
      entra.plan('sign-in');
      await openTaskPane(w);
      await w.page.getByRole('tab', { name: 'Inkorgen' }).click();
      await w.page.getByRole('grid', { name: 'Meddelanden som väntar på beslut' }).waitFor({ timeout: 60_000 });
      const record = await dialogRecord(w.page);
      expect(record.events).toEqual([]);
      expect(record.opened).toHaveLength(1);
      const opened = new URL(record.opened[0]!);
      expect(opened.origin + opened.pathname).toBe(`${stack.origin}/dialog.html`);
      expect(opened.searchParams.get('login_hint')).toBe(HELENA.username);
      // The reply in the shape dialogAuth.ts reads: status, accessToken, expiresOn (epoch ms).
      expect(record.sent).toHaveLength(1);
      const reply = JSON.parse(record.sent[0]!.message) as { status: string; accessToken: string; expiresOn: number };
      expect(Object.keys(reply).sort()).toEqual(['accessToken', 'expiresOn', 'status']);
      expect(reply.status).toBe('ok');
      expect(entra.issued).toContain(reply.accessToken);
      expect(reply.expiresOn).toBeGreaterThan(Date.now() + 50 * 60_000);
      // The redirect went to the registered dialog.html, with PKCE S256 and the owner as login hint.
      const authorize = entra.authorizeRequests.at(-1)!;
      expect(authorize.get('redirect_uri')).toBe(`${stack.origin}/dialog.html`);
      expect(authorize.get('code_challenge_method')).toBe('S256');
      expect(authorize.get('login_hint')).toBe(HELENA.username);
      expect(entra.log).toEqual(expect.arrayContaining(['GET /{tenant}/oauth2/v2.0/authorize 302', 'POST /{tenant}/oauth2/v2.0/token 200']));
      // Graph got that token, as a Bearer header, on the configured host only.
      const bearers = w.authorized.filter((a) => a.authorization === `Bearer ${reply.accessToken}`);
      expect(bearers.length).toBeGreaterThan(0);
      expect(w.authorized.filter((a) => new URL(a.url).origin !== stack.origin)).toEqual([]);
      // What MSAL kept lived in the dialog window's sessionStorage; the window is gone, and nothing
      // of the sign-in is in the origin's localStorage or in any cookie.
      expect(record.sent[0]!.sessionStorageText).toContain(reply.accessToken);
      expect(w.context.pages()).toHaveLength(1);
      const local = await w.page.evaluate(() => Object.entries(localStorage).map(([k, v]) => `${k}=${v}`).join('\n'));
      expect(entra.issued.filter((s) => local.includes(s))).toEqual([]);
      expect(local).not.toMatch(/msal|idtoken|accesstoken|refreshtoken/i);
      const cookies = await w.context.cookies();
      expect(cookies.map((c) => c.name)).toEqual([]);
      expect(w.violations).toEqual([]);
      expect(foreignHosts(w.requests, stack.origin, ['localhost', 'appsforoffice.microsoft.com'])).toEqual([]);
      expect(w.requests.filter((r) => /^https:\/\/localhost:/.test(r) && !r.startsWith(stack.origin) && !r.startsWith(entra.origin))).toEqual([]);
      expect(w.requests.some((r) => /microsoftonline|microsoft\.com\/(common|organizations)/.test(r))).toBe(false);
    } finally {
      await w.context.close();
    }
  });

  it('tells the person in Swedish that sign-in was cancelled when they cancel at the sign-in page', async () => {
    const w = await signInPage();
    try {
      entra.plan('cancel');
      const from = entra.log.length;
      await openTaskPane(w);
      await w.page.getByRole('tab', { name: 'Inkorgen' }).click();
      await w.page.getByText(CANCELLED_SV).first().waitFor({ timeout: 60_000 });
      const record = await dialogRecord(w.page);
      expect(record.sent).toHaveLength(1);
      expect(JSON.parse(record.sent[0]!.message)).toEqual({ status: 'error', code: 'access_denied' });
      // Postvakt keeps no marker of its own in the dialog's sessionStorage (only MSAL's cache).
      expect(record.sent[0]!.sessionStorageKeys.filter((k) => k.startsWith('postvakt.'))).toEqual([]);
      // The mailbox could not be read: the error and a way to try again, never the empty-inbox all-clear.
      await w.page.getByRole('button', { name: 'Försök igen' }).waitFor({ timeout: 10_000 });
      expect(await w.page.getByText(INBOX_EMPTY_SV).count()).toBe(0);
      expect(entra.log.slice(from)).toContain('GET /{tenant}/oauth2/v2.0/authorize 302 access_denied');
      expect(entra.log.slice(from).filter((l) => l.startsWith('POST'))).toEqual([]);
      expect(w.context.pages()).toHaveLength(1);
      expect(w.violations).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('ends in auth_failed, not a wait, when the code cannot be redeemed (wrong PKCE verifier)', async () => {
    const w = await signInPage();
    try {
      entra.plan('pkce-mismatch');
      await openTaskPane(w);
      await w.page.getByRole('tab', { name: 'Inkorgen' }).click();
      const started = Date.now();
      await w.page.waitForFunction(() => (window as unknown as { __postvaktDialog: DialogRecord }).__postvaktDialog.sent.length > 0, undefined, { timeout: 30_000 });
      expect(Date.now() - started).toBeLessThan(20_000);
      const record = await dialogRecord(w.page);
      const reply = JSON.parse(record.sent[0]!.message) as { status: string; code: string };
      expect(reply.status).toBe('error');
      expect(reply.code).toBe('invalid_grant');
      expect(entra.log).toContain('POST /{tenant}/oauth2/v2.0/token 400 AADSTS501481');
      await w.page.getByText('Inloggningen misslyckades. Försök igen om en stund', { exact: false }).first().waitFor({ timeout: 30_000 });
      expect(w.violations).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

/**
 * Opens the admin page and waits for its Logga in button: no popup may open before the click (a
 * browser blocks a popup no click opened; headless Chromium does not, so the test counts them).
 * Returns the popup the click opened.
 */
async function signInByClick(w: SignInPage): Promise<Page> {
  const popups: Page[] = [];
  w.page.on('popup', (p) => void popups.push(p));
  const authorizeBefore = entra.authorizeRequests.length;
  // Swedish first, as a Swedish browser would ask for it (headless Chromium says en-US).
  await w.page.goto(`${stack.origin}/dashboard.html?lang=sv`);
  const button = w.page.getByRole('button', { name: 'Logga in' });
  await button.waitFor({ timeout: 30_000 }).catch(async (error: Error) => {
    throw new Error(`${error.message}\nThe page said: ${await w.page.locator('main').innerText().catch(() => '(no main)')}`);
  });
  await w.page.getByText('Logga in med ditt kommunkonto', { exact: false }).waitFor();
  expect(popups).toEqual([]);
  expect(w.context.pages()).toHaveLength(1);
  expect(entra.authorizeRequests.length).toBe(authorizeBefore);
  const [popup] = await Promise.all([w.page.waitForEvent('popup', { timeout: 10_000 }), button.click()]);
  return popup;
}

describe('sign-in in a plain browser (the admin page)', () => {
  it('opens no popup at page load, and signs in through the popup the Logga in click opens, sending the token to the configured Graph host', async () => {
    const w = await signInPage();
    try {
      entra.plan('sign-in');
      const popup = await signInByClick(w);
      if (!popup.isClosed()) await popup.waitForEvent('close', { timeout: 30_000 });
      await until(() => w.authorized.some((a) => a.url.startsWith(`${stack.origin}/v1.0/`)), 30_000);
      const first = w.authorized.find((a) => a.url.startsWith(`${stack.origin}/v1.0/`))!;
      expect(entra.issued).toContain(first.authorization.replace(/^Bearer /, ''));
      expect(w.authorized.filter((a) => new URL(a.url).origin !== stack.origin)).toEqual([]);
      expect(w.violations).toEqual([]);
      expect(w.requests.some((r) => /microsoftonline/.test(r))).toBe(false);
    } finally {
      await w.context.close();
    }
  });
});

describe('a claims challenge (Conditional Access) in the plain browser', () => {
  it('signs in once more through the popup with the claims Entra asked for, and only once', async () => {
    const w = await signInPage();
    try {
      entra.plan('claims-challenge', 'claims-challenge');
      const from = entra.authorizeRequests.length;
      const fromLog = entra.log.length;
      await signInByClick(w);
      await until(() => w.authorized.some((a) => a.url.startsWith(`${stack.origin}/v1.0/`)), 30_000);
      const asked = entra.authorizeRequests.slice(from);
      expect(asked).toHaveLength(2);
      expect(asked[0]!.get('claims') ?? '').not.toContain('acrs');
      expect(JSON.parse(asked[1]!.get('claims')!)).toMatchObject(JSON.parse(entra.challengeClaims));
      expect(entra.log.slice(fromLog).filter((l) => l.startsWith('POST'))).toEqual(['POST /{tenant}/oauth2/v2.0/token 400 AADSTS50076', 'POST /{tenant}/oauth2/v2.0/token 200']);
      expect(w.violations).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

describe('logs after the sign-in flows', () => {
  it('hold no token, code or address (fake Entra ID, Graph server, browser console)', () => {
    expect(entra.issued.length).toBeGreaterThan(5);
    expect(consoleLog.length + stack.serverLog.length).toBeGreaterThan(0);
    expect(leaked([...entra.log, ...stack.serverLog, ...consoleLog])).toEqual([]);
    expect([...stack.serverLog, ...consoleLog].join('\n').match(TOKEN_OR_ADDRESS)).toBeNull();
  });
});
