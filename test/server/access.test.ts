// Tokens and permissions, CORS, body limits, fault injection and the per-mailbox concurrency limit.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, fetch } from 'undici';
import { startGraphServer } from '../../src/server/index';
import { startTestGraphServer, type TestGraphServer } from '../support/graphServer';
import { rawClient, type Raw } from './support';
import { ADMIN, POLITICIAN, REGISTRAR, syntheticCorpus } from './synthetic';

describe('access, limits and faults', () => {
  let server: TestGraphServer;
  let anna: Raw;

  beforeAll(async () => {
    server = await startTestGraphServer(syntheticCorpus(30));
    anna = rawClient(server, await server.tokenFor(POLITICIAN));
  });
  afterAll(async () => {
    await anna.close();
    await server.close();
  });
  afterEach(async () => {
    await anna.call('DELETE', '/_dev/faults');
  });

  describe('when a request has no valid token', () => {
    it('answers 401 InvalidAuthenticationToken with a request-id', async () => {
      const none = await anna.call('GET', '/v1.0/me/messages', { token: null });
      expect(none.status).toBe(401);
      expect(none.json.error.code).toBe('InvalidAuthenticationToken');
      expect(none.json.error.innerError['request-id']).toBe(none.headers.get('request-id'));
      const forged = await anna.call('GET', '/v1.0/me/messages', { token: 'pv.forged' });
      expect(forged.status).toBe(401);
    });
  });

  describe('when a user opens another mailbox', () => {
    it('answers 403 ErrorAccessDenied, and 200 for the own mailbox by address', async () => {
      const other = await anna.call('GET', `/v1.0/users/${REGISTRAR}/mailFolders/inbox/messages`);
      expect(other.status).toBe(403);
      expect(other.json.error.code).toBe('ErrorAccessDenied');
      const own = await anna.call('GET', `/v1.0/users/${encodeURIComponent(POLITICIAN)}/mailFolders/inbox`);
      expect(own.status).toBe(200);
      const unknown = await anna.call('GET', '/v1.0/users/nobody@nowhere.se/messages');
      expect(unknown.status).toBe(404);
    });

    it('seeds registrars and admins as mailboxes that can sign in', async () => {
      expect((await server.tokenFor(ADMIN)).length).toBeGreaterThan(10);
      await expect(server.tokenFor('stranger@example.org')).rejects.toThrow('404');
    });
  });

  describe('when a client connects by name', () => {
    it('trusts the certificate for localhost as well as 127.0.0.1', async () => {
      const dispatcher = new Agent({ connect: { ca: server.caCertPem } });
      const url = server.url.replace('127.0.0.1', 'localhost');
      const r = await fetch(`${url}/v1.0/me`, { headers: { Authorization: `Bearer ${await server.tokenFor(POLITICIAN)}` }, dispatcher });
      expect(r.status).toBe(200);
      expect(((await r.json()) as { mail: string }).mail).toBe(POLITICIAN);
      await dispatcher.close();
    });

    it('refuses the connection without the CA (TLS checks stay on)', async () => {
      const dispatcher = new Agent();
      await expect(fetch(`${server.url}/v1.0/me`, { dispatcher })).rejects.toThrow();
      await dispatcher.close();
    });
  });

  describe('when a browser asks first', () => {
    it('answers the CORS preflight and exposes Retry-After and request-id', async () => {
      const r = await anna.call('OPTIONS', '/v1.0/me/messages', {
        token: null,
        headers: { Origin: 'https://localhost:3000', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization,prefer' },
      });
      expect(r.status).toBe(204);
      expect(r.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
      expect(r.headers.get('access-control-allow-headers')).toContain('prefer');
      const exposed = r.headers.get('access-control-expose-headers') ?? '';
      expect(exposed).toContain('Retry-After');
      expect(exposed).toContain('request-id');
    });
  });

  describe('when a body is over 4 MB', () => {
    it('answers 413', async () => {
      const r = await anna.call('POST', '/v1.0/me/messages', { body: { subject: 'x', body: { contentType: 'text', content: 'a'.repeat(4 * 1024 * 1024 + 10) } } });
      expect(r.status).toBe(413);
    });
  });

  describe('when faults are injected', () => {
    it('answers the given status with Retry-After count times, then succeeds again', async () => {
      await anna.call('POST', '/_dev/faults', { token: null, body: { status: 503, retryAfter: 2, count: 2, path: '/mailFolders/inbox' } });
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const r = await anna.call('GET', '/v1.0/me/mailFolders/inbox');
        statuses.push(r.status);
        if (r.status === 503) expect(r.headers.get('retry-after')).toBe('2');
      }
      expect(statuses).toEqual([503, 503, 200]);
      expect((await anna.call('GET', '/v1.0/me/mailFolders/sentitems')).status).toBe(200);
    });

    it('applies a fault to matching $batch items only', async () => {
      await anna.call('POST', '/_dev/faults', { token: null, body: { status: 429, retryAfter: 1, probability: 1, path: '/mailFolders/drafts' } });
      const r = await anna.call('POST', '/v1.0/$batch', {
        body: { requests: [{ id: 'a', method: 'GET', url: '/me/mailFolders/drafts' }, { id: 'b', method: 'GET', url: '/me/mailFolders/inbox' }] },
      });
      const byId = new Map<string, { status: number; headers: Record<string, string> }>(r.json.responses.map((x: { id: string }) => [x.id, x]));
      expect(byId.get('a')).toMatchObject({ status: 429, headers: { 'Retry-After': '1' } });
      expect(byId.get('b')!.status).toBe(200);
    });

    it('drops the connection when asked, and DELETE clears every fault', async () => {
      await anna.call('POST', '/_dev/faults', { token: null, body: { drop: true, path: '/mailFolders/archive' } });
      await expect(anna.call('GET', '/v1.0/me/mailFolders/archive')).rejects.toThrow();
      await anna.call('DELETE', '/_dev/faults', { token: null });
      expect((await anna.call('GET', '/v1.0/me/mailFolders/archive')).status).toBe(200);
    });

    it('refuses a fault without status, latency or drop', async () => {
      const r = await anna.call('POST', '/_dev/faults', { token: null, body: { count: 1 } });
      expect(r.status).toBe(400);
    });
  });

  describe('when more than four operations hit one mailbox at once', () => {
    it('answers 429 MailboxConcurrency with Retry-After for the fifth and later', async () => {
      await anna.call('POST', '/_dev/faults', { token: null, body: { latencyMs: 300, path: '/mailFolders/inbox' } });
      const results = await Promise.all(Array.from({ length: 7 }, () => anna.call('GET', '/v1.0/me/mailFolders/inbox')));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429, 429]);
      const throttled = results.find((r) => r.status === 429)!;
      expect(throttled.json.error.message).toContain('MailboxConcurrency');
      expect(throttled.headers.get('retry-after')).toBe('1');
    });

    it('counts $batch items against the same limit', async () => {
      await anna.call('POST', '/_dev/faults', { token: null, body: { latencyMs: 300, path: '/mailFolders/sentitems' } });
      const batch = anna.call('POST', '/v1.0/$batch', {
        body: { requests: Array.from({ length: 4 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me/mailFolders/sentitems' })) },
      });
      await new Promise((r) => setTimeout(r, 120));
      const single = await anna.call('GET', '/v1.0/me/mailFolders/junkemail');
      expect(single.status).toBe(429);
      const answered = await batch;
      expect(answered.json.responses.every((x: { status: number }) => x.status === 200)).toBe(true);
    });

    it('leaves other mailboxes unaffected', async () => {
      const registrar = rawClient(server, await server.tokenFor(REGISTRAR));
      await anna.call('POST', '/_dev/faults', { token: null, body: { latencyMs: 200, path: '/me/mailFolders/inbox' } });
      const annas = Array.from({ length: 4 }, () => anna.call('GET', '/v1.0/me/mailFolders/inbox'));
      const theirs = await registrar.call('GET', '/v1.0/me/mailFolders/sentitems');
      expect(theirs.status).toBe(200);
      expect((await Promise.all(annas)).every((r) => r.status === 200)).toBe(true);
      await registrar.close();
    });
  });

  describe('when dev endpoints are not enabled', () => {
    it('answers 404 for /_dev/token', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'pv-nodev-'));
      const prod = await startGraphServer({ tenant: syntheticCorpus(1), dataFile: join(dir, 'd.json') });
      const dispatcher = new Agent({ connect: { ca: prod.caCertPem } });
      const r = await fetch(`${prod.url}/_dev/token`, { method: 'POST', body: JSON.stringify({ user: POLITICIAN }), headers: { 'Content-Type': 'application/json' }, dispatcher });
      expect(r.status).toBe(404);
      await r.text();
      await dispatcher.close();
      await prod.close();
      await rm(dir, { recursive: true, force: true });
    });
  });
});
