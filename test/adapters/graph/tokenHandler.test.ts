// The token middleware: the fewest scopes per request, tokens for the configured host only, and one
// retry on a claims challenge.

import { createGraphClient } from '../../../src/adapters/graph/client';
import type { GraphScope } from '../../../src/adapters/graph/scopes';
import { scopeForCall } from '../../../src/adapters/graph/tokenHandler';
import { scriptedFetch } from './support/scriptedFetch';

const BASE = 'https://127.0.0.1:4443';

function recordingTokens() {
  const asked: { scopes: GraphScope[]; claims?: string }[] = [];
  const getToken = async (scopes: GraphScope[], options?: { claims?: string }) => {
    asked.push({ scopes, claims: options?.claims });
    return `tok-${asked.length}`;
  };
  return { asked, getToken };
}

describe('scopeForCall', () => {
  it('asks for Mail.Send only to send, MailboxSettings.Read only for automatic replies, Mail.ReadWrite otherwise', () => {
    expect(scopeForCall('POST', '/v1.0/me/messages/AAk=/send')).toBe('Mail.Send');
    expect(scopeForCall('POST', '/v1.0/me/sendMail')).toBe('Mail.Send');
    expect(scopeForCall('POST', '/v1.0/me/messages/AAk=/forward')).toBe('Mail.Send');
    expect(scopeForCall('GET', '/v1.0/me/mailboxSettings/automaticRepliesSetting')).toBe('MailboxSettings.Read');
    expect(scopeForCall('POST', '/v1.0/me/messages/AAk=/createForward')).toBe('Mail.ReadWrite');
    expect(scopeForCall('GET', '/v1.0/me/messages?$top=10')).toBe('Mail.ReadWrite');
    expect(scopeForCall('POST', '/v1.0/me/messages/AAk=/permanentDelete')).toBe('Mail.ReadWrite');
  });
});

describe('createGraphClient tokens', () => {
  describe('when requests need different permissions', () => {
    it('asks for the one scope each request needs', async () => {
      const { fetchImpl } = scriptedFetch(() => ({ status: 200, body: {} }));
      const tokens = recordingTokens();
      const client = createGraphClient({ baseUrl: BASE, getToken: tokens.getToken, fetchImpl });
      await client.api('/me/messages').get();
      await client.api('/me/messages/AAk=/send').post({});
      await client.api('/me/mailboxSettings/automaticRepliesSetting').get();
      expect(tokens.asked.map((a) => a.scopes)).toEqual([['Mail.ReadWrite'], ['Mail.Send'], ['MailboxSettings.Read']]);
    });

    it('asks a $batch for the union of its items’ scopes', async () => {
      const { fetchImpl } = scriptedFetch(() => ({ status: 200, body: { responses: [] } }));
      const tokens = recordingTokens();
      const client = createGraphClient({ baseUrl: BASE, getToken: tokens.getToken, fetchImpl });
      await client.api('/$batch').post({
        requests: [
          { id: '1', method: 'GET', url: '/me/mailFolders/inbox' },
          { id: '2', method: 'GET', url: '/me/mailboxSettings/automaticRepliesSetting' },
        ],
      });
      expect(tokens.asked[0]!.scopes).toEqual(['Mail.ReadWrite', 'MailboxSettings.Read']);
    });
  });

  describe('when a URL points at another host', () => {
    it('sends no token there', async () => {
      const { fetchImpl, seen } = scriptedFetch(() => ({ status: 200, body: {} }));
      const tokens = recordingTokens();
      const client = createGraphClient({ baseUrl: BASE, getToken: tokens.getToken, fetchImpl });
      await client.api('https://evil.example.com/v1.0/me/messages').get();
      expect(seen[0]!.headers.get('authorization')).toBeNull();
      expect(tokens.asked).toHaveLength(0);
    });
  });

  describe('when Graph answers 401 with a claims challenge', () => {
    const challenge = { status: 401, body: { error: { code: 'InvalidAuthenticationToken', message: 'claims' } }, headers: { 'WWW-Authenticate': `Bearer realm="", error="insufficient_claims", claims="${btoa('{"access_token":{"nbf":{"essential":true}}}')}"` } };

    it('retries once with a token for the decoded claims', async () => {
      let calls = 0;
      const { fetchImpl, seen } = scriptedFetch(() => (++calls === 1 ? challenge : { status: 200, body: { ok: 1 } }));
      const tokens = recordingTokens();
      const client = createGraphClient({ baseUrl: BASE, getToken: tokens.getToken, fetchImpl });
      await expect(client.api('/me/messages').get()).resolves.toEqual({ ok: 1 });
      expect(tokens.asked[1]).toEqual({ scopes: ['Mail.ReadWrite'], claims: '{"access_token":{"nbf":{"essential":true}}}' });
      expect(seen[1]!.headers.get('authorization')).toBe('Bearer tok-2');
    });

    it('gives up after the one retry', async () => {
      const { fetchImpl, seen } = scriptedFetch(() => challenge);
      const tokens = recordingTokens();
      const client = createGraphClient({ baseUrl: BASE, getToken: tokens.getToken, fetchImpl });
      await expect(client.api('/me/messages').get()).rejects.toMatchObject({ statusCode: 401 });
      expect(seen).toHaveLength(2);
    });
  });
});
