// Integration wiring for the use-case tests: a test Graph server seeded with a small tenant, the
// production adapter signed in as any of its users, the tenant's profile, and a crash injector.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphClient } from '../../../src/adapters/graph/client';
import { createGraphMailbox, type GraphMailbox } from '../../../src/adapters/graph/graphMailbox';
import { createNodeFetch } from '../../../src/adapters/graph/nodeFetch';
import type { Profile } from '../../../src/domain/policy/types';
import type { MailboxOwner } from '../../../src/domain/types';
import { startTestGraphServer } from '../../support/graphServer';

export type TestServer = Awaited<ReturnType<typeof startTestGraphServer>>;

export const POLITICIAN: MailboxOwner = {
  name: 'Helena Testsson',
  address: 'helena.testsson@pol.testkommun.se',
  roles: ['ledamot, kommunstyrelsen'],
  party: 'Centerpartiet',
};
export const OTHER = { name: 'Per Annan', address: 'per.annan@pol.testkommun.se' };
export const REGISTRAR = { name: 'Registrator Testkommun', address: 'registrator@testkommun.se' };

const DAY = 86_400_000;

export function testProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    id: 'testkommun',
    name: 'Testkommun',
    politicianDomain: 'pol.testkommun.se',
    orgDomains: ['testkommun.se'],
    registrar: REGISTRAR,
    admins: [],
    meetingTools: [],
    partyDomains: ['centerpartiet.se'],
    readCadence: { kind: 'weekdays', source: 'Kramfors 5.2: E-posten ska öppnas varje dag, måndag till fredag' },
    logWindowDays: 30,
    maxMessageBytes: 35 * 1024 * 1024,
    massMailingRecipients: 50,
    largeAttachmentBytes: 10 * 1024 * 1024,
    language: 'sv',
    ...overrides,
  };
}

export interface SeedMessage {
  subject: string;
  folder?: 'inbox' | 'sentitems' | 'deleteditems';
  daysAgo?: number;
  from?: { name: string; address: string };
  attachments?: { name: string; contentType: string; size: number }[];
  /** Message-ID header: copies of one message share it. */
  messageId?: string;
  /** Received time (ISO) instead of one derived from daysAgo and the seed's position. */
  receivedAt?: string;
}

function message(i: number, seed: SeedMessage, now: number): Record<string, unknown> {
  const received = seed.receivedAt ? new Date(seed.receivedAt) : new Date(now - (seed.daysAgo ?? 2) * DAY - i * 60_000);
  const sent = new Date(received.getTime() - 30_000);
  const out = seed.folder === 'sentitems';
  const citizen = seed.from ?? { name: 'Anna Medborgare', address: 'anna.medborgare@example.se' };
  const me = { name: POLITICIAN.name, address: POLITICIAN.address };
  return {
    id: `seed-${i}`,
    folder: seed.folder ?? 'inbox',
    receivedDateTime: received.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    sentDateTime: sent.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    isRead: true,
    importance: 'normal',
    from: out ? me : citizen,
    toRecipients: [out ? citizen : me],
    ccRecipients: [],
    subject: seed.subject,
    body: { contentType: 'text', content: `Hej!\n\nDetta gäller ${seed.subject}.\n\nMvh` },
    internetMessageHeaders: seed.messageId ? [{ name: 'Message-ID', value: seed.messageId }] : [],
    attachments: seed.attachments ?? [],
  };
}

export function tenant(messages: SeedMessage[], now = Date.now()): Record<string, unknown> {
  return {
    schema: 'postvakt-corpus/1',
    referenceDate: new Date(now).toISOString(),
    organizations: [
      {
        id: 'testkommun',
        name: 'Testkommun',
        politicianDomain: 'pol.testkommun.se',
        orgDomains: ['testkommun.se'],
        registrar: REGISTRAR,
      },
    ],
    mailboxes: [
      {
        organization: 'testkommun',
        owner: { name: POLITICIAN.name, address: POLITICIAN.address },
        roles: POLITICIAN.roles,
        party: POLITICIAN.party,
        automaticReplies: { status: 'disabled' },
        messages: messages.map((m, i) => message(i, m, now)),
      },
      { organization: 'testkommun', owner: OTHER, roles: ['ersättare'], messages: [] },
    ],
  };
}

export async function startWorld(messages: SeedMessage[]): Promise<TestServer> {
  const dir = await mkdtemp(join(tmpdir(), 'postvakt-app-test-'));
  const file = join(dir, 'tenant.json');
  await writeFile(file, JSON.stringify(tenant(messages)));
  const server = await startTestGraphServer(file);
  return {
    ...server,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function connect(server: TestServer, address: string): GraphMailbox {
  const client = createGraphClient({
    baseUrl: server.url,
    getToken: () => server.tokenFor(address),
    fetchImpl: createNodeFetch(server.caCertPem) as typeof fetch,
    retry: { delaySeconds: 0 },
  });
  return createGraphMailbox(client, { address });
}

/** Calls a /_dev endpoint of the server (fault injection). */
export async function dev(server: TestServer, method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<void> {
  const response = await createNodeFetch(server.caCertPem)(`${server.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
}

export const noSleep = (): Promise<void> => Promise.resolve();
