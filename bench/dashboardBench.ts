// bench:dashboard — a tenant of 1,000 politicians with 30 days of compliance snapshots (30,000 list
// rows): the Graph requests and bytes the admin dashboard needs to load (list pages and the two usage
// reports), the time to build it, and the time to its first render in Chromium, unthrottled and with
// CPU ×4. The production dist/ and the real admin adapters against the local Graph server.

import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Page } from 'playwright-core';
import { createGraphClient } from '../src/adapters/graph/client';
import { LIST_PAGE_SIZE, toFields } from '../src/adapters/graph/complianceList';
import { Agent, fetch as undiciFetch } from 'undici';
import { completeDashboardData, dashboardFrom, fetchLatestDashboardData, LATEST_DAYS } from '../src/app/dashboard/loadDashboard';
import { createAdminPorts, type AdminLocation } from '../src/dashboard/wiring';
import type { ComplianceSnapshot } from '../src/ports/admin';
import { startGraphServer } from '../src/server';
import { startStack } from '../test/browser/support/stack';

const PEOPLE = 1000;
const DAYS = 30;
const RUNS = 3;
const ADMIN = 'kansli@benchby.se';
const NAMNDER = ['Kommunstyrelsen', 'Kommunfullmäktige', 'Barn- och utbildningsnämnden', 'Socialnämnden', 'Miljö- och byggnadsnämnden', 'Kultur- och fritidsnämnden', 'Tekniska nämnden', 'Valnämnden'];

function corpus(): unknown {
  return {
    schema: 'postvakt-corpus/1',
    referenceDate: new Date().toISOString(),
    organizations: [
      { id: 'benchby', name: 'Benchby kommun', politicianDomain: 'pol.benchby.se', orgDomains: ['benchby.se'], registrar: { name: 'Registrator Benchby', address: 'registrator@benchby.se' }, admins: [{ name: 'Kansliet Benchby', address: ADMIN }] },
    ],
    mailboxes: Array.from({ length: PEOPLE }, (_, i) => ({
      organization: 'benchby',
      owner: { name: `Ledamot ${i + 1}`, address: `ledamot${i + 1}@pol.benchby.se` },
      roles: [`ledamot, ${NAMNDER[i % NAMNDER.length].toLowerCase()}`, ...(i % 3 === 0 ? [`ersättare, ${NAMNDER[(i + 3) % NAMNDER.length].toLowerCase()}`] : [])],
      automaticReplies: { status: 'disabled' },
      messages: [],
    })),
  };
}

function snapshot(i: number, date: string, day: number): ComplianceSnapshot {
  const n = (k: number) => (i * 7 + day * 3 + k) % 11;
  return {
    mailbox: `ledamot${i + 1}@pol.benchby.se`,
    displayName: `Ledamot ${i + 1}`,
    namnder: [NAMNDER[i % NAMNDER.length], ...(i % 3 === 0 ? [NAMNDER[(i + 3) % NAMNDER.length]] : [])],
    date,
    hygieneScore: 40 + ((i * 13 + day) % 60),
    deductions: [{ id: 'unread_overdue', points: 10, count: n(1) }],
    backlog: { inbox: 20 + n(2) * 5, sentitems: n(3) * 4, deleteditems: n(4) },
    unreadOverdue: n(5) % 4,
    oldestUnreadDays: n(6) % 3 === 0 ? null : n(6),
    awaitingDecision: { registrera: n(7) % 3, gallra_ej_allman: n(8) % 2, gallra_ringa: n(9), osaker: n(1) % 2, oklassad: n(2) },
    publicRecordsNotForwarded: n(3) % 3,
    logWindowRows: 100 + n(4) * 20,
    flaggedLogRows: n(5) % 4,
    outOfOffice: i % 50 === 0,
    logRequestHolds: i % 200 === 0 ? 1 : 0,
  };
}

interface StateFile {
  site: { lists: Record<string, { name: string; nextItemId: number; items: unknown[] }> };
}

/** The tenant's state with 30 days of every politician's rows, written as their Postvakt would. */
async function prepareState(dir: string): Promise<{ tenantFile: string; stateFile: string }> {
  const tenantFile = path.join(dir, 'tenant.json');
  const stateFile = path.join(dir, 'state.json');
  fs.writeFileSync(tenantFile, JSON.stringify(corpus()));
  const server = await startGraphServer({ tenantFile, dataFile: stateFile, port: 0, host: '127.0.0.1', dev: true });
  await server.close();
  const state = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as StateFile;
  const list = Object.values(state.site.lists).find((l) => l.name === 'PostvaktCompliance');
  if (!list) throw new Error('no compliance list in the server state');
  const today = new Date();
  for (let day = DAYS - 1; day >= 0; day--) {
    const date = new Date(today.getTime() - day * 86_400_000).toISOString().slice(0, 10);
    const at = `${date}T06:00:00Z`;
    for (let i = 0; i < PEOPLE; i++) {
      const mailbox = `ledamot${i + 1}@pol.benchby.se`;
      list.items.push({ id: String(list.nextItemId++), createdDateTime: at, lastModifiedDateTime: at, author: mailbox, editor: mailbox, fields: toFields(snapshot(i, date, day)) });
    }
  }
  fs.writeFileSync(stateFile, JSON.stringify(state));
  return { tenantFile, stateFile };
}

/** Requests and bytes of one dashboard load through the production adapters, in Node. */
async function countTraffic(tenantFile: string, stateFile: string): Promise<void> {
  const dataFile = path.join(path.dirname(stateFile), 'node-state.json');
  fs.copyFileSync(stateFile, dataFile);
  const server = await startGraphServer({ tenantFile, dataFile, port: 0, host: '127.0.0.1', dev: true });
  try {
    // The local server answers one request at a time; a 5,000-row page keeps it busy for seconds, so the
    // concurrent report requests wait longer than undici's 10 s connect timeout would allow.
    // No kept-alive sockets either: the server may close an idle one while it is busy, and a GET that
    // met a closed socket is sent once more (the RetryHandler retries statuses, not lost connections).
    const dispatcher = new Agent({ connect: { ca: server.caCertPem, timeout: 300_000 }, headersTimeout: 300_000, bodyTimeout: 300_000, keepAliveTimeout: 1, keepAliveMaxTimeout: 1 });
    const once = (input: string, init?: RequestInit) => undiciFetch(input, { ...(init as object), dispatcher });
    const fetchImpl = (async (input: string, init?: RequestInit) => {
      try {
        return await once(input, init);
      } catch (error) {
        if ((init?.method ?? 'GET') !== 'GET') throw error;
        return once(input, init);
      }
    }) as unknown as typeof fetch;
    const location = (await (await fetchImpl(`${server.url}/_dev/tenant`)).json()) as AdminLocation;
    const getToken = async (scopes: string[]) => {
      const r = await fetchImpl(`${server.url}/_dev/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user: ADMIN, scopes }) });
      return ((await r.json()) as { access_token: string }).access_token;
    };
    const client = createGraphClient({ baseUrl: server.url, getToken, fetchImpl });
    const ports = createAdminPorts(client, location);
    const clock = { now: () => new Date().toISOString() };
    const deps = { compliance: ports.compliance, usage: ports.usage, clock, actor: { address: ADMIN, role: 'admin' as const } };
    const listStats = () => ({ ...(ports.compliance as unknown as { stats(): { requests: number; bytes: number } }).stats() });
    const reportStats = () => ({ ...(ports.usage as unknown as { stats(): { requests: number; bytes: number } }).stats() });
    // What the page does: the latest 2 days and the reports for the first render, then the 30 days.
    const started = performance.now();
    const latest = await fetchLatestDashboardData(deps);
    const latestFetched = performance.now();
    dashboardFrom(latest);
    const latestBuilt = performance.now();
    const first = { list: listStats(), reports: reportStats() };
    const data = await completeDashboardData(deps, latest);
    const fetched = performance.now();
    const dashboard = dashboardFrom(data);
    const built = performance.now();
    const list = listStats();
    const reports = reportStats();
    console.log(`First render's data (latest ${LATEST_DAYS} days, ${latest.snapshots.length} rows): ${first.list.requests + first.reports.requests} Graph requests (list ${first.list.requests}, usage reports ${first.reports.requests}), ${((first.list.bytes + first.reports.bytes) / 1e6).toFixed(2)} MB; Node fetch ${(latestFetched - started).toFixed(0)} ms, buildDashboard ${(latestBuilt - latestFetched).toFixed(0)} ms`);
    // Each report is a 302 from Graph and then its CSV download: two fetches.
    const floor = Math.ceil(data.snapshots.length / LIST_PAGE_SIZE) + 4;
    console.log(`Tenant: ${PEOPLE} politicians, ${data.snapshots.length} list rows (${DAYS} days), ${dashboard.namnder.length} nämnder, ${dashboard.trend.length} trend days`);
    console.log(`Graph requests to load the whole dashboard (first render + trend): ${list.requests + reports.requests} (list ${list.requests}, usage reports ${reports.requests})`);
    console.log(`  paging floor: ${floor} (${Math.ceil(data.snapshots.length / LIST_PAGE_SIZE)} list pages of ${LIST_PAGE_SIZE} + two reports × (302 + CSV download without the token))`);
    console.log(`Bytes: list ${(list.bytes / 1e6).toFixed(2)} MB, reports ${(reports.bytes / 1e3).toFixed(0)} KB, total ${((list.bytes + reports.bytes) / 1e6).toFixed(2)} MB (uncompressed JSON/CSV)`);
    console.log(`Node: fetch ${(fetched - started).toFixed(0)} ms in all (trend ${(fetched - latestBuilt).toFixed(0)} ms), buildDashboard ${(built - fetched).toFixed(0)} ms`);
  } finally {
    await server.close();
  }
}

/** Records when the politician table's status line appears, from navigation start. */
const MARK_RENDER = () => {
  const w = window as unknown as { renderedAt?: number };
  new MutationObserver(() => {
    if (w.renderedAt === undefined && [...document.querySelectorAll('p[role="status"]')].some((p) => /personer visas/.test(p.textContent ?? ''))) w.renderedAt = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
};

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postvakt-bench-dashboard-'));
  try {
    const { tenantFile, stateFile } = await prepareState(dir);
    await countTraffic(tenantFile, stateFile);
    const stack = await startStack({ tenantFile, stateFile });
    try {
      for (const cpu of [1, 4]) {
        const times: number[] = [];
        let graphRequests = 0;
        for (let run = 0; run < (cpu > 1 ? 2 : RUNS); run++) {
          const { context, page, requests } = await stack.newPage({ width: 1280, height: 900 });
          try {
            await page.addInitScript(MARK_RENDER);
            if (cpu > 1) {
              const cdp = await context.newCDPSession(page);
              await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
            }
            await page.goto(`${stack.origin}/dashboard.html?user=${encodeURIComponent(ADMIN)}`);
            await page.waitForFunction(() => (window as unknown as { renderedAt?: number }).renderedAt !== undefined, undefined, { timeout: 400_000 });
            times.push(await (page as Page).evaluate(() => (window as unknown as { renderedAt: number }).renderedAt));
            graphRequests = requests.filter((u) => /\/v1\.0\/(sites|reports)|\/_reports\//.test(u)).length;
          } finally {
            await context.close();
          }
        }
        console.log(`Chromium, CPU ×${cpu}: first render of the dashboard median ${median(times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')}); page Graph requests ${graphRequests} (report downloads included)`);
      }
    } finally {
      await stack.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
