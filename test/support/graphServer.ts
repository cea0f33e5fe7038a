// Test helper: the local Graph server on a free port with a temp data file, and tokens per address.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
import type { Corpus } from '../../src/domain/corpus';
import { startGraphServer } from '../../src/server/index';

export const DEV_CORPUS = join(__dirname, '..', 'fixtures', 'corpus', 'dev.json');

export interface TestGraphServer {
  url: string;
  caCertPem: string;
  dataFile: string;
  close(): Promise<void>;
  /** A token for `address`; `scopes` as /_dev/token takes them (default: the mail scopes). */
  tokenFor(address: string, scopes?: string[]): Promise<string>;
}

/** Starts the server on `tenant` (a Corpus or a corpus file path; the shared dev corpus by default). */
export async function startTestGraphServer(tenant: Corpus | string = DEV_CORPUS, options: { now?: () => Date } = {}): Promise<TestGraphServer> {
  const dir = await mkdtemp(join(tmpdir(), 'postvakt-graph-'));
  const dataFile = join(dir, 'state.json');
  const server = await startGraphServer({
    ...(typeof tenant === 'string' ? { tenantFile: tenant } : { tenant }),
    dataFile,
    port: 0,
    dev: true,
    ...(options.now ? { now: options.now } : {}),
  });
  const dispatcher = new Agent({ connect: { ca: server.caCertPem } });
  return {
    url: server.url,
    caCertPem: server.caCertPem,
    dataFile,
    async tokenFor(address: string, scopes?: string[]) {
      const response = await undiciFetch(`${server.url}/_dev/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(scopes ? { user: address, scopes } : { user: address }),
        dispatcher,
      });
      if (!response.ok) throw new Error(`/_dev/token answered ${response.status}`);
      return ((await response.json()) as { access_token: string }).access_token;
    },
    async close() {
      await server.close();
      await dispatcher.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
