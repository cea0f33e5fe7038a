// Benchmark: hygiene + exposure reports of a 10,000-message mailbox (metadata only; classification
// traffic counted apart) and a bulk gallra of 500 messages, through the Graph adapter and the local server.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphClient } from '../src/adapters/graph/client';
import { devTokenProvider } from '../src/adapters/graph/devToken';
import { createGraphMailbox, type GraphMailbox } from '../src/adapters/graph/graphMailbox';
import { createNodeFetch } from '../src/adapters/graph/nodeFetch';
import { classifyInbox } from '../src/app/classifyMailbox';
import { gallra } from '../src/app/gallra';
import { loadReports } from '../src/app/reports';
import { DEFAULT_PROFILE } from '../src/domain/policy';
import type { Profile } from '../src/domain/policy/types';
import { MAIL_FOLDERS, type MailboxOwner, type Verdict } from '../src/domain/types';
import { systemClock } from '../src/ports/clock';
import { startGraphServer } from '../src/server/index';
import { inFlightProbe, syntheticTenant } from './graphBench';
import { installHtmlToText } from '../src/domain/text/installHtmlToText';

const OWNER: MailboxOwner = { name: 'Bench Politiker', address: 'bench.politiker@pol.benchkommun.se', roles: ['ledamot, kommunfullmäktige'] };

/** The shipped default profile, made Benchkommun's. */
const profile: Profile = {
  ...DEFAULT_PROFILE,
  id: 'benchkommun',
  name: 'Benchkommun',
  politicianDomain: 'pol.benchkommun.se',
  orgDomains: ['benchkommun.se'],
  registrar: { name: 'Registrator Benchkommun', address: 'registrator@benchkommun.se' },
  readCadence: { kind: 'weekdays', source: 'Kramfors 5.2: E-posten ska öppnas varje dag, måndag till fredag' },
};

/** Bodies fetched and verdicts written in the classification measurement (both in $batch requests of 20). */
const CLASSIFY_SAMPLE = 500;

interface Measure {
  requests: number;
  bytes: number;
  metadata: number;
  classification: number;
  action: number;
  ms: number;
  maxInFlight: number;
}

async function measure<T>(mailbox: GraphMailbox, probe: { max: () => number; reset: () => void }, work: () => Promise<T>): Promise<[T, Measure]> {
  mailbox.resetStats();
  probe.reset();
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  const s = mailbox.stats();
  return [
    result,
    {
      requests: s.requests,
      bytes: s.bytes,
      metadata: s.byCategory.metadata.requests,
      classification: s.byCategory.classification.requests,
      action: s.byCategory.action.requests,
      ms,
      maxInFlight: Math.max(probe.max(), s.maxInFlight),
    },
  ];
}

function line(label: string, m: Measure): string {
  return (
    `  ${label.padEnd(34)} ${String(m.requests).padStart(6)} requests ` +
    `(metadata ${m.metadata}, classification ${m.classification}, action ${m.action}), ` +
    `${(m.bytes / 1024).toFixed(0)} KiB, ${m.ms.toFixed(0)} ms, max in flight ${m.maxInFlight}`
  );
}

/** A wire probe that can start over between measurements: the most operations in flight at once. */
function resettableProbe(inner: typeof fetch): { fetchImpl: typeof fetch; max: () => number; reset: () => void } {
  let current = inFlightProbe(inner);
  return {
    fetchImpl: ((input: RequestInfo | URL, init?: RequestInit) => current.fetchImpl(input, init)) as typeof fetch,
    max: () => current.max(),
    reset: () => {
      current = inFlightProbe(inner);
    },
  };
}

async function main(): Promise<void> {
  installHtmlToText(); // this bench is an entry point (src/domain/text/htmlTextPort.ts)
  const now = new Date();
  const dir = await mkdtemp(join(tmpdir(), 'postvakt-usecases-bench-'));
  const tenantFile = join(dir, 'tenant.json');
  await writeFile(tenantFile, JSON.stringify(syntheticTenant({ messages: 10_000, days: 400, now, owner: OWNER.address })));
  const server = await startGraphServer({ tenantFile, dataFile: join(dir, 'data.json'), port: 0, host: '127.0.0.1', dev: true });
  try {
    const probe = resettableProbe(createNodeFetch(server.caCertPem) as typeof fetch);
    const client = createGraphClient({ baseUrl: server.url, getToken: devTokenProvider(server.url, OWNER.address, server.caCertPem), fetchImpl: probe.fetchImpl });
    const mailbox = createGraphMailbox(client, { address: OWNER.address });
    const deps = { mailbox, profile, clock: systemClock, owner: OWNER };

    const [cold, coldM] = await measure(mailbox, probe, () => loadReports(deps));
    const [classified, classifyM] = await measure(mailbox, probe, () => classifyInbox({ mailbox, profile, owner: OWNER }, { max: CLASSIFY_SAMPLE }));
    const [, warmM] = await measure(mailbox, probe, () => loadReports(deps));
    const [, againM] = await measure(mailbox, probe, () => classifyInbox({ mailbox, profile, owner: OWNER }, { max: 0 }));

    const listed = await mailbox.listMessages({ folders: MAIL_FOLDERS });
    const victims = listed.filter((m) => m.folder !== 'sentitems').slice(0, 500);
    const verdicts = new Map<string, Verdict>(victims.map((m) => [m.id, { category: 'gallra_ringa', subtype: 'bench', confidence: 1, reasons: [], flags: [] }]));
    let events = 0;
    const [outcome, gallraM] = await measure(mailbox, probe, () =>
      gallra({ mailbox, profile, clock: systemClock }, { ids: victims.map((m) => m.id), verdicts, messages: listed, onProgress: () => events++ }),
    );

    const lines = [
      'bench:usecases — 10,000-message mailbox (400 days), local Graph server',
      `  mailbox: ${cold.hygiene.folders.map((f) => `${f.folder} ${f.count}`).join(', ')}; ${cold.exposure.counts.total} log rows in the 30-day window`,
      line('hygiene + exposure, cold', coldM) + `  (goal ≤ 15, metadata only)`,
      line('hygiene + exposure, store located', warmM),
      line(`classify ${classified.classified} newest inbox messages`, classifyM) +
        `  (classification traffic, apart; ≈ ${(classifyM.requests / Math.max(1, classified.classified)).toFixed(2)} requests per message)`,
      line('classify inbox again, nothing new', againM) + '  (verdicts cached)',
      line(`gallra 500 in bulk (${events} progress events)`, gallraM) + `  (goal ≤ 30 requests, ≤ 4 in flight)`,
      `  gallra result: ${outcome.done.length} done, ${outcome.failed.length} failed, ${outcome.notAttempted.length} not attempted, ${outcome.journaled} log rows journalled`,
      `  hygiene score ${cold.hygiene.score} cold, awaiting decision ${cold.hygiene.awaitingDecision.total}; ` +
        `verdict: ${coldM.requests <= 15 && coldM.classification === 0 && gallraM.requests <= 30 && gallraM.maxInFlight <= 4 ? 'within goals' : 'GOAL MISSED'}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:usecases failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
