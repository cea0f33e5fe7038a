// Integration wiring for the use-case tests: a test Graph server seeded with a small tenant, the
// production adapter signed in as any of its users, the tenant's profile, and a crash injector.

import type { GraphMailbox } from '../../../src/adapters/graph/graphMailbox';
import type { Profile } from '../../../src/domain/policy/types';
import type { MailboxOwner } from '../../../src/domain/types';
import { connect as connectGraph, dev, startWithTenant, type TestServer } from '../../adapters/graph/support/connect';
import { profile as reportsProfile } from '../../domain/reports/support';

export type { TestServer };

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
  return reportsProfile({
    id: 'testkommun',
    name: 'Testkommun',
    politicianDomain: 'pol.testkommun.se',
    orgDomains: ['testkommun.se'],
    registrar: REGISTRAR,
    partyDomains: ['centerpartiet.se'],
    ...overrides,
  });
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
  /** The text body instead of one naming the subject. */
  body?: string;
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
    body: { contentType: 'text', content: seed.body ?? `Hej!\n\nDetta gäller ${seed.subject}.\n\nMvh` },
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

export function startWorld(messages: SeedMessage[]): Promise<TestServer> {
  return startWithTenant(tenant(messages));
}

/** The production adapter signed in as `address` (the Graph tests' wiring, without its probes). */
export function connect(server: TestServer, address: string): GraphMailbox {
  return connectGraph(server, address).mailbox;
}

export { dev };

export const noSleep = (): Promise<void> => Promise.resolve();
