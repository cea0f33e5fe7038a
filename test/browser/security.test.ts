// Security in a real Chromium: the CSP of every emitted page, Office.js's telemetry refused, hostile
// payloads in every field shown as text (nothing runs, nothing is fetched), and logs free of tokens,
// subjects, bodies and addresses after the demo flows (open, classify, send to registrar, gallra).

import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import type { Corpus } from '../../src/domain/corpus';
import { parseCorpus } from '../../src/domain/corpus';
import { openAs, openTab } from './support/page';
import { foreignHosts, OUTLOOK_HOSTS, root, startStack, type Stack, type StackPage } from './support/stack';
import { secretsIn, TOKEN_OR_ADDRESS } from './support/logScan';

const TENANT = path.join(root, 'test/fixtures/tenants/hostile.json');
const POLITICIAN = 'hanna.hostil@pol.kramfors.se';
const REGISTRAR = 'registrator@kramfors.se';
const DIST = path.join(root, 'dist');
const OFFICE_MOCK = fs.readFileSync(path.join(root, 'bench/uiOfficeMock.js'), 'utf8');
/** The ribbon commands' registration, which the bench's Office.js stand-in leaves out. */
const OFFICE_MOCK_EXTRA = '\nwindow.Office.actions = { associate: function () {} };\n';

jest.setTimeout(180_000);

let stack: Stack;
const corpus = parseCorpus(fs.readFileSync(TENANT, 'utf8')).corpus as Corpus;
/** Everything any page printed to its console, and its uncaught errors. */
const consoleLog: string[] = [];
/** Access tokens the dev token endpoint issued to the pages. */
const tokens = new Set<string>();

beforeAll(async () => {
  stack = await startStack({ tenantFile: TENANT });
}, 180_000);

afterAll(async () => {
  await stack?.close();
});

/** Before any page script: CSP violations and the canary the payloads would set. */
const WATCH = () => {
  const w = window as unknown as { __violations: string[] };
  w.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
};

interface Watched extends StackPage {
  dialogs: string[];
}

async function watchedPage(options: { officeItem?: unknown } = {}): Promise<Watched> {
  const opened = await stack.newPage({ width: 1024, height: 900 });
  const { context, page } = opened;
  const dialogs: string[] = [];
  await context.addInitScript(WATCH);
  if (options.officeItem) {
    await context.addInitScript((items) => void ((window as unknown as { __postvaktBenchItems: unknown }).__postvaktBenchItems = items), [options.officeItem]);
    // Registered after the stack's route, so it answers first: Outlook's Office.js, stood in for.
    await context.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ body: OFFICE_MOCK + OFFICE_MOCK_EXTRA, contentType: 'text/javascript' }));
  }
  context.on('page', (p) => void p.on('dialog', (d) => void d.dismiss()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => void consoleLog.push(m.text()));
  page.on('pageerror', (e) => void consoleLog.push(String(e)));
  page.on('response', (r) => {
    if (!r.url().endsWith('/_dev/token')) return;
    void r.json().then((b: { access_token?: string }) => b.access_token && tokens.add(b.access_token)).catch(() => undefined);
  });
  return { ...opened, dialogs };
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Elements or attributes no message content may ever produce in the page. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate((origin) => {
    const found: string[] = [];
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) found.push(`window.__pwned = ${String((window as unknown as { __pwned?: unknown }).__pwned)}`);
    if (({} as { polluted?: unknown }).polluted !== undefined) found.push('Object.prototype polluted');
    for (const el of Array.from(document.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase();
      // Postvakt's own forms carry no action: the registration card's (a child of its section) and the log requests'
      // "Registrera ny begäran" (which the dashboard may or may not have rendered when this runs). Any other form is not ours.
      const ownForm =
        tag === 'form' &&
        !el.hasAttribute('action') &&
        (/^register-/.test(el.parentElement?.getAttribute('aria-labelledby') ?? '') || ['Registrera ny begäran', 'Record a new request'].includes(el.getAttribute('aria-label') ?? ''));
      if (['iframe', 'object', 'embed', 'base', 'form', 'frame'].includes(tag) && !ownForm) found.push(`<${tag}>`);
      if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) found.push('<meta refresh>');
      if (tag === 'script' && (!el.getAttribute('src') || !/^(https:\/\/appsforoffice\.microsoft\.com\/|[^:]+$)/.test(el.getAttribute('src')!)) && !(el.getAttribute('src') ?? '').startsWith(origin)) found.push(`<script src=${el.getAttribute('src')}>`);
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) found.push(`<${tag} ${a.name}>`);
        if (/^\s*javascript:/i.test(a.value)) found.push(`<${tag} ${a.name}=javascript:>`);
        if (/evil\.example/i.test(a.value)) found.push(`<${tag} ${a.name}=evil.example>`);
      }
    }
    return found;
  }, stack.origin);
}

async function expectNothingRan(w: Watched): Promise<void> {
  expect(await injected(w.page)).toEqual([]);
  expect(w.dialogs).toEqual([]);
  expect(foreignHosts(w.requests, stack.origin)).toEqual([]);
  expect(await violations(w.page)).toEqual([]);
}

/** Opens each message of the open view's list in turn, checking after each. */
async function openEveryMessage(w: Watched): Promise<number> {
  await openTab(w.page, 'Inkorgen');
  await w.page.getByRole('grid', { name: 'Meddelanden som väntar på beslut' }).waitFor({ timeout: 60_000 });
  const buttons = w.page.getByRole('button', { name: /^Öppna: / });
  const count = await buttons.count();
  for (let i = 0; i < count; i += 1) {
    await buttons.nth(i).click();
    await w.page.getByRole('region', { name: 'Bedömning' }).waitFor();
    await expectNothingRan(w);
    await openTab(w.page, 'Inkorgen');
  }
  return count;
}

/** Registrar mode: opens each delivery of the queue and the handled list (delivery card and registration card), checking after each; the references opened. */
async function openEveryDelivery(w: Watched): Promise<string[]> {
  await openTab(w.page, 'Inkorgen');
  await w.page.getByRole('heading', { name: /^Att diarieföra \(\d+\)$/ }).waitFor({ timeout: 60_000 });
  await expectNothingRan(w);
  const rows = w.page.locator('main ul > li > button');
  const count = await rows.count();
  const refs: string[] = [];
  for (let i = 0; i < count; i += 1) {
    await rows.nth(i).click();
    const card = w.page.getByRole('heading', { name: /^Leverans från Postvakt · Referens / });
    await card.waitFor({ timeout: 30_000 });
    await w.page.getByRole('heading', { name: /^(Diarieför \(OSL 5 kap\. 2 §\)|Diarieförd som |Makulerad: )/ }).waitFor();
    refs.push(((await card.textContent()) ?? '').replace(/^.*Referens /, ''));
    await expectNothingRan(w);
  }
  return refs;
}

const pages = fs.readdirSync(DIST).filter((f) => f.endsWith('.html'));

describe('the Content-Security-Policy', () => {
  it('is on every page webpack emits, first in <head>, without inline script or eval', () => {
    expect(pages).toEqual(expect.arrayContaining(['taskpane.html', 'demo.html', 'commands.html', 'dialog.html', 'launchevent.html']));
    for (const file of pages) {
      const html = fs.readFileSync(path.join(DIST, file), 'utf8');
      const meta = /<head>(?:<meta charset="utf-8"\/?>)?<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
      expect([file, meta !== null]).toEqual([file, true]);
      const policy = meta![1];
      expect(policy).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
      expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      expect(policy).toMatch(/connect-src 'self' https:\/\/graph\.microsoft\.com https:\/\/outlook\.office\.com https:\/\/login\.microsoftonline\.com;/);
      expect(policy).toMatch(/object-src 'none'/);
      expect(policy).toMatch(/base-uri 'self'/);
      // No inline script anywhere in the page.
      expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
    }
  });

  it.each(pages)('%s loads in an Outlook-shaped page with no violation and no host beyond origin, Graph, sign-in and Office.js', async (file) => {
    const officeItem = corpus.mailboxes[0].messages[0];
    const w = await watchedPage({ officeItem: file === 'demo.html' ? undefined : officeItem });
    try {
      const response = await w.page.goto(`${stack.origin}/${file}${file === 'demo.html' ? `?user=${POLITICIAN}` : ''}`);
      expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
      if (file === 'demo.html' || file === 'taskpane.html') await w.page.getByRole('region', { name: 'Bedömning' }).waitFor({ timeout: 30_000 });
      else await w.page.waitForLoadState('load');
      await w.page.waitForTimeout(500);
      expect(await violations(w.page)).toEqual([]);
      expect(foreignHosts(w.requests, stack.origin, file === 'demo.html' ? [] : OUTLOOK_HOSTS)).toEqual([]);
      expect(await injected(w.page)).toEqual([]);
      expect(w.dialogs).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('refuses Office.js\'s telemetry frame in a plain browser: no request reaches the telemetry host', async () => {
    const w = await watchedPage();
    try {
      await w.page.goto(`${stack.origin}/taskpane.html`);
      // Outside Office, Office.js's host lookup frames Microsoft's telemetry service after 3 s.
      await w.page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0, undefined, { timeout: 15_000 });
      const seen = await violations(w.page);
      expect(seen.length).toBeGreaterThan(0);
      // Office.js also hides that frame with a style attribute, which style-src (no 'unsafe-inline') refuses.
      for (const v of seen) expect(v).toMatch(/^(frame-src https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com|style-src-attr inline$)/);
      expect(seen.some((v) => v.startsWith('frame-src'))).toBe(true);
      expect(foreignHosts(w.requests, stack.origin, ['appsforoffice.microsoft.com'])).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('blocks a script or event handler injected into the page', async () => {
    const w = await watchedPage();
    try {
      await openAs(w.page, stack.url, POLITICIAN);
      await w.page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = "window.__pwned = 'inline'";
        document.body.appendChild(s);
        const div = document.createElement('div');
        div.innerHTML = '<img src="data:," onerror="window.__pwned = \'handler\'">';
        document.body.appendChild(div);
      });
      await w.page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length >= 2);
      expect(await w.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      // Each is reported once per policy (the <meta> and the header).
      expect([...new Set((await violations(w.page)).map((v) => v.split(' ')[0]))].sort()).toEqual(['script-src-attr', 'script-src-elem']);
      // The detector the payload tests rely on sees such an element.
      expect(await injected(w.page)).toContain('<img onerror>');
    } finally {
      await w.context.close();
    }
  });
});

describe('hostile payloads in the task pane', () => {
  it('shows every message of a hostile mailbox as text: no dialog, no request, nothing injected', async () => {
    const w = await watchedPage();
    try {
      await openAs(w.page, stack.url, POLITICIAN);
      await w.page.getByRole('region', { name: 'Bedömning' }).waitFor({ timeout: 30_000 });
      await expectNothingRan(w);
      expect(await openEveryMessage(w)).toBeGreaterThanOrEqual(8);
      await w.page.getByText("<script>window.__pwned='script';alert(2)</script>", { exact: false }).first().waitFor();
      for (const tab of ['Hygien', 'Logg 30 dagar']) {
        await openTab(w.page, tab);
        await w.page.waitForTimeout(1500);
        await expectNothingRan(w);
      }
    } finally {
      await w.context.close();
    }
  });

  it('shows a delivery with hostile attachment names and a hostile, mistyped metadata JSON to the registrar without running any of it', async () => {
    const w = await watchedPage();
    try {
      await openAs(w.page, stack.url, POLITICIAN);
      // A second delivery whose metadata JSON is hostile: strings with markup, wrong types, prototype keys.
      const status = await w.page.evaluate(async ({ to }) => {
        const t = await fetch('/_dev/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user: 'hanna.hostil@pol.kramfors.se' }) });
        const { access_token } = (await t.json()) as { access_token: string };
        const metadata = '{"schema":7,"politician":{"name":"<img src=x onerror=window.__pwned=1>","address":["x"]},"verdict":{"category":"<script>window.__pwned=2</script>","reasons":"no array"},"key":{"$ne":null},"originalReceivedDateTime":"javascript:alert(1)","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';
        const b64 = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s)));
        const r = await fetch('/v1.0/me/sendMail', {
          method: 'POST',
          headers: { Authorization: `Bearer ${access_token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({
            message: {
              subject: 'Handling för diarieföring, ref 9876543210 "><svg/onload=window.__pwned=3>',
              body: { contentType: 'html', content: '<p>Handling</p><img src=x onerror="window.__pwned=4">' },
              toRecipients: [{ emailAddress: { address: to } }],
              attachments: [
                { '@odata.type': '#microsoft.graph.fileAttachment', name: 'postvakt-metadata-9876543210.json', contentType: 'application/json', contentBytes: b64(metadata) },
                { '@odata.type': '#microsoft.graph.fileAttachment', name: 'handling-9876543210.eml', contentType: 'message/rfc822', contentBytes: b64('Subject: <script>window.__pwned=5</script>\r\n\r\n<img src=x onerror=alert(1)>') },
              ],
            },
          }),
        });
        return r.status;
      }, { to: REGISTRAR });
      expect(status).toBe(202);
      // The registrar gets the registrar workspace: the queue, then each delivery's card and registration card.
      await openAs(w.page, stack.url, REGISTRAR);
      await expectNothingRan(w);
      const refs = await openEveryDelivery(w);
      expect(refs).toContain('9876543210');
      await w.page.getByRole('button', { name: /9876543210|<script>/ }).first().click();
      await w.page.getByRole('heading', { name: 'Leverans från Postvakt · Referens 9876543210' }).waitFor();
      await w.page.getByText('Leveransens metadata är felaktig och visas inte. Uppgifterna kommer från originalets MIME.').waitFor();
      await expectNothingRan(w);
    } finally {
      await w.context.close();
    }
  });
});

describe('logs after the demo flows', () => {
  it('hold no token, subject, body text or address of the tenant (server log and browser console)', async () => {
    const w = await watchedPage();
    try {
      await openAs(w.page, stack.url, POLITICIAN);
      // Classify: the Inkorgen view classifies the mailbox. Send to registrar: the remiss. Gallra: the party newsletter.
      await openTab(w.page, 'Inkorgen');
      await w.page.getByRole('grid', { name: 'Meddelanden som väntar på beslut' }).waitFor({ timeout: 60_000 });
      await w.page.getByRole('button', { name: /^Öppna: Remiss: Översiktsplan/ }).click();
      await w.page.getByRole('button', { name: 'Skicka till registrator' }).click();
      await w.page.getByRole('dialog', { name: 'Skicka till registrator?' }).getByRole('button', { name: 'Skicka till registrator' }).click();
      await w.page.getByText('Skickat till registrator och gallrat från inkorg, skickat och papperskorg.').waitFor({ timeout: 60_000 });
      await openTab(w.page, 'Inkorgen');
      await w.page.getByRole('button', { name: /^Öppna: Partiets nyhetsbrev/ }).click();
      await w.page.getByRole('button', { name: 'Gallra' }).click();
      await w.page.getByRole('dialog', { name: 'Gallra meddelandet?' }).getByRole('button', { name: 'Gallra' }).click();
      await w.page.getByText('Gallrat från inkorg, skickat och papperskorg.').waitFor({ timeout: 30_000 });
      await openTab(w.page, 'Logg 30 dagar');
      await w.page.getByRole('button', { name: 'Exportera CSV' }).waitFor({ timeout: 30_000 });
      await expectNothingRan(w);
    } finally {
      await w.context.close();
    }

    const secrets = new Set<string>(tokens);
    expect(tokens.size).toBeGreaterThan(0);
    for (const mailbox of corpus.mailboxes) {
      secrets.add(mailbox.owner.address.toLowerCase());
      for (const m of mailbox.messages) {
        secrets.add(m.subject.slice(0, 40));
        for (const a of [m.from, ...m.toRecipients, ...m.ccRecipients]) if (a.address) secrets.add(a.address.toLowerCase());
        const words = m.body.content.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
        if (words.length >= 20) secrets.add(words.slice(0, 30));
      }
    }
    secrets.add('Översiktsplan');
    const logs = [...stack.serverLog, ...consoleLog];
    expect(stack.serverLog.length).toBeGreaterThan(20);
    expect(secretsIn(logs, [...secrets].filter((s) => s.length >= 8))).toEqual([]);
    // Nothing that looks like a bearer token or an address either, whatever its source.
    expect(logs.join('\n').match(TOKEN_OR_ADDRESS)).toBeNull();
  });
});
