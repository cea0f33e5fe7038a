// The compliance and log-request SharePoint lists on the local server: item-level permissions, roles, Sites.Selected,
// indexed filters and paging; plus the mail scopes a token needs and the tenant info the demo reads.

import { startTestGraphServer, type TestGraphServer } from '../support/graphServer';
import { adminCorpus, NOW, SECOND_POLITICIAN } from './adminSupport';
import { rawClient, type Raw } from './support';
import { ADMIN, POLITICIAN, REGISTRAR } from './synthetic';

const SITES = ['Sites.Selected'];

describe('SharePoint lists on the local server', () => {
  let server: TestGraphServer;
  let raw: Raw;
  let compliance: string;
  let logRequests: string;
  let anna: string;
  let bo: string;
  let admin: string;
  let registrar: string;

  const row = (mailbox: string, date: string) => ({ fields: { Title: `${mailbox} ${date}`, Mailbox: mailbox, SnapshotDate: date, HygieneScore: 80, OutOfOffice: false } });

  beforeAll(async () => {
    server = await startTestGraphServer(adminCorpus(3), { now: () => NOW });
    raw = rawClient(server, null);
    const info = (await raw.call('GET', '/_dev/tenant')).json;
    compliance = `/v1.0/sites/${info.siteId}/lists/${info.complianceListId}/items`;
    logRequests = `/v1.0/sites/${info.siteId}/lists/${info.logRequestListId}/items`;
    [anna, bo, admin, registrar] = await Promise.all([POLITICIAN, SECOND_POLITICIAN, ADMIN, REGISTRAR].map((a) => server.tokenFor(a, SITES)));
    for (const [token, mailbox] of [[anna, POLITICIAN], [bo, SECOND_POLITICIAN]] as const) {
      for (const date of ['2026-11-20', '2026-11-21']) expect((await raw.call('POST', compliance, { token, body: row(mailbox, date) })).status).toBe(201);
    }
  });
  afterAll(async () => {
    await raw.close();
    await server.close();
  });

  describe('the dev tenant info', () => {
    it('names the site, both lists and each user’s roles', async () => {
      const info = (await raw.call('GET', '/_dev/tenant')).json;
      expect(info.siteId).toMatch(/^[a-z0-9-]+\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
      const roles = Object.fromEntries(info.users.map((u: { address: string; roles: string[] }) => [u.address, u.roles]));
      expect(roles[ADMIN]).toEqual(['admin']);
      expect(roles[REGISTRAR]).toEqual(['registrar']);
      expect(roles[POLITICIAN]).toEqual(['politician']);
    });
  });

  describe('the compliance list', () => {
    it('shows a politician only their own rows, and an admin every row', async () => {
      const own = await raw.call('GET', `${compliance}?$expand=fields`, { token: anna });
      expect(own.json.value.map((v: { fields: { Mailbox: string } }) => v.fields.Mailbox)).toEqual([POLITICIAN, POLITICIAN]);
      expect(own.json.value[0].createdBy.user.email).toBe(POLITICIAN);
      const all = await raw.call('GET', `${compliance}?$expand=fields`, { token: admin });
      expect(all.json.value).toHaveLength(4);
    });

    it('returns only the selected item properties and columns, as Graph does with $select and fields($select=...)', async () => {
      const res = await raw.call('GET', `${compliance}?$select=id,createdBy&$expand=fields($select=Mailbox,HygieneScore)`, { token: admin });
      expect(res.status).toBe(200);
      const first = res.json.value[0];
      expect(Object.keys(first).sort()).toEqual(['@odata.etag', 'createdBy', 'fields', 'id']);
      expect(Object.keys(first.fields).sort()).toEqual(['@odata.etag', 'HygieneScore', 'Mailbox']);
      expect(first.createdBy.user.email).toBe(first.fields.Mailbox);
    });

    it('refuses a $select naming a property list items do not have', async () => {
      const res = await raw.call('GET', `${compliance}?$select=id,subject`, { token: admin });
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe('invalidRequest');
    });

    it('answers 404 when a politician opens another politician’s row', async () => {
      const all = await raw.call('GET', `${compliance}?$expand=fields`, { token: admin });
      const bos = all.json.value.find((v: { fields: { Mailbox: string } }) => v.fields.Mailbox === SECOND_POLITICIAN);
      expect((await raw.call('GET', `${compliance}/${bos.id}?$expand=fields`, { token: anna })).status).toBe(404);
    });

    it('refuses a politician changing another politician’s row, which stays as it was', async () => {
      const all = await raw.call('GET', `${compliance}?$expand=fields`, { token: admin });
      const bos = all.json.value.find((v: { fields: { Mailbox: string } }) => v.fields.Mailbox === SECOND_POLITICIAN);
      const r = await raw.call('PATCH', `${compliance}/${bos.id}/fields`, { token: anna, body: { HygieneScore: 0 } });
      expect(r.status).toBe(404);
      const again = await raw.call('GET', `${compliance}/${bos.id}?$expand=fields`, { token: bo });
      expect(again.json.fields.HygieneScore).toBe(80);
    });

    it('refuses with 403 a row written in another person’s name', async () => {
      const r = await raw.call('POST', compliance, { token: anna, body: row(SECOND_POLITICIAN, '2026-11-22') });
      expect(r.status).toBe(403);
      expect(r.json.error.code).toBe('accessDenied');
    });

    it('lets the owner update their row through /fields', async () => {
      const own = await raw.call('GET', `${compliance}?$expand=fields`, { token: anna });
      const r = await raw.call('PATCH', `${compliance}/${own.json.value[0].id}/fields`, { token: anna, body: { HygieneScore: 91 } });
      expect(r.status).toBe(200);
      expect(r.json.HygieneScore).toBe(91);
    });

    it('refuses a token without Sites.Selected with 403', async () => {
      const token = await server.tokenFor(ADMIN);
      expect((await raw.call('GET', compliance, { token })).status).toBe(403);
    });

    it('refuses a filter on a non-indexed column unless Prefer HonorNonIndexedQueriesWarningMayFailRandomly is sent', async () => {
      const url = `${compliance}?$expand=fields&$filter=${encodeURIComponent('fields/HygieneScore ge 50')}`;
      const refused = await raw.call('GET', url, { token: admin });
      expect(refused.status).toBe(400);
      expect(refused.json.error.message).toContain('HonorNonIndexedQueriesWarningMayFailRandomly');
      const allowed = await raw.call('GET', url, { token: admin, headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } });
      expect(allowed.status).toBe(200);
      const indexed = await raw.call('GET', `${compliance}?$expand=fields&$filter=${encodeURIComponent("fields/SnapshotDate eq '2026-11-21'")}`, { token: admin });
      expect(indexed.json.value).toHaveLength(2);
    });

    it('pages with $top and @odata.nextLink, and leaves fields out without $expand', async () => {
      const first = await raw.call('GET', `${compliance}?$top=3`, { token: admin });
      expect(first.json.value).toHaveLength(3);
      expect(first.json.value[0].fields).toBeUndefined();
      const second = await raw.call('GET', first.json['@odata.nextLink'], { token: admin });
      expect(second.json.value).toHaveLength(1);
      expect(second.json['@odata.nextLink']).toBeUndefined();
    });

    it('refuses unknown columns and wrongly typed values with 400', async () => {
      expect((await raw.call('POST', compliance, { token: anna, body: { fields: { Subject: 'x' } } })).status).toBe(400);
      expect((await raw.call('POST', compliance, { token: anna, body: { fields: { HygieneScore: 'high' } } })).status).toBe(400);
    });
  });

  describe('the log-request list', () => {
    const request = { fields: { Title: 'Begäran', Mailbox: POLITICIAN, RequestedBy: 'anonym', Status: 'open', ReceivedAt: '2026-11-21T10:00:00Z' } };

    it('refuses a politician creating a request with 403', async () => {
      const r = await raw.call('POST', logRequests, { token: anna, body: request });
      expect(r.status).toBe(403);
      expect(r.json.error.code).toBe('accessDenied');
    });

    it('lets a registrar create and an admin update a request that every member reads', async () => {
      const created = await raw.call('POST', logRequests, { token: registrar, body: request });
      expect(created.status).toBe(201);
      expect((await raw.call('PATCH', `${logRequests}/${created.json.id}/fields`, { token: admin, body: { Status: 'exported' } })).status).toBe(200);
      const seen = await raw.call('GET', `${logRequests}?$expand=fields&$filter=${encodeURIComponent(`fields/Mailbox eq '${POLITICIAN}'`)}`, { token: bo });
      expect(seen.json.value.map((v: { fields: { Status: string } }) => v.fields.Status)).toEqual(['exported']);
    });

    it('refuses a politician changing a request with 403', async () => {
      const list = await raw.call('GET', `${logRequests}?$expand=fields`, { token: anna });
      const r = await raw.call('PATCH', `${logRequests}/${list.json.value[0].id}/fields`, { token: anna, body: { Status: 'closed' } });
      expect(r.status).toBe(403);
    });
  });

  describe('mail with a token that carries no mail scope', () => {
    it('answers 403 Forbidden', async () => {
      const r = await raw.call('GET', '/v1.0/me/messages', { token: anna });
      expect(r.status).toBe(403);
      expect(r.json.error.message).toContain('Mail.ReadWrite');
    });
  });

  describe('an admin opening a politician’s mailbox', () => {
    it('answers 403 ErrorAccessDenied', async () => {
      const token = await server.tokenFor(ADMIN);
      const r = await raw.call('GET', `/v1.0/users/${POLITICIAN}/messages`, { token });
      expect(r.status).toBe(403);
      expect(r.json.error.code).toBe('ErrorAccessDenied');
    });
  });

  describe('a token asked for with an unknown scope', () => {
    it('is refused with 400', async () => {
      await expect(server.tokenFor(ADMIN, ['Mail.ReadWrite.All'])).rejects.toThrow('400');
    });
  });
});
