// Listing over raw HTTP: paging a 3,000-message mailbox and the $select/$filter/$orderby/$top rules Graph enforces.

import { startTestGraphServer, type TestGraphServer } from '../support/graphServer';
import { rawClient, type Raw } from './support';
import { POLITICIAN, syntheticCorpus } from './synthetic';

const PROPERTY = "String {6f1b2c3d-8a94-4e57-9b0c-2d5e7f31a4c8} Name PostvaktState";

describe('message listing', () => {
  let server: TestGraphServer;
  let raw: Raw;

  beforeAll(async () => {
    server = await startTestGraphServer(syntheticCorpus(3000));
    raw = rawClient(server, await server.tokenFor(POLITICIAN));
  });
  afterAll(async () => {
    await raw.close();
    await server.close();
  });

  describe('when paging over 3,000 messages with $top=1000', () => {
    it('answers every message once, newest first, following @odata.nextLink', async () => {
      let next: string | undefined = '/v1.0/me/messages?$select=id,receivedDateTime&$top=1000&$count=true';
      const ids: string[] = [];
      const dates: string[] = [];
      let pages = 0;
      while (next) {
        const r = await raw.call('GET', next);
        expect(r.status).toBe(200);
        if (pages === 0) expect(r.json['@odata.count']).toBe(3000);
        for (const m of r.json.value) {
          ids.push(m.id);
          dates.push(m.receivedDateTime);
        }
        next = r.json['@odata.nextLink'];
        pages++;
      }
      expect(pages).toBe(3);
      expect(new Set(ids).size).toBe(3000);
      expect([...dates].sort().reverse()).toEqual(dates);
    });

    it('points nextLink at the proxy when one forwards the request', async () => {
      const r = await raw.call('GET', '/v1.0/me/messages?$select=id&$top=5', { headers: { 'X-Forwarded-Host': 'localhost:3000', 'X-Forwarded-Proto': 'https' } });
      expect(r.json['@odata.nextLink']).toMatch(/^https:\/\/localhost:3000\/v1\.0\/me\/messages\?/);
    });

    it('answers ten messages per page without $top, as Graph does', async () => {
      const r = await raw.call('GET', '/v1.0/me/mailFolders/inbox/messages?$select=id');
      expect(r.json.value).toHaveLength(10);
      expect(r.json['@odata.nextLink']).toContain('%24top=10');
    });
  });

  describe('when filtering on dates', () => {
    it('answers only messages in the window, ordered by the filtered property', async () => {
      const since = '2026-11-19T12:00:00Z';
      const r = await raw.call('GET', `/v1.0/me/mailFolders/sentitems/messages?$filter=sentDateTime ge ${since}&$orderby=sentDateTime desc&$select=sentDateTime&$top=100`);
      expect(r.status).toBe(200);
      expect(r.json.value.length).toBeGreaterThan(0);
      for (const m of r.json.value) expect(Date.parse(m.sentDateTime)).toBeGreaterThanOrEqual(Date.parse(since));
    });
  });

  describe('when a query breaks a Graph rule', () => {
    it('answers 400 InefficientFilter for $orderby on a property not leading $filter', async () => {
      const r = await raw.call('GET', '/v1.0/me/messages?$filter=receivedDateTime ge 2026-01-01T00:00:00Z&$orderby=subject');
      expect(r.status).toBe(400);
      expect(r.json.error.code).toBe('InefficientFilter');
    });

    it('answers 400 InefficientFilter when the ordered property comes second in $filter', async () => {
      const r = await raw.call('GET', "/v1.0/me/messages?$filter=isRead eq false and receivedDateTime ge 2026-01-01T00:00:00Z&$orderby=receivedDateTime desc");
      expect(r.json.error.code).toBe('InefficientFilter');
    });

    it('answers 400 for $top over 1000 or under 1', async () => {
      const r = await raw.call('GET', '/v1.0/me/messages?$top=1001');
      expect(r.status).toBe(400);
      expect((await raw.call('GET', '/v1.0/me/messages?$top=0')).status).toBe(400);
    });

    it('answers 400 for an unknown $select property', async () => {
      const r = await raw.call('GET', '/v1.0/me/messages?$select=subject,nonsense');
      expect(r.status).toBe(400);
      expect(r.json.error.message).toContain("'nonsense'");
    });

    it('answers 400 for a $filter on an unknown property', async () => {
      const r = await raw.call('GET', "/v1.0/me/messages?$filter=colour eq 'red'");
      expect(r.status).toBe(400);
      expect(r.json.error.message).toContain("'colour'");
    });

    it('answers 400 for a malformed $filter', async () => {
      const r = await raw.call('GET', "/v1.0/me/messages?$filter=subject eq 'open");
      expect(r.status).toBe(400);
    });

    it('answers 400 ErrorInvalidIdMalformed for a malformed id and 404 ErrorItemNotFound for an unknown one', async () => {
      const bad = await raw.call('GET', '/v1.0/me/messages/not-an-id');
      expect(bad.status).toBe(400);
      expect(bad.json.error.code).toBe('ErrorInvalidIdMalformed');
      const unknown = await raw.call('GET', `/v1.0/me/messages/AAMkAG${'A'.repeat(60)}=`);
      expect(unknown.status).toBe(404);
      expect(unknown.json.error.code).toBe('ErrorItemNotFound');
    });
  });

  describe('when Postvakt keeps state in an extended property', () => {
    it('sets it with PATCH, expands it by id and finds the message with any()/contains()', async () => {
      const list = await raw.call('GET', '/v1.0/me/mailFolders/inbox/messages?$select=id&$top=3');
      const [a, b] = list.json.value.map((m: { id: string }) => m.id);
      const patched = await raw.call('PATCH', `/v1.0/me/messages/${a}`, { body: { categories: ['Postvakt'], singleValueExtendedProperties: [{ id: PROPERTY, value: 'v1:registrera:key-123' }] } });
      expect(patched.status).toBe(200);
      expect(patched.json.categories).toEqual(['Postvakt']);
      const expand = encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${PROPERTY}' or id eq 'Integer 0x0E08')`);
      const got = await raw.call('GET', `/v1.0/me/messages/${a}?$select=id&$expand=${expand}`);
      const props = got.json.singleValueExtendedProperties as { id: string; value: string }[];
      expect(props.find((p) => p.id === PROPERTY)?.value).toBe('v1:registrera:key-123');
      expect(Number(props.find((p) => /0xe08/i.test(p.id))?.value)).toBeGreaterThan(0);
      const other = await raw.call('GET', `/v1.0/me/messages/${b}?$select=id&$expand=${expand}`);
      expect(other.json.singleValueExtendedProperties.some((p: { id: string }) => p.id === PROPERTY)).toBe(false);
      const filter = encodeURIComponent(`singleValueExtendedProperties/Any(ep: ep/id eq '${PROPERTY}' and contains(ep/value, 'key-123'))`);
      const found = await raw.call('GET', `/v1.0/me/messages?$filter=${filter}&$select=id`);
      expect(found.json.value.map((m: { id: string }) => m.id)).toEqual([a]);
    });

    it('matches the Name part of a property id case-sensitively, as Graph does', async () => {
      const wrongCase = encodeURIComponent(`singleValueExtendedProperties/any(ep: ep/id eq '${PROPERTY.replace('PostvaktState', 'postvaktstate')}' and contains(ep/value, 'key-123'))`);
      const none = await raw.call('GET', `/v1.0/me/messages?$filter=${wrongCase}&$select=id`);
      expect(none.json.value).toEqual([]);
      const shouted = encodeURIComponent(`singleValueExtendedProperties/any(ep: ep/id eq '${PROPERTY.replace('String', 'STRING').toUpperCase().replace('NAME POSTVAKTSTATE', 'Name PostvaktState')}' and ep/value eq 'V1:REGISTRERA:KEY-123')`);
      expect((await raw.call('GET', `/v1.0/me/messages?$filter=${shouted}&$select=id`)).json.value).toHaveLength(1);
    });

    it('answers 400 when extended properties are expanded or filtered without an id eq clause', async () => {
      const expand = await raw.call('GET', '/v1.0/me/messages?$select=id&$expand=singleValueExtendedProperties');
      expect(expand.status).toBe(400);
      const filter = await raw.call('GET', `/v1.0/me/messages?$filter=${encodeURIComponent("singleValueExtendedProperties/any(ep: contains(ep/value, 'x'))")}`);
      expect(filter.status).toBe(400);
    });
  });

  describe('when Postvakt stores its document in a hidden folder', () => {
    it('creates the folder, hides it from plain lists and finds it with includeHiddenFolders', async () => {
      const made = await raw.call('POST', '/v1.0/me/mailFolders', { body: { displayName: 'Postvakt', isHidden: true } });
      expect(made.status).toBe(201);
      expect(made.json.isHidden).toBe(true);
      const again = await raw.call('POST', '/v1.0/me/mailFolders', { body: { displayName: 'Postvakt', isHidden: true } });
      expect(again.status).toBe(409);
      const plain = await raw.call('GET', '/v1.0/me/mailFolders?$top=50');
      expect(plain.json.value.some((f: { id: string }) => f.id === made.json.id)).toBe(false);
      const hidden = await raw.call('GET', "/v1.0/me/mailFolders?includeHiddenFolders=true&$filter=displayName eq 'Postvakt'&$select=id,displayName");
      expect(hidden.json.value).toEqual([{ id: made.json.id, displayName: 'Postvakt' }]);
      const doc = await raw.call('POST', `/v1.0/me/mailFolders/${made.json.id}/messages`, { body: { subject: 'Postvakt', body: { contentType: 'text', content: '{"journal":[]}' } } });
      expect(doc.status).toBe(201);
      const inFolder = await raw.call('GET', `/v1.0/me/mailFolders/${made.json.id}/messages?$select=id,body`, { headers: { Prefer: 'outlook.body-content-type="text"' } });
      expect(inFolder.json.value[0].body.content).toBe('{"journal":[]}');
    });
  });
});
