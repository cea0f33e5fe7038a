// Usage reports on the local server: the 302 to a CSV, roles, scopes, periods, concealed names and throttling.

import { startTestGraphServer, type TestGraphServer } from '../support/graphServer';
import { adminCorpus, NOW } from './adminSupport';
import { rawClient, type Raw } from './support';
import { ADMIN, POLITICIAN } from './synthetic';

const USAGE = "/v1.0/reports/getMailboxUsageDetail(period='D7')";
const ACTIVITY = "/v1.0/reports/getEmailActivityUserDetail(period='D30')";

describe('usage reports on the local server', () => {
  let server: TestGraphServer;
  let raw: Raw;
  let admin: string;

  beforeAll(async () => {
    server = await startTestGraphServer(adminCorpus(), { now: () => NOW });
    raw = rawClient(server, null);
    admin = await server.tokenFor(ADMIN, ['Reports.Read.All']);
  });
  afterAll(async () => {
    await raw.close();
    await server.close();
  });

  async function download(path: string): Promise<string> {
    const first = await raw.call('GET', path, { token: admin, redirect: 'manual' });
    expect(first.status).toBe(302);
    const second = await raw.call('GET', first.headers.get('location')!, { token: null });
    expect(second.status).toBe(200);
    return second.text;
  }

  describe('when an admin with Reports.Read.All asks for mailbox usage', () => {
    it('answers 302 to a download that needs no token and holds Graph’s CSV columns for every mailbox', async () => {
      const text = await download(USAGE);
      const lines = text.split('\r\n').filter(Boolean);
      expect(lines[0]!.startsWith('Report Refresh Date,User Principal Name,Display Name,Is Deleted,Deleted Date,Created Date,Last Activity Date,Item Count,Storage Used (Byte)')).toBe(true);
      const anna = lines.find((l) => l.includes(POLITICIAN))!.split(',');
      expect(anna[0]).toBe('2026-11-22');
      expect(Number(anna[7])).toBe(30);
      expect(anna.at(-1)).toBe('7');
      expect(lines).toHaveLength(1 + 4);
    });

    it('counts sent, received and read mail in the period of the email activity report', async () => {
      const lines = (await download(ACTIVITY)).split('\r\n');
      const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
      expect(header.slice(6, 9)).toEqual(['Send Count', 'Receive Count', 'Read Count']);
      const anna = lines.find((l) => l.includes(POLITICIAN))!.split(',');
      expect(Number(anna[6])).toBe(3);
      expect(Number(anna[7])).toBe(27);
      expect(Number(anna[8])).toBeGreaterThan(0);
    });
  });

  describe('when the caller may not read reports', () => {
    it('refuses a politician holding Reports.Read.All with 403', async () => {
      const token = await server.tokenFor(POLITICIAN, ['Reports.Read.All']);
      const r = await raw.call('GET', USAGE, { token, redirect: 'manual' });
      expect(r.status).toBe(403);
      expect(r.json.error.code).toBe('Forbidden');
      expect(r.json.error.innerError['request-id']).toBeTruthy();
    });

    it('refuses an admin whose token lacks Reports.Read.All with 403', async () => {
      const token = await server.tokenFor(ADMIN);
      const r = await raw.call('GET', USAGE, { token, redirect: 'manual' });
      expect(r.status).toBe(403);
      expect(r.json.error.message).toContain('Reports.Read.All');
    });
  });

  describe('when the period is malformed', () => {
    it.each([["getMailboxUsageDetail(period='D8')"], ['getMailboxUsageDetail(period=D7)'], ['getMailboxUsageDetail()']])('answers 400 for %s', async (fn) => {
      const r = await raw.call('GET', `/v1.0/reports/${fn}`, { token: admin, redirect: 'manual' });
      expect(r.status).toBe(400);
    });
  });

  describe('when a download URL is unknown', () => {
    it('answers 404 without a token being involved', async () => {
      const r = await raw.call('GET', '/_reports/download/nothing-here', { token: null });
      expect(r.status).toBe(404);
    });
  });

  describe('when the tenant conceals user names', () => {
    afterAll(async () => {
      const token = await server.tokenFor(ADMIN, ['ReportSettings.ReadWrite.All']);
      await raw.call('PATCH', '/v1.0/admin/reportSettings', { token, body: { displayConcealedNames: false } });
    });

    it('refuses a politician changing the setting with 403', async () => {
      const token = await server.tokenFor(POLITICIAN, ['ReportSettings.ReadWrite.All']);
      const r = await raw.call('PATCH', '/v1.0/admin/reportSettings', { token, body: { displayConcealedNames: true } });
      expect(r.status).toBe(403);
    });

    it('replaces names and addresses with the same opaque hash in every report', async () => {
      const token = await server.tokenFor(ADMIN, ['ReportSettings.ReadWrite.All']);
      expect((await raw.call('PATCH', '/v1.0/admin/reportSettings', { token, body: { displayConcealedNames: true } })).status).toBe(204);
      const settings = await raw.call('GET', '/v1.0/admin/reportSettings', { token });
      expect(settings.json.displayConcealedNames).toBe(true);
      const usage = await download(USAGE);
      const activity = await download(ACTIVITY);
      expect(usage).not.toContain('@');
      const hash = usage.split('\r\n')[1]!.split(',')[1]!;
      expect(hash).toMatch(/^[0-9A-F]{32}$/);
      expect(activity).toContain(hash);
    });
  });
});

describe('usage report throttling', () => {
  it('answers the 15th request in ten minutes 429 with Retry-After, counted per report', async () => {
    const server = await startTestGraphServer(adminCorpus(3), { now: () => NOW });
    const raw = rawClient(server, await server.tokenFor(ADMIN, ['Reports.Read.All']));
    try {
      for (let i = 0; i < 14; i++) expect((await raw.call('GET', USAGE, { redirect: 'manual' })).status).toBe(302);
      const limited = await raw.call('GET', USAGE, { redirect: 'manual' });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBe(600);
      expect((await raw.call('GET', ACTIVITY, { redirect: 'manual' })).status).toBe(302);
    } finally {
      await raw.close();
      await server.close();
    }
  });
});
