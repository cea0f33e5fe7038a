// Benchmark: metadata of a 10,000-message mailbox (30-day window) plus folder counts, through the Graph adapter.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphClient } from '../src/adapters/graph/client';
import { devTokenProvider } from '../src/adapters/graph/devToken';
import { createNodeFetch } from '../src/adapters/graph/nodeFetch';
import { createGraphMailbox } from '../src/adapters/graph/graphMailbox';
import { MAIL_FOLDERS, type WellKnownFolder } from '../src/domain/types';
import { startGraphServer } from '../src/server/index';

const DAY = 86_400_000;

export interface SyntheticTenantOptions {
  messages: number;
  /** Spread of receivedDateTime back from `now`, in days. */
  days: number;
  now: Date;
  owner?: string;
  /** Share of messages per folder; the rest go to deleteditems. */
  inboxShare?: number;
  sentShare?: number;
}

const OWNER = 'bench.politiker@pol.benchkommun.se';

/**
 * Wraps a fetch to measure, at the wire, the most mailbox operations in flight at once
 * (a $batch counts as its items, up to the 4 Graph runs in parallel).
 */
export function inFlightProbe(inner: typeof fetch): { fetchImpl: typeof fetch; max: () => number; reset: () => void } {
  let open = 0;
  let max = 0;
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    let weight = 1;
    if (/\/\$batch(\?|$)/.test(url) && typeof init?.body === 'string') {
      weight = Math.min(4, (JSON.parse(init.body) as { requests: unknown[] }).requests.length);
    }
    open += weight;
    max = Math.max(max, open);
    try {
      return await inner(input, init);
    } finally {
      open -= weight;
    }
  }) as typeof fetch;
  return { fetchImpl, max: () => max, reset: () => { max = open; } };
}

/** A tenant file in the corpus schema: one organisation, one politician with `messages` mails. */
export function syntheticTenant(options: SyntheticTenantOptions): Record<string, unknown> {
  const owner = options.owner ?? OWNER;
  const inboxShare = options.inboxShare ?? 0.6;
  const sentShare = options.sentShare ?? 0.25;
  const span = options.days * DAY;
  const messages = Array.from({ length: options.messages }, (_, i) => {
    const r = (i * 0.618033988749895) % 1;
    const folder: WellKnownFolder = r < inboxShare ? 'inbox' : r < inboxShare + sentShare ? 'sentitems' : 'deleteditems';
    const received = new Date(options.now.getTime() - ((i * 7919) % options.messages) / options.messages * span - 60_000);
    const sent = new Date(received.getTime() - 30_000);
    const other = { name: `Avsändare ${i % 97}`, address: `person${i % 97}@example.se` };
    const me = { name: 'Bench Politiker', address: owner };
    return {
      id: `bench-${i}`,
      folder,
      receivedDateTime: received.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      sentDateTime: sent.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      isRead: i % 3 !== 0,
      importance: 'normal',
      from: folder === 'sentitems' ? me : other,
      toRecipients: [folder === 'sentitems' ? other : me],
      ccRecipients: [],
      subject: `Ärende ${i}: synpunkter på detaljplan`,
      body: { contentType: 'text', content: `Hej!\n\nMeddelande nummer ${i}. ${'Lorem ipsum dolor sit amet. '.repeat(8)}` },
      internetMessageHeaders: [],
      attachments: [],
    };
  });
  return {
    schema: 'postvakt-corpus/1',
    referenceDate: options.now.toISOString(),
    organizations: [
      {
        id: 'benchkommun',
        name: 'Benchkommun',
        politicianDomain: 'pol.benchkommun.se',
        orgDomains: ['benchkommun.se'],
        registrar: { name: 'Registrator Benchkommun', address: 'registrator@benchkommun.se' },
      },
    ],
    mailboxes: [
      { organization: 'benchkommun', owner: { name: 'Bench Politiker', address: owner }, roles: ['ledamot, kommunfullmäktige'], messages },
    ],
  };
}

async function main(): Promise<void> {
  const now = new Date();
  const dir = await mkdtemp(join(tmpdir(), 'postvakt-graph-bench-'));
  const tenantFile = join(dir, 'tenant.json');
  await writeFile(tenantFile, JSON.stringify(syntheticTenant({ messages: 10_000, days: 60, now })));
  const server = await startGraphServer({ tenantFile, dataFile: join(dir, 'data.json'), port: 0, host: '127.0.0.1', dev: true });
  try {
    const probe = inFlightProbe(createNodeFetch(server.caCertPem) as typeof fetch);
    const client = createGraphClient({
      baseUrl: server.url,
      getToken: devTokenProvider(server.url, OWNER, server.caCertPem),
      fetchImpl: probe.fetchImpl,
    });
    const mailbox = createGraphMailbox(client, { address: OWNER });
    const since = new Date(now.getTime() - 30 * DAY).toISOString();
    const started = performance.now();
    const [folders, messages] = await Promise.all([
      mailbox.folderSummaries(),
      mailbox.listMessages({ folders: MAIL_FOLDERS, since }),
    ]);
    const wallMs = performance.now() - started;
    const stats = mailbox.stats();
    const lines = [
      'bench:graph — 10,000-message mailbox, all folders, 30-day window, folder counts',
      `  folders:        ${folders.map((f) => `${f.folder} ${f.totalItemCount} (${f.unreadItemCount} unread)`).join(', ')}`,
      `  listed:         ${messages.length} messages in the window`,
      `  requests:       ${stats.requests} (goal ≤ 15)`,
      `  bytes:          ${stats.bytes} (${stats.requestBytes} sent, ${stats.responseBytes} received)`,
      `  wall time:      ${wallMs.toFixed(0)} ms`,
      `  max in flight:  ${probe.max()} operations on the wire (limiter saw ${stats.maxInFlight}; goal ≤ 4)`,
      `  verdict:        ${stats.requests <= 15 && probe.max() <= 4 ? 'within goals' : 'GOAL MISSED'}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench:graph failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
