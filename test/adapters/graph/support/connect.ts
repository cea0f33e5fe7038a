// Integration-test wiring: a test Graph server with a given tenant, and adapters signed in to it.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inFlightProbe, syntheticTenant, type SyntheticTenantOptions } from '../../../../bench/graphBench';
import { createGraphClient } from '../../../../src/adapters/graph/client';
import { createGraphMailbox, type GraphMailbox } from '../../../../src/adapters/graph/graphMailbox';
import { createNodeFetch } from '../../../../src/adapters/graph/nodeFetch';
import { startTestGraphServer } from '../../../support/graphServer';

export type TestServer = Awaited<ReturnType<typeof startTestGraphServer>>;

export const OWNER = 'bench.politiker@pol.benchkommun.se';
export const REGISTRAR = 'registrator@benchkommun.se';

/** Starts the server on a tenant built in memory (written to a temp file the server loads, removed on close). */
export async function startWithTenant(tenant: unknown): Promise<TestServer> {
  const dir = await mkdtemp(join(tmpdir(), 'postvakt-graph-test-'));
  const file = join(dir, 'tenant.json');
  await writeFile(file, JSON.stringify(tenant));
  const server = await startTestGraphServer(file);
  return {
    ...server,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Starts the server on a synthetic tenant (bench/graphBench's generator). */
export function startWithSyntheticTenant(options: Partial<SyntheticTenantOptions> = {}): Promise<TestServer> {
  return startWithTenant(syntheticTenant({ messages: 50, days: 60, now: new Date(), ...options }));
}

export interface Connected {
  mailbox: GraphMailbox;
  maxOnWire: () => number;
  /** Responses answered 429/503 at the HTTP level (faults injected by the server). */
  throttledSeen: () => number;
  /** Sub-requests answered 429/503 inside $batch answers. */
  throttledInBatches: () => number;
}

export function connect(server: TestServer, address: string, user?: string, getToken?: () => Promise<string>): Connected {
  let throttled = 0;
  let throttledInBatches = 0;
  const nodeFetch = createNodeFetch(server.caCertPem);
  const isThrottle = (status: unknown) => status === 429 || status === 503;
  const counting = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await nodeFetch(input, init);
    if (isThrottle(response.status)) throttled += 1;
    // Bulk work goes through $batch, where the server throttles each sub-request inside a 200 answer:
    // those count too, or a run whose few top-level requests all passed would look unthrottled.
    else if (String(input instanceof Request ? input.url : input).endsWith('/$batch') && response.ok) {
      const body = (await response.clone().json()) as { responses?: { status?: unknown }[] };
      throttledInBatches += (body.responses ?? []).filter((r) => isThrottle(r.status)).length;
    }
    return response;
  }) as typeof fetch;
  const probe = inFlightProbe(counting);
  const client = createGraphClient({
    baseUrl: server.url,
    getToken: getToken ?? (() => server.tokenFor(address)),
    fetchImpl: probe.fetchImpl,
    // At the tests' 30 % fault rate, three retries leave about 1 single request in 120 failing;
    // eight make that negligible, so the tests measure the bulk re-queueing, not luck.
    retry: { delaySeconds: 0, maxRetries: 8 },
  });
  return { mailbox: createGraphMailbox(client, { address, ...(user ? { user } : {}) }), maxOnWire: probe.max, throttledSeen: () => throttled, throttledInBatches: () => throttledInBatches };
}

/** Calls a /_dev endpoint of the server (fault injection). */
export async function dev(server: TestServer, method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<void> {
  const fetchImpl = createNodeFetch(server.caCertPem);
  const response = await fetchImpl(`${server.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
}
