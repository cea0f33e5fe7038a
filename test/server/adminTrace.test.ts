// Message trace on the local server: roles, scopes, the 10-day window and 90-day limit, paging, purged mail, throttling.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGraphServer } from '../../src/server/index';
import { startTestGraphServer, type TestGraphServer } from '../support/graphServer';
import { adminCorpus, NOW } from './adminSupport';
import { rawClient, type Raw } from './support';
import { ADMIN, POLITICIAN } from './synthetic';

const TRACES = '/v1.0/admin/exchange/tracing/messageTraces';
const range = (start: string, end: string, extra = '') =>
  `${TRACES}?$filter=${encodeURIComponent(`receivedDateTime ge ${start} and receivedDateTime le ${end}${extra}`)}`;

describe('message trace on the local server', () => {
  let server: TestGraphServer;
  let raw: Raw;

  beforeAll(async () => {
    server = await startTestGraphServer(adminCorpus(40), { now: () => NOW });
    raw = rawClient(server, await server.tokenFor(ADMIN, ['ExchangeMessageTrace.Read.All']));
  });
  afterAll(async () => {
    await raw.close();
    await server.close();
  });

  describe('when an admin lists a window', () => {
    it('answers the rows inside it, newest first, with exchangeMessageTrace properties', async () => {
      const r = await raw.call('GET', range('2026-11-19T00:00:00Z', '2026-11-21T00:00:00Z'));
      expect(r.status).toBe(200);
      expect(r.json.value.length).toBeGreaterThan(0);
      const row = r.json.value[0];
      expect(Object.keys(row).sort()).toEqual(['fromIP', 'id', 'messageId', 'receivedDateTime', 'recipientAddress', 'senderAddress', 'size', 'status', 'subject', 'toIP']);
      const times = r.json.value.map((v: { receivedDateTime: string }) => v.receivedDateTime);
      expect([...times].sort().reverse()).toEqual(times);
      expect(times.every((t: string) => t >= '2026-11-19T00:00:00Z' && t <= '2026-11-21T00:00:00Z')).toBe(true);
    });

    it('takes bounds with fractional seconds (OData DateTimeOffset), as a client clamping its end to now sends them', async () => {
      const r = await raw.call('GET', range('2026-11-19T00:00:00.250Z', '2026-11-21T00:00:00.500Z'));
      expect(r.status).toBe(200);
      expect(r.json.value.length).toBeGreaterThan(0);
    });

    it('filters on the recipient and pages with $top and @odata.nextLink', async () => {
      const first = await raw.call('GET', `${range('2026-11-15T00:00:00Z', '2026-11-22T00:00:00Z', ` and recipientAddress eq '${POLITICIAN}'`)}&$top=5`);
      expect(first.json.value).toHaveLength(5);
      let link: string | undefined = first.json['@odata.nextLink'];
      let total = first.json.value.length;
      while (link) {
        const page = await raw.call('GET', link);
        total += page.json.value.length;
        link = page.json['@odata.nextLink'];
      }
      expect(total).toBe(36);
    });

    it('keeps the rows of mail that was purged and adds a row for mail sent now', async () => {
      let purgedSubject = '';
      const anna = rawClient(server, await server.tokenFor(POLITICIAN));
      try {
        const list = await anna.call('GET', '/v1.0/me/mailFolders/inbox/messages?$top=1&$select=subject');
        const purged = list.json.value[0];
        purgedSubject = purged.subject;
        expect((await anna.call('POST', `/v1.0/me/messages/${purged.id}/permanentDelete`)).status).toBe(204);
        const sent = await anna.call('POST', '/v1.0/me/sendMail', {
          body: { message: { subject: 'Till registrator', body: { contentType: 'text', content: 'x' }, toRecipients: [{ emailAddress: { address: 'registrator@testkommun.se' } }] } },
        });
        expect(sent.status).toBe(202);
        const gone = await anna.call('GET', `/v1.0/me/messages/${purged.id}`);
        expect(gone.status).toBe(404);
      } finally {
        await anna.close();
      }
      const all = await raw.call('GET', range('2026-11-12T09:00:00Z', '2026-11-22T09:00:00Z') + '&$top=5000');
      const subjects = all.json.value.map((v: { subject: string }) => v.subject);
      expect(purgedSubject).toMatch(/^Ärende /);
      expect(subjects).toContain(purgedSubject);
      expect(all.json.value.some((v: { senderAddress: string; recipientAddress: string; subject: string }) => v.senderAddress === POLITICIAN && v.recipientAddress === 'registrator@testkommun.se' && v.subject === 'Till registrator')).toBe(true);
    });
  });

  describe('when the window breaks Graph’s limits', () => {
    it('answers 400 for a window over 10 days', async () => {
      expect((await raw.call('GET', range('2026-11-01T00:00:00Z', '2026-11-11T00:00:01Z'))).status).toBe(400);
    });

    it('answers 400 for a start more than 90 days back', async () => {
      expect((await raw.call('GET', range('2026-08-23T00:00:00Z', '2026-08-25T00:00:00Z'))).status).toBe(400);
    });

    it('answers 400 for an end in the future and for a single bound', async () => {
      expect((await raw.call('GET', range('2026-11-21T00:00:00Z', '2026-11-23T00:00:00Z'))).status).toBe(400);
      const single = await raw.call('GET', `${TRACES}?$filter=${encodeURIComponent('receivedDateTime ge 2026-11-21T00:00:00Z')}`);
      expect(single.status).toBe(400);
    });

    it('answers 400 for $top over 5000', async () => {
      expect((await raw.call('GET', `${range('2026-11-20T00:00:00Z', '2026-11-21T00:00:00Z')}&$top=5001`)).status).toBe(400);
    });
  });

  describe('when the caller may not read message traces', () => {
    it('refuses a politician holding ExchangeMessageTrace.Read.All with 403', async () => {
      const token = await server.tokenFor(POLITICIAN, ['ExchangeMessageTrace.Read.All']);
      const r = await raw.call('GET', range('2026-11-20T00:00:00Z', '2026-11-21T00:00:00Z'), { token });
      expect(r.status).toBe(403);
      expect(r.json.error.code).toBe('Forbidden');
    });

    it('refuses an admin whose token lacks ExchangeMessageTrace.Read.All with 403', async () => {
      const token = await server.tokenFor(ADMIN, ['Reports.Read.All']);
      expect((await raw.call('GET', range('2026-11-20T00:00:00Z', '2026-11-21T00:00:00Z'), { token })).status).toBe(403);
    });
  });
});

describe('message trace throttling', () => {
  it('answers the 101st request in five minutes 429 with Retry-After', async () => {
    const server = await startTestGraphServer(adminCorpus(2), { now: () => NOW });
    const raw = rawClient(server, await server.tokenFor(ADMIN, ['ExchangeMessageTrace.Read.All']));
    try {
      const url = range('2026-11-20T00:00:00Z', '2026-11-21T00:00:00Z');
      for (let i = 0; i < 100; i++) expect((await raw.call('GET', url)).status).toBe(200);
      const limited = await raw.call('GET', url);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBe(300);
    } finally {
      await raw.close();
      await server.close();
    }
  });
});

describe('a data file written before the admin side', () => {
  it('gets the trace, the site and the report settings from the seed when opened', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'postvakt-upgrade-'));
    const dataFile = join(dir, 'state.json');
    try {
      const first = await startGraphServer({ tenant: adminCorpus(5), dataFile, port: 0 });
      await first.close();
      const old = JSON.parse(await readFile(dataFile, 'utf8'));
      delete old.trace;
      delete old.site;
      delete old.reportSettings;
      await writeFile(dataFile, JSON.stringify(old));
      const second = await startGraphServer({ tenant: adminCorpus(5), dataFile, port: 0 });
      await second.close();
      const upgraded = JSON.parse(await readFile(dataFile, 'utf8'));
      expect(upgraded.trace).toHaveLength(5);
      expect(upgraded.site.id).toContain('.sharepoint.com,');
      expect(upgraded.reportSettings).toEqual({ displayConcealedNames: false });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
